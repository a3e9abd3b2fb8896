import { AppError, type PrinterRecord } from '@quire/protocol';
import type { PrinterClient } from '../adapters/ipp/printer-client';
import type { Database } from '../adapters/sqlite/database';
import type { PrinterRecordRow, PrinterStore } from '../adapters/sqlite/printer-store';
import type { Logger } from '../log';

interface Deps {
  db: Database;
  printers: PrinterStore;
  client: PrinterClient;
  log: Logger;
}

export const toPrinterRecord = (p: PrinterRecordRow): PrinterRecord => ({
  name: p.name,
  uri: p.uri,
  capabilities: p.capabilities,
  addedAt: new Date(p.addedAt).toISOString(),
  updatedAt: new Date(p.updatedAt).toISOString(),
});

/** The printers jobs are released to. A printer is added by its IPP URI and asked what it can do. */
export class PrinterService {
  constructor(private readonly d: Deps) {}

  /** Reads the printer's capabilities (Get-Printer-Attributes) and stores it; re-adding updates it. */
  async add(name: string, uri: string): Promise<{ printer: PrinterRecord; created: boolean }> {
    let capabilities: PrinterRecordRow['capabilities'];
    try {
      ({ capabilities } = await this.d.client.getAttributes(name, uri));
    } catch (error) {
      if (error instanceof AppError) {
        throw new AppError(
          'printer-unreachable',
          `Could not read the printer's capabilities: ${error.message}`,
        );
      }
      throw error;
    }
    const outcome = await this.d.db.transaction((tx) =>
      this.d.printers.upsert(tx, { name, uri, capabilities }),
    );
    this.d.log.info('printer saved', { name, uri, outcome });
    return {
      printer: toPrinterRecord((await this.d.printers.byName(name))!),
      created: outcome === 'created',
    };
  }

  /** Moves a registered printer to a new URI and reads its capabilities again; 404 for an unknown one. */
  async update(name: string, uri: string): Promise<PrinterRecord> {
    const printer = await this.d.printers.byName(name);
    if (!printer) throw new AppError('unknown-printer', `No printer is registered under the name "${name}".`);
    return (await this.add(printer.name, uri)).printer;
  }

  async list(): Promise<PrinterRecord[]> {
    return (await this.d.printers.list()).map(toPrinterRecord);
  }
}
