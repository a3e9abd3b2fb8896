import { AppError, type PrinterErrorFlag, type PrinterStatus } from '@quire/protocol';
import type { PrinterClient } from '../adapters/ipp/printer-client';
import type { PrinterRecordRow } from '../adapters/sqlite/printer-store';
import { withFleetReasons } from '../domain/printer-status';
import type { Logger } from '../log';

type Listener = (status: PrinterStatus) => void;

interface Watched {
  printer: PrinterRecordRow;
  status: PrinterStatus | null;
  listeners: Set<Listener>;
  checking: boolean;
}

/** What a panel is told about a printer that does not answer at all. */
export const UNREACHABLE: PrinterStatus = Object.freeze({
  state: 'stopped',
  reasons: ['offline-error'],
  acceptingJobs: false,
});

const same = (a: PrinterStatus | null, b: PrinterStatus): boolean =>
  a !== null &&
  a.state === b.state &&
  a.acceptingJobs === b.acceptingJobs &&
  a.reasons.join() === b.reasons.join();

/**
 * The state of each printer a panel is showing: asked with Get-Printer-Attributes when the first panel
 * connects and then every `intervalMs`, and learnt for free from every release. Panels are told only
 * when it changes. Printers no panel shows are not polled (fleet monitoring over SNMP covers them).
 */
export class PrinterStatusService {
  private readonly watched = new Map<number, Watched>();
  private timer: NodeJS.Timeout | null = null;

  /** @param intervalMs time between checks of a watched printer. @default 15000 */
  constructor(
    private readonly d: {
      client: PrinterClient;
      log: Logger;
      /** The SNMP error bits fleet monitoring last read for a printer (a jam IPP may not report). */
      fleetFlags?: (printerName: string) => readonly PrinterErrorFlag[];
    },
    private readonly intervalMs = 15_000,
  ) {}

  /** The last known state of a printer, or null if nobody asked yet. */
  last(printerId: number): PrinterStatus | null {
    return this.watched.get(printerId)?.status ?? null;
  }

  /** Calls `listener` with every change of `printer`'s state until the returned function is called. */
  watch(printer: PrinterRecordRow, listener: Listener): () => void {
    let w = this.watched.get(printer.id);
    if (!w) {
      w = { printer, status: null, listeners: new Set(), checking: false };
      this.watched.set(printer.id, w);
      void this.check(w);
    }
    w.printer = printer;
    w.listeners.add(listener);
    this.schedule();
    const entry = w;
    return () => {
      entry.listeners.delete(listener);
      if (entry.listeners.size === 0) this.watched.delete(printer.id);
      if (this.watched.size === 0) this.stop();
    };
  }

  /** A state learnt elsewhere (a release asked the printer): panels hear of it at once. */
  report(printerId: number, status: PrinterStatus): void {
    const w = this.watched.get(printerId);
    if (!w || same(w.status, status)) return;
    w.status = status;
    for (const listener of w.listeners) listener(status);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      for (const w of this.watched.values()) void this.check(w);
    }, this.intervalMs);
    this.timer.unref();
  }

  private async check(w: Watched): Promise<void> {
    if (w.checking) return;
    w.checking = true;
    try {
      const { status } = await this.d.client.getAttributes(w.printer.name, w.printer.uri);
      this.report(w.printer.id, withFleetReasons(status, this.d.fleetFlags?.(w.printer.name) ?? []));
    } catch (error) {
      if (!(error instanceof AppError))
        this.d.log.warn('printer check failed', { printer: w.printer.name, error: String(error) });
      this.report(w.printer.id, UNREACHABLE);
    } finally {
      w.checking = false;
    }
  }
}
