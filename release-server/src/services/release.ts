import { AppError, type ErrorBody, type JobSettings } from '@quire/protocol';
import type { Spool } from '../adapters/spool/spool';
import type { Database, Transaction } from '../adapters/sqlite/database';
import type { JobRecord, JobStore } from '../adapters/sqlite/job-store';
import type { PrinterRecordRow, PrinterStore } from '../adapters/sqlite/printer-store';
import type { ReleaseRecord, ReleaseStore } from '../adapters/sqlite/release-store';
import { loginNameOf, type UserRecord, type UserStore } from '../adapters/sqlite/user-store';
import { RELEASABLE } from '../domain/job-state';
import { fitToPrinter } from '../domain/settings';
import type { Logger } from '../log';
import type { AccountingConfig, AccountingService } from './accounting';
import type { Delivery } from './delivery';
import type { EventBus } from './events';
import { ReleaseOutcomes } from './release-outcomes';

interface Deps {
  db: Database;
  jobs: JobStore;
  users: UserStore;
  printers: PrinterStore;
  releases: ReleaseStore;
  spool: Spool;
  delivery: Delivery;
  accounting: AccountingService;
  events: EventBus;
  log: Logger;
}

export interface ReleaseRequest {
  releaseId: string;
  jobIds: readonly number[];
  keep: boolean;
  /** The person at the panel: the owner of the jobs or their delegate. */
  actorId: number;
  /** Whose jobs the actor may release: themselves and those who named them delegate. */
  allowedOwners: ReadonlySet<number>;
  printer: PrinterRecordRow;
}

/** A job just released, as its release transaction wrote it: enough to send it without reading it back. */
interface Ready {
  release: ReleaseRecord;
  job: JobRecord;
  printer: PrinterRecordRow;
  owner: UserRecord | undefined;
}

export interface ReleaseOutcome {
  accepted: number[];
  /** Jobs this release id already covered: nothing is sent again. */
  repeated: number[];
  /** Jobs not released, with why; `jobName` is empty for a job the person may not see. */
  refused: { jobId: number; jobName: string; error: ErrorBody; offerMono?: boolean }[];
}

/**
 * Releases held jobs to printers. A release is idempotent: its id and the job id are the primary key of
 * the `releases` row written in the same transaction that marks the job `releasing`, so a repeated
 * request finds the row and sends nothing. Sending is one job at a time per printer; a failure before
 * the printer accepted the job puts it back to `held` with the reason.
 */
export class ReleaseService {
  private readonly queues = new Map<number, Promise<void>>();
  private stopped = false;
  private readonly outcomes: ReleaseOutcomes;

  constructor(private readonly d: Deps) {
    this.outcomes = new ReleaseOutcomes(d);
  }

  async release(req: ReleaseRequest): Promise<ReleaseOutcome> {
    const outcome: ReleaseOutcome = { accepted: [], repeated: [], refused: [] };
    const owners = new Set<number>();
    const ready = new Map<number, Ready>();
    // The printer is asked how it is while the release is decided and recorded, unless jobs before
    // these are still going to it (they ask in turn, when theirs is sent).
    if (!this.queues.has(req.printer.id)) this.d.delivery.askEarly(req.printer);
    const config = await this.d.accounting.config();
    await this.d.db.transaction(async (tx) => {
      for (const jobId of new Set(req.jobIds)) {
        // Whose job it is comes first: a release id someone else used must not tell what their job is.
        const job = await this.d.jobs.get(jobId, tx);
        if (!job || job.userId === null || !req.allowedOwners.has(job.userId)) {
          outcome.refused.push({
            jobId,
            jobName: '',
            error: { code: 'job-not-found', message: 'This job is not in your list.' },
          });
          continue;
        }
        if (await this.d.releases.get(req.releaseId, jobId, tx)) {
          outcome.repeated.push(jobId);
          continue;
        }
        if (!RELEASABLE.has(job.state)) {
          const message =
            job.state === 'releasing'
              ? `"${job.name}" is already printing.`
              : `"${job.name}" is no longer held.`;
          outcome.refused.push({ jobId, jobName: job.name, error: { code: 'job-not-releasable', message } });
          continue;
        }
        // Quota and price, decided and reserved in this transaction (issue 3): a release running at the
        // same moment on another panel waits for it and sees the reservation.
        const owner = await this.d.users.get(job.userId, tx);
        const decision = await this.decide(tx, config, job, owner, req.printer);
        if (!decision.ok) {
          outcome.refused.push({
            jobId,
            jobName: job.name,
            error: decision.error,
            offerMono: decision.offerMono,
          });
          continue;
        }
        await this.d.jobs.transition(tx, jobId, [...RELEASABLE], 'releasing');
        await this.d.accounting.reserve(tx, req.releaseId, job, job.userId, decision);
        const release = await this.d.releases.insert(tx, {
          releaseId: req.releaseId,
          jobId,
          printer: req.printer,
          releasedBy: req.actorId,
          keep: req.keep,
        });
        ready.set(jobId, { release, job: { ...job, state: 'releasing' }, printer: req.printer, owner });
        outcome.accepted.push(jobId);
        owners.add(job.userId);
      }
    });
    // The first job goes to an idle printer at once with what this transaction wrote, not read again;
    // a job that waits its turn is read afresh when it comes.
    const idle = !this.queues.has(req.printer.id);
    outcome.accepted.forEach((jobId, i) => {
      this.enqueue(req.printer.id, req.releaseId, jobId, idle && i === 0 ? ready.get(jobId) : undefined);
    });
    if (owners.size > 0) this.d.events.publish({ type: 'jobs-changed', userIds: [...owners, req.actorId] });
    this.d.log.info('release', {
      release: req.releaseId,
      printer: req.printer.name,
      accepted: outcome.accepted.length,
      repeated: outcome.repeated.length,
      refused: outcome.refused.length,
    });
    return outcome;
  }

  private async decide(
    tx: Transaction,
    config: AccountingConfig,
    job: JobRecord,
    owner: UserRecord | undefined,
    printer: PrinterRecordRow,
  ) {
    if (!owner)
      return {
        ok: false as const,
        error: { code: 'job-not-found' as const, message: 'This job has no owner.' },
        offerMono: false,
      };
    let settings: JobSettings;
    try {
      settings = fitToPrinter(job.settings, printer.capabilities).settings;
    } catch (error) {
      if (error instanceof AppError) return { ok: false as const, error: error.toBody(), offerMono: false };
      throw error;
    }
    return this.d.accounting.decide(tx, config, job, owner, printer, settings);
  }

  /** Where each job of a release stands now, to answer a repeated request. */
  async status(
    releaseId: string,
    jobIds: readonly number[],
  ): Promise<{ job: JobRecord; release: ReleaseRecord }[]> {
    const out = [];
    for (const jobId of jobIds) {
      const release = await this.d.releases.get(releaseId, jobId);
      const job = await this.d.jobs.get(jobId);
      if (release && job) out.push({ job, release });
    }
    return out;
  }

  /**
   * Picks up releases a stop interrupted: `queued` ones are sent, `sent` ones followed. A `sending` one
   * may or may not have reached the printer; it is not sent again (that could print twice): the job goes
   * back to held with a reason that says to check the printer first.
   */
  async recover(): Promise<void> {
    for (const r of await this.d.releases.unfinished()) {
      const printer = r.printerId === null ? undefined : await this.d.printers.byId(r.printerId);
      const job = await this.d.jobs.get(r.jobId);
      if (!printer || !job) continue;
      if (r.state === 'queued') this.enqueue(printer.id, r.releaseId, r.jobId);
      else if (r.state === 'sent' && r.printerJobId !== null)
        this.outcomes.follow(r, job, printer, r.printerJobId, () => this.stopped);
      else {
        await this.outcomes.failed(
          r,
          job,
          new AppError(
            'release-interrupted',
            `The server stopped while sending "${job.name}" to ${printer.name}. Check the printer's output before printing it again.`,
          ),
        );
      }
    }
  }

  /** Stops following printer jobs and waits for sends under way; used at shutdown. */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.allSettled([...this.queues.values()]);
  }

  /**
   * One job after the other per printer. A delivery that throws (the database failed while recording a
   * failure) is logged and the queue goes on: the next job is still sent, and nothing is left unhandled.
   */
  private enqueue(printerId: number, releaseId: string, jobId: number, ready?: Ready): void {
    const previous = this.queues.get(printerId) ?? Promise.resolve();
    const next = previous
      .then(() => this.deliver(releaseId, jobId, ready))
      .catch((error: unknown) => this.d.log.error('delivery failed', { job: jobId, error: String(error) }));
    this.queues.set(printerId, next);
    void next.then(() => {
      if (this.queues.get(printerId) === next) this.queues.delete(printerId);
    });
  }

  /** Sends one released job: with `ready`, what the release just wrote; otherwise read afresh. */
  private async deliver(releaseId: string, jobId: number, ready?: Ready): Promise<void> {
    const [release, job] = ready
      ? [ready.release, ready.job]
      : await Promise.all([this.d.releases.get(releaseId, jobId), this.d.jobs.get(jobId)]);
    if (!release || !job || release.state !== 'queued' || this.stopped) return;
    try {
      // Read together: each is a trip to the database on the way to the printer, and neither needs the
      // other. Inside the try: a failed read puts the job back to held with the reason, like any failure.
      const [printer, owner] = ready
        ? [ready.printer, ready.owner]
        : await Promise.all([
            release.printerId === null ? undefined : this.d.printers.byId(release.printerId),
            job.userId === null ? undefined : this.d.users.get(job.userId),
          ]);
      if (!printer)
        throw new AppError('unknown-printer', 'The printer was removed before the job could be sent.');
      await this.d.db.transaction((tx) => this.d.releases.update(tx, releaseId, jobId, { state: 'sending' }));
      const { printerJobId, settings, adjustments } = await this.d.delivery.send(
        job,
        printer,
        owner ? loginNameOf(owner) : job.requestingUserName,
        {
          onBusy: (note) => this.outcomes.notify(release, job, 'queued', note, null),
          stopped: () => this.stopped,
        },
      );
      await this.d.db.transaction((tx) =>
        this.d.releases.update(tx, releaseId, jobId, { state: 'sent', printerJobId, settings }),
      );
      this.outcomes.notify(
        release,
        job,
        'printing',
        adjustments.length ? adjustments.join(', ') : null,
        null,
      );
      this.outcomes.follow(
        { ...release, state: 'sent', settings },
        job,
        printer,
        printerJobId,
        () => this.stopped,
      );
    } catch (error) {
      await this.outcomes.failed(release, job, error);
    }
  }
}
