import { randomUUID } from 'node:crypto';
import {
  type AdminJob,
  type AdminReleaseBody,
  type AdminReleaseResult,
  AppError,
  type JobState,
} from '@quire/protocol';
import type { JobRecord, JobStore } from '../adapters/sqlite/job-store';
import type { PrinterStore } from '../adapters/sqlite/printer-store';
import type { QueueFilter, QueueStore } from '../adapters/sqlite/queue-store';
import type { UserStore } from '../adapters/sqlite/user-store';
import type { Logger } from '../log';
import type { AccountingService } from './accounting';
import type { JobRemoval } from './job-removal';
import { toJobView } from './panel';
import type { ReleaseService } from './release';

interface Deps {
  jobs: JobStore;
  /** Prices each listed job as its owner would pay for it now. */
  accounting: Pick<AccountingService, 'estimateCosts'>;
  users: UserStore;
  printers: PrinterStore;
  queue: QueueStore;
  release: ReleaseService;
  removal: JobRemoval;
  log: Logger;
}

export interface QueueQuery {
  /** An email or short name; a name nobody has yet finds the jobs sent under it. */
  user?: string;
  printer?: string;
  state?: JobState;
  limit: number;
  offset: number;
}

/**
 * Every job for helpdesk and administrators (issue 5): filtered by owner, printer and state; deleted
 * through the job removal service (the history records it); released to a printer on the owner's
 * behalf through the release service, with the panel's rules: the owner's quota and prices, the
 * owner charged, idempotent by release id.
 */
export class AdminQueueService {
  constructor(private readonly d: Deps) {}

  async list(q: QueueQuery): Promise<{ jobs: AdminJob[]; total: number }> {
    const filter: QueueFilter = { limit: q.limit, offset: q.offset, ...(q.state && { state: q.state }) };
    if (q.user !== undefined) {
      const user = await this.d.users.findByName(q.user);
      filter.owner = user ? { userId: user.id } : { ownerKey: q.user.trim() };
    }
    if (q.printer !== undefined) {
      const printer = await this.d.printers.byName(q.printer);
      if (!printer) return { jobs: [], total: 0 };
      filter.printerId = printer.id;
    }
    const { ids, total } = await this.d.queue.page(filter);
    const found = await this.d.jobs.getMany(ids);
    const byId = new Map(found.map((j) => [j.id, j]));
    const { costs } = await this.d.accounting.estimateCosts(found);
    const jobs: AdminJob[] = [];
    const owners = new Map<number, Awaited<ReturnType<UserStore['get']>>>();
    for (const id of ids) {
      const job = byId.get(id);
      if (!job) continue;
      if (job.userId !== null && !owners.has(job.userId))
        owners.set(job.userId, await this.d.users.get(job.userId));
      const user = job.userId !== null ? owners.get(job.userId) : undefined;
      jobs.push({
        ...toJobView(
          job,
          user?.shortname ?? user?.email ?? job.requestingUserName,
          costs.get(job.id) ?? null,
        ),
        requestingUserName: job.requestingUserName,
        userEmail: user?.email ?? null,
        format: job.format,
      });
    }
    return { jobs, total };
  }

  /** Deletes a held or kept job; the history records the deletion. */
  async delete(id: number): Promise<JobRecord> {
    const job = await this.job(id);
    await this.d.removal.delete(job);
    return job;
  }

  /**
   * Releases a held (or kept) job to `printer` for its owner. `actorId` is the account that asked (null
   * for the admin token, which is nobody: the release is then recorded as the owner's own).
   */
  async release(
    id: number,
    body: AdminReleaseBody,
    actorId: number | null,
  ): Promise<{ result: AdminReleaseResult; owner: string }> {
    const job = await this.job(id);
    const owner = job.userId === null ? undefined : await this.d.users.get(job.userId);
    if (!owner) {
      throw new AppError(
        'job-not-releasable',
        `Job ${id} was sent by "${job.requestingUserName}", who is not a known user: create the user first.`,
      );
    }
    const printer = await this.d.printers.byName(body.printer);
    if (!printer) {
      throw new AppError('unknown-printer', `No printer is registered under the name "${body.printer}".`);
    }
    const releaseId = body.releaseId ?? randomUUID();
    const outcome = await this.d.release.release({
      releaseId,
      jobIds: [id],
      keep: false,
      actorId: actorId ?? owner.id,
      allowedOwners: new Set([owner.id]),
      printer,
    });
    const refused = outcome.refused[0];
    if (refused) throw new AppError(refused.error.code, refused.error.message);
    const [now] = await this.d.release.status(releaseId, [id]);
    const repeated = outcome.repeated.includes(id);
    this.d.log.info('released on behalf', { job: id, printer: printer.name, repeated });
    const result: AdminReleaseResult = {
      outcome: repeated ? 'repeated' : 'accepted',
      releaseId,
      jobId: id,
      printer: printer.name,
      jobState: now?.job.state ?? job.state,
      releaseState: now?.release.state ?? 'queued',
      error: now?.release.error ?? null,
      message: repeated
        ? `Release ${releaseId} was already made: nothing was sent again.`
        : `Job ${id} is on its way to ${printer.name}; ${owner.email} is charged for it.`,
    };
    return { result, owner: owner.email };
  }

  private async job(id: number): Promise<JobRecord> {
    const job = await this.d.jobs.get(id);
    if (!job) throw new AppError('job-not-found', `There is no job ${id}.`);
    return job;
  }
}
