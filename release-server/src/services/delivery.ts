import { AppError, type ErrorBody, type JobSettings, type PrinterStatus } from '@quire/protocol';
import { IppTransportError } from '@quire/protocol/ipp';
import type { PrinterClient } from '../adapters/ipp/printer-client';
import type { Spool } from '../adapters/spool/spool';
import type { JobRecord } from '../adapters/sqlite/job-store';
import type { PrinterRecordRow } from '../adapters/sqlite/printer-store';
import { blockingReason } from '../domain/printer-status';
import { fitToPrinter } from '../domain/settings';

export interface DeliveryOptions {
  /** How long to keep retrying a printer that answers busy. */
  busyWaitMs: number;
  /**
   * First and longest pause between Get-Job-Attributes polls; each pause doubles up to the longest.
   * A short first pause tells the panel "printed" soon after a one-page job (most are), and costs a
   * long job only a few more questions. @default 50, 2000
   */
  pollMinMs?: number;
  pollMaxMs?: number;
  /** How long to follow a printer job before giving up on hearing it finish. @default 24 h */
  followTimeoutMs?: number;
}

/** How following a printer job ended: a closed set that decides what happens to the held job. */
export type FollowOutcome =
  /** `impressions`: what the printer says it printed (job-impressions-completed), when it says. */
  | { kind: 'completed'; impressions: number | null }
  | { kind: 'failed'; error: AppError }
  | { kind: 'stopped' };

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms).unref());

type PrinterAnswer = Awaited<ReturnType<PrinterClient['getAttributes']>>;

/**
 * How long a printer's answer asked for as a release began stands in for asking again when its job is
 * sent: long enough to cover the release's own bookkeeping, short enough that the answer is the
 * printer's state when the person pressed Print.
 */
const EARLY_ANSWER_MS = 2000;

/**
 * The conversation with a printer for one job: check it can print now, fit the settings to it, send the
 * document (waiting while it is busy), then follow the printer's job to its end. It keeps no state of
 * its own; the release service records each step.
 */
export class Delivery {
  /** Get-Printer-Attributes asked for as a release began, by printer id, not yet used. */
  private readonly early = new Map<number, { at: number; answer: Promise<PrinterAnswer> }>();

  constructor(
    private readonly d: {
      client: PrinterClient;
      spool: Spool;
      /** Told the printer's state each time it is asked before a release. */
      onStatus?: (printerId: number, status: PrinterStatus) => void;
      /** What fleet monitoring (SNMP) knows that stops the printer, or null (PRODUCT.md §11). */
      fleetBlock?: (printerName: string) => Promise<ErrorBody | null>;
    },
    private readonly options: DeliveryOptions,
  ) {}

  /**
   * Asks the printer for its attributes now, for the send that is about to follow: the question
   * travels while the release is recorded (its transaction, the `sending` step), so the document
   * follows the answer at once instead of after that bookkeeping. Read-only: a release that is then
   * refused has only asked the printer how it is.
   */
  askEarly(printer: PrinterRecordRow): void {
    const answer = this.d.client.getAttributes(printer.name, printer.uri);
    answer.catch(() => undefined); // the send that takes it sees the failure; nobody else may
    this.early.set(printer.id, { at: Date.now(), answer });
  }

  /** The answer asked for early, if it is recent enough, once; otherwise the printer is asked now. */
  private attributes(printer: PrinterRecordRow): Promise<PrinterAnswer> {
    const early = this.early.get(printer.id);
    this.early.delete(printer.id);
    if (early && Date.now() - early.at <= EARLY_ANSWER_MS) return early.answer;
    const answer = this.d.client.getAttributes(printer.name, printer.uri);
    // The send awaits it after the fleet check: if that check refuses first, or is slower than a
    // failing printer, this rejection has nobody waiting yet, and an unhandled one stops the process.
    answer.catch(() => undefined);
    return answer;
  }

  /**
   * Sends `job` to `printer` (PRODUCT.md §6): Get-Printer-Attributes first (or the answer asked for
   * as the release began), then Print-Job with the fitted settings. Throws an AppError saying
   * why when the printer cannot take it.
   */
  async send(
    job: JobRecord,
    printer: PrinterRecordRow,
    userName: string,
    hooks: { onBusy(note: string): void; stopped(): boolean },
  ): Promise<{ printerJobId: number; settings: JobSettings; adjustments: string[] }> {
    const asked = this.attributes(printer);
    const fleet = await this.d.fleetBlock?.(printer.name);
    if (fleet) throw new AppError(fleet.code, fleet.message);
    const { capabilities, status } = await asked;
    this.d.onStatus?.(printer.id, status);
    const blocked = blockingReason(printer.name, status);
    if (blocked) throw new AppError(blocked.code, blocked.message);
    const formats = capabilities.documentFormats;
    if (
      formats.length > 0 &&
      !formats.includes(job.format) &&
      !formats.includes('application/octet-stream')
    ) {
      throw new AppError('format-not-supported', `${printer.name} cannot print ${job.format} documents.`);
    }
    const fitted = fitToPrinter(job.settings, capabilities);
    const file = job.spoolFile;
    const length = file ? await this.d.spool.size(file) : null;
    if (!file || length === null)
      throw new AppError('document-missing', `The document of "${job.name}" is missing.`);
    const started = Date.now();
    for (let pause = 500; ; pause = Math.min(pause * 2, 5000)) {
      try {
        const printerJobId = await this.d.client.printJob(
          printer.name,
          printer.uri,
          { userName, jobName: job.name, format: job.format, settings: fitted.settings },
          { stream: this.d.spool.read(file), length },
        );
        return { printerJobId, settings: fitted.settings, adjustments: fitted.adjustments };
      } catch (error) {
        if (deliveredWithoutAnswer(error)) {
          // The printer has the whole document and said nothing: it may print it. Sending it again could
          // print twice, treating it as printed could charge for nothing; the person checks (issue 2).
          throw new AppError(
            'release-interrupted',
            `${printer.name} received "${job.name}" but did not confirm it. Check the printer's output before printing it again.`,
            { cause: error },
          );
        }
        const busy = error instanceof AppError && error.code === 'printer-busy';
        if (!busy || Date.now() - started + pause > this.options.busyWaitMs || hooks.stopped()) throw error;
        hooks.onBusy(`waiting: ${printer.name} is busy`);
        await sleep(pause);
      }
    }
  }

  /** Polls the printer's job (Get-Job-Attributes) until it completes, aborts or is canceled. */
  async follow(
    printer: PrinterRecordRow,
    printerJobId: number,
    jobName: string,
    stopped: () => boolean,
  ): Promise<FollowOutcome> {
    const deadline = Date.now() + (this.options.followTimeoutMs ?? 24 * 3600_000);
    let pause = this.options.pollMinMs ?? 50;
    while (!stopped()) {
      let state: number | 'gone' | 'unknown';
      let impressions: number | null = null;
      try {
        const answer = await this.d.client.getJobState(printer.name, printer.uri, printerJobId);
        state = answer === 'gone' ? 'gone' : answer.state;
        if (answer !== 'gone') impressions = answer.impressionsCompleted;
      } catch {
        // Unreachable, warming up (server-error-service-unavailable), a garbled answer: the printer has
        // the job whatever it says now, so keep asking until the deadline rather than give up on it.
        state = 'unknown';
      }
      if (state === 9) return { kind: 'completed', impressions };
      if (state === 7 || state === 8) {
        const how = state === 7 ? 'canceled' : 'aborted';
        const error = new AppError(
          'printer-aborted-job',
          `${printer.name} ${how} "${jobName}". It is held again.`,
        );
        return { kind: 'failed', error };
      }
      // A printer that no longer knows the job (restarted, purged its history) cannot say it printed.
      if (state === 'gone' || Date.now() > deadline) {
        const why = state === 'gone' ? 'lost track of' : 'never confirmed';
        const message = `${printer.name} ${why} "${jobName}". Check the printer before printing it again.`;
        return { kind: 'failed', error: new AppError('printer-timeout', message) };
      }
      await sleep(pause);
      pause = Math.min(pause * 2, this.options.pollMaxMs ?? 2000);
    }
    return { kind: 'stopped' };
  }
}

/** A Print-Job that failed after the whole request was on the wire: the printer may have it. */
function deliveredWithoutAnswer(error: unknown): boolean {
  const cause = error instanceof AppError ? error.cause : error;
  return (
    cause instanceof IppTransportError &&
    cause.delivered &&
    (cause.failure === 'timeout' || cause.failure === 'unreachable')
  );
}
