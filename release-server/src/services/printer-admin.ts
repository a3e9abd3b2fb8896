import { Readable } from 'node:stream';
import { AppError, DEFAULT_SETTINGS, type PrinterRecord, type TestPageResult } from '@quire/protocol';
import type { PrinterClient } from '../adapters/ipp/printer-client';
import { testPagePdf } from '../adapters/pdf/test-page';
import type { Database } from '../adapters/sqlite/database';
import type { PrinterRecordRow, PrinterStore } from '../adapters/sqlite/printer-store';
import { fitToPrinter } from '../domain/settings';
import type { Logger } from '../log';
import type { PrinterService } from './printers';

interface Deps {
  db: Database;
  printers: PrinterService;
  store: PrinterStore;
  client: PrinterClient;
  log: Logger;
  /** Told after a printer is removed (fleet monitoring forgets its cached state). */
  onRemoved?: (name: string) => void;
  /** @default () => new Date() */
  now?: () => Date;
}

/**
 * Editing, removing and testing a printer from the admin page (issue 5). Adding one is
 * {@link PrinterService.add}; moving one re-reads its capabilities the same way.
 */
export class PrinterAdminService {
  constructor(private readonly d: Deps) {}

  /** A new URI, capabilities read again; refused while jobs released to it are on their way. */
  async update(name: string, uri: string): Promise<PrinterRecord> {
    const printer = await this.named(name);
    await this.refuseWhileReleasing(printer, 'moved');
    return this.d.printers.update(printer.name, uri);
  }

  /**
   * Removes a printer. Refused while a release to it is under way: the job would lose the printer it is
   * printing on. Held jobs are not tied to printers and stay held.
   */
  async remove(name: string): Promise<void> {
    const printer = await this.named(name);
    await this.d.db.transaction(async (tx) => {
      await this.refuseWhileReleasing(printer, 'removed', tx);
      await this.d.store.remove(tx, printer.id);
    });
    this.d.log.info('printer removed', { name: printer.name });
    this.d.onRemoved?.(printer.name);
  }

  /**
   * Prints a one-page PDF naming the printer, the server and the time with a direct Print-Job: no held
   * job, no release, no charge, no history row. Answers the printer's job id; a printer that cannot take
   * it is an error in words (unreachable, stopped, refused).
   */
  async testPage(name: string, server: string): Promise<TestPageResult> {
    const printer = await this.named(name);
    const at = (this.d.now ?? (() => new Date()))();
    const pdf = await testPagePdf({ printer: printer.name, server, at });
    const { settings } = fitToPrinter(DEFAULT_SETTINGS, printer.capabilities);
    const printerJobId = await this.d.client.printJob(
      printer.name,
      printer.uri,
      {
        userName: 'quire',
        jobName: `Quire test page for ${printer.name}`,
        format: 'application/pdf',
        settings,
      },
      { stream: Readable.from([Buffer.from(pdf)]), length: pdf.byteLength },
    );
    this.d.log.info('test page sent', { printer: printer.name, printerJobId });
    return {
      printer: printer.name,
      printerJobId,
      sentAt: at.toISOString(),
      message: `${printer.name} accepted the test page as job ${printerJobId}.`,
    };
  }

  private async named(name: string): Promise<PrinterRecordRow> {
    const printer = await this.d.store.byName(name);
    if (!printer) throw new AppError('unknown-printer', `No printer is registered under the name "${name}".`);
    return printer;
  }

  private async refuseWhileReleasing(
    printer: PrinterRecordRow,
    what: 'moved' | 'removed',
    q: Parameters<PrinterStore['releasesUnderWay']>[0] = this.d.db,
  ): Promise<void> {
    const n = await this.d.store.releasesUnderWay(q, printer.id);
    if (n === 0) return;
    throw new AppError(
      'conflict',
      `${printer.name} cannot be ${what} now: ${n === 1 ? 'a job is' : `${n} jobs are`} being released to it. Try again when ${n === 1 ? 'it has' : 'they have'} printed or failed.`,
    );
  }
}
