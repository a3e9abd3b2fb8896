import type { Spool } from '../adapters/spool/spool';
import type { Database } from '../adapters/sqlite/database';
import type { JobStore } from '../adapters/sqlite/job-store';
import type { Logger } from '../log';
import type { AccountingService } from './accounting';
import type { EventBus } from './events';

export interface MaintenanceOptions {
  /** PRODUCT.md §4 UnprintedJobsLifespan, in ms. */
  unprintedLifespanMs: number;
  /** PRODUCT.md §4 PrintAndKeepLifespan, in ms. */
  keptLifespanMs: number;
  /** How long a Create-Job may wait for its document: `multiple-operation-time-out`. @default 300000 */
  incomingLifespanMs?: number;
  /** A spool file younger than this may still be arriving and is never swept. @default 3600000 */
  orphanMinAgeMs?: number;
}

/** Jobs expired per transaction, so a large backlog never holds the writer for long. */
const BATCH = 200;

/**
 * Housekeeping that keeps the promise "nothing lost" honest without letting the disk fill: jobs whose
 * lifespan is over expire (the row stays, state `expired`, for accounting; the document goes), and
 * documents no job refers to (left by a crash in the middle of an upload) are removed.
 */
export class Maintenance {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly d: {
      db: Database;
      jobs: JobStore;
      spool: Spool;
      events: EventBus;
      log: Logger;
      /** Records each expiry in the accounting history (issue 3, retention). */
      accounting: Pick<AccountingService, 'recordRemoval'>;
      /** A Create-Job whose document is arriving now never expires. */
      receiving?: (jobId: number) => boolean;
      /**
       * The lifespans as they stand now, read on every sweep (an administrator changes them at run
       * time, issue 5). @default the fixed `unprintedLifespanMs` and `keptLifespanMs` options
       */
      lifespans?: () => Promise<Pick<MaintenanceOptions, 'unprintedLifespanMs' | 'keptLifespanMs'>>;
    },
    private readonly options: MaintenanceOptions,
  ) {}

  /** Runs the sweep now and then every `intervalMs`. @param intervalMs @default 60000 */
  start(intervalMs = 60_000): void {
    let ticks = 0;
    const tick = (): void => {
      this.expireJobs().catch((error: unknown) =>
        this.d.log.error('expiry failed', { error: String(error) }),
      );
      this.purgeRevocations().catch((error: unknown) =>
        this.d.log.error('purge failed', { error: String(error) }),
      );
      // Orphans come only from a crash in the middle of an upload: a sweep a day catches those of a crash
      // just before a restart, which the sweep at start is too early to remove.
      if (++ticks % 1440 === 0) {
        this.sweepOrphans().catch((error: unknown) =>
          this.d.log.error('orphan sweep failed', { error: String(error) }),
        );
      }
    };
    this.sweepOrphans().catch((error: unknown) =>
      this.d.log.error('orphan sweep failed', { error: String(error) }),
    );
    tick();
    this.timer = setInterval(tick, intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Expires every job whose time is up; returns how many. */
  async expireJobs(now = Date.now()): Promise<number> {
    const lifespans = (await this.d.lifespans?.()) ?? this.options;
    const cutoffs = {
      heldBefore: now - lifespans.unprintedLifespanMs,
      keptBefore: now - lifespans.keptLifespanMs,
      incomingBefore: now - (this.options.incomingLifespanMs ?? 300_000),
    };
    let total = 0;
    for (;;) {
      const due = await this.d.jobs.expirable(cutoffs, BATCH);
      if (due.length === 0) return total;
      const expired = await this.d.db.transaction(async (tx) => {
        const done = [];
        for (const job of due) {
          if (this.d.receiving?.(job.id)) continue;
          if (!(await this.d.jobs.expire(tx, job.id, cutoffs, now))) continue;
          await this.d.jobs.clearSpoolFile(tx, job.id);
          await this.d.accounting.recordRemoval(tx, job, 'expired', now);
          done.push(job);
        }
        return done;
      });
      for (const job of expired) if (job.spoolFile) await this.d.spool.remove(job.spoolFile);
      const owners = [...new Set(expired.flatMap((j) => (j.userId === null ? [] : [j.userId])))];
      if (owners.length > 0) this.d.events.publish({ type: 'jobs-changed', userIds: owners });
      this.d.log.info('jobs expired', { count: expired.length });
      total += expired.length;
      if (due.length < BATCH) return total;
    }
  }

  /** Forgets revoked panel sessions whose tokens have expired anyway. */
  async purgeRevocations(now = Date.now()): Promise<void> {
    await this.d.db.transaction((tx) =>
      tx.run('DELETE FROM session_revocations WHERE expires_at < ?', [now]),
    );
  }

  /** Removes spool files no job refers to; returns how many. */
  async sweepOrphans(now = Date.now()): Promise<number> {
    const minAge = this.options.orphanMinAgeMs ?? 3600_000;
    let removed = 0;
    for await (const { file, modifiedAt } of this.d.spool.files()) {
      if (now - modifiedAt < minAge || (await this.d.jobs.refersTo(file))) continue;
      await this.d.spool.remove(file);
      removed++;
    }
    if (removed > 0) this.d.log.info('orphan documents removed', { count: removed });
    return removed;
  }
}
