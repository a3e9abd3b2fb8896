import { AppError, type JobState } from '@quire/protocol';
import type { Spool } from '../adapters/spool/spool';
import type { Database } from '../adapters/sqlite/database';
import type { JobRecord, JobStore } from '../adapters/sqlite/job-store';
import type { Logger } from '../log';
import type { AccountingService } from './accounting';
import type { EventBus } from './events';

/** States a job can be deleted from: anything not printing and not already gone. */
const DELETABLE: readonly JobState[] = ['incoming', 'held', 'kept'];

interface Deps {
  db: Database;
  /** Records each deletion in the accounting history (PRODUCT.md §4 deleted-job tracking). */
  accounting: Pick<AccountingService, 'recordRemoval'>;
  jobs: JobStore;
  spool: Spool;
  events: EventBus;
  log: Logger;
}

/**
 * Deletes held jobs: the row stays (state `deleted`, for accounting) and the document is removed once the
 * deletion is committed, so a crash never leaves a held job without its document.
 */
export class JobRemoval {
  constructor(private readonly d: Deps) {}

  /** Deletes one job; throws `job-not-releasable` when it is printing or already finished. */
  async delete(job: JobRecord): Promise<void> {
    const moved = await this.d.db.transaction(async (tx) => {
      const ok = await this.d.jobs.transition(tx, job.id, DELETABLE, 'deleted');
      if (ok) {
        await this.d.jobs.clearSpoolFile(tx, job.id);
        await this.d.accounting.recordRemoval(tx, job, 'deleted');
      }
      return ok;
    });
    if (!moved) {
      const now = await this.d.jobs.get(job.id);
      throw new AppError(
        'job-not-releasable',
        now?.state === 'releasing'
          ? `"${job.name}" is printing and cannot be deleted now.`
          : `"${job.name}" is no longer held.`,
      );
    }
    if (job.spoolFile) await this.d.spool.remove(job.spoolFile);
    this.d.log.info('job deleted', { job: job.id });
    if (job.userId !== null) this.d.events.publish({ type: 'jobs-changed', userIds: [job.userId] });
  }
}
