import { AppError, type ErrorBody, type JobEvent, toErrorBody } from '@quire/protocol';
import type { Spool } from '../adapters/spool/spool';
import type { Database } from '../adapters/sqlite/database';
import type { JobRecord, JobStore } from '../adapters/sqlite/job-store';
import type { PrinterRecordRow } from '../adapters/sqlite/printer-store';
import type { ReleaseRecord, ReleaseStore } from '../adapters/sqlite/release-store';
import type { Logger } from '../log';
import type { AccountingService } from './accounting';
import type { Delivery } from './delivery';
import type { EventBus } from './events';

/**
 * How a release ends, followed, recorded and told: the printer's job followed to its end; printed (the
 * charge committed, the document removed unless kept) or failed (the job held again with the reason, the reservation given back), and each step
 * announced to the owner and to whoever released it. The release service decides when; this says so.
 */
export class ReleaseOutcomes {
  constructor(
    private readonly d: {
      db: Database;
      jobs: JobStore;
      releases: ReleaseStore;
      spool: Spool;
      accounting: AccountingService;
      delivery: Delivery;
      events: EventBus;
      log: Logger;
    },
  ) {}

  /**
   * Follows the printer's job to its end, in the background, and records how it ended; `stopped` (the
   * server is stopping) leaves it `sent`, for recovery.
   */
  follow(
    release: ReleaseRecord,
    job: JobRecord,
    printer: PrinterRecordRow,
    printerJobId: number,
    stopped: () => boolean,
  ): void {
    // Following ends in a recorded outcome, whatever happens: a job never stays `releasing` for ever.
    void this.followToEnd(release, job, printer, printerJobId, stopped).catch(async (error: unknown) => {
      this.d.log.error('follow failed', { job: job.id, error: String(error) });
      const why = `Quire lost track of "${job.name}" on ${printer.name}. Check the printer before printing it again.`;
      await this.failed(release, job, new AppError('release-interrupted', why)).catch((again: unknown) =>
        this.d.log.error('recording a failed follow failed', { job: job.id, error: String(again) }),
      );
    });
  }

  private async followToEnd(
    release: ReleaseRecord,
    job: JobRecord,
    printer: PrinterRecordRow,
    printerJobId: number,
    stopped: () => boolean,
  ) {
    const outcome = await this.d.delivery.follow(printer, printerJobId, job.name, stopped);
    switch (outcome.kind) {
      case 'completed':
        return this.printed(release, job, printer, outcome.impressions);
      case 'failed':
        return this.failed(release, job, outcome.error);
      case 'stopped':
        return;
      default:
        return outcome satisfies never;
    }
  }

  private async printed(
    release: ReleaseRecord,
    job: JobRecord,
    printer: PrinterRecordRow,
    printedImpressions: number | null,
  ): Promise<void> {
    await this.d.db.transaction(async (tx) => {
      await this.d.releases.update(tx, release.releaseId, job.id, { state: 'printed' });
      await this.d.jobs.markPrinted(tx, job.id, release.keep);
      if (!release.keep) await this.d.jobs.clearSpoolFile(tx, job.id);
      const printed =
        release.settings ?? (await this.d.releases.get(release.releaseId, job.id, tx))?.settings;
      await this.d.accounting.commit(
        tx,
        release.releaseId,
        job,
        printer,
        printed ?? job.settings,
        printedImpressions,
      );
    });
    if (!release.keep && job.spoolFile) await this.d.spool.remove(job.spoolFile);
    this.d.log.info('job printed', { job: job.id, printer: printer.name, keep: release.keep });
    this.notify(release, job, 'printed', null, null);
  }

  async failed(release: ReleaseRecord, job: JobRecord, cause: unknown): Promise<void> {
    const error = toErrorBody(cause);
    if (!(cause instanceof AppError))
      this.d.log.error('release failed', { job: job.id, error: String(cause) });
    await this.d.db.transaction(async (tx) => {
      await this.d.releases.update(tx, release.releaseId, job.id, { state: 'failed', error });
      // A job printed before ("print and keep") goes back to kept, keeping its own lifespan.
      const current = await this.d.jobs.get(job.id, tx);
      const back = current?.printedAt ? 'kept' : 'held';
      await this.d.jobs.transition(tx, job.id, ['releasing'], back, error);
      await this.d.accounting.giveBack(tx, release.releaseId, job.id);
    });
    this.d.log.warn('release failed', { job: job.id, code: error.code });
    this.notify(release, job, 'failed', null, error);
  }

  notify(
    release: ReleaseRecord,
    job: JobRecord,
    event: JobEvent,
    note: string | null,
    error: ErrorBody | null,
  ) {
    const userIds = [job.userId, release.releasedBy].filter((id): id is number => id !== null);
    this.d.events.publish({
      type: 'job-event',
      userIds,
      releaseId: release.releaseId,
      jobId: job.id,
      jobName: job.name,
      event,
      note,
      error,
    });
    if (event !== 'queued' && event !== 'printing') this.d.events.publish({ type: 'jobs-changed', userIds });
  }
}
