import { randomUUID } from 'node:crypto';
import { AppError, type ErrorCode, type JobView, type QuotaView, type SettingsPatch } from '@quire/protocol';
import { verifyPassword } from '../adapters/crypto/password';
import type { BadgeStore } from '../adapters/sqlite/badge-store';
import type { Database } from '../adapters/sqlite/database';
import type { JobRecord, JobStore } from '../adapters/sqlite/job-store';
import type { PrinterRecordRow, PrinterStore } from '../adapters/sqlite/printer-store';
import { displayNameOf, loginNameOf, type UserRecord, type UserStore } from '../adapters/sqlite/user-store';
import { LISTED } from '../domain/job-state';
import { applyPatch } from '../domain/settings';
import type { AccountingService } from './accounting';
import { fitted } from './accounting-figures';
import type { JobRemoval } from './job-removal';
import type { PanelSettingsService } from './panel-settings';
import type { ReleaseOutcome, ReleaseService } from './release';

interface Deps {
  db: Database;
  jobs: JobStore;
  users: UserStore;
  printers: PrinterStore;
  badges: BadgeStore;
  settings: PanelSettingsService;
  accounting: AccountingService;
  release: ReleaseService;
  removal: JobRemoval;
}

/** A stored hash to compare against when the user has none, so a missing user costs the same time. */
const NO_USER_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

export interface JobList {
  own: JobView[];
  delegated: { owner: { name: string; displayName: string }; jobs: JobView[] }[];
  currency: string | null;
  quota: QuotaView | null;
}

export function toJobView(job: JobRecord, owner: string, cost: string | null = null): JobView {
  return {
    id: job.id,
    name: job.name,
    owner,
    submittedAt: new Date(job.submittedAt).toISOString(),
    pages: job.pages,
    submittedColor: job.submittedColor,
    settings: job.settings,
    size: job.size,
    source: job.source,
    state: job.state,
    lastError: job.error,
    cost,
  };
}

/** What a person signed in at a panel may see and do: their own jobs and those of people who named them delegate. */
export class PanelService {
  constructor(private readonly d: Deps) {}

  async printer(name: string): Promise<PrinterRecordRow> {
    const printer = await this.d.printers.byName(name);
    if (!printer) throw new AppError('unknown-printer', `No printer is registered under the name "${name}".`);
    return printer;
  }

  async user(id: number): Promise<UserRecord | undefined> {
    return this.d.users.get(id);
  }

  async signInByBadge(badge: string): Promise<UserRecord> {
    const user = await this.d.users.findByBadge(badge.trim());
    if (!user) throw new AppError('unknown-badge', 'This badge is not registered.');
    return user;
  }

  /**
   * The fallback without a badge (PRODUCT.md §5.1): short name or email, and password or PIN. A wrong
   * name and a wrong password get the same answer, in the same time.
   */
  async signInByCredentials(username: string, secret: string): Promise<UserRecord> {
    const found = await this.d.users.credentialsOf(username);
    const ok = await verifyPassword(secret, found?.passwordHash ?? NO_USER_HASH).catch(() => false);
    if (!found?.passwordHash || !ok) throw new AppError('bad-credentials', 'Wrong username or password.');
    return found.user;
  }

  /** First use of an unknown badge: the person proves who they are, and the badge is theirs from now on. */
  async registerBadge(badge: string, username: string, secret: string): Promise<UserRecord> {
    const user = await this.signInByCredentials(username, secret);
    await this.d.db.transaction((tx) => this.d.badges.registerPermanent(tx, user.id, badge.trim()));
    return user;
  }

  /** The users whose jobs `user` may release: themselves first, then their delegators when delegation is on. */
  async owners(user: UserRecord): Promise<UserRecord[]> {
    if (!(await this.d.settings.policies()).delegation) return [user];
    return [user, ...(await this.d.users.delegatorsOf(user.id))];
  }

  /**
   * With the automatic-release policy, everything the person holds prints at this printer as soon as they
   * sign in (PRODUCT.md §5.3): their own held jobs, not delegated ones, not those already printed and kept.
   */
  async autoRelease(
    user: UserRecord,
    printer: PrinterRecordRow,
  ): Promise<{ releaseId: string; jobIds: number[] } | null> {
    if (!(await this.d.settings.policies()).autoRelease) return null;
    const held = await this.d.jobs.listForUsers([user.id], ['held']);
    if (held.length === 0) return null;
    const releaseId = randomUUID();
    const outcome = await this.release(
      user,
      printer,
      releaseId,
      held.map((j) => j.id),
      false,
    );
    return { releaseId, jobIds: outcome.accepted };
  }

  /**
   * The jobs `user` may act on at `printer`, own first, with what each would cost there and the quota left;
   * with no printer (the web queue), what each costs as it stands.
   */
  async jobList(user: UserRecord, printer: PrinterRecordRow | null): Promise<JobList> {
    const owners = await this.owners(user);
    const jobs = await this.d.jobs.listForUsers(
      owners.map((o) => o.id),
      LISTED,
    );
    const { currency, costs, quota } = await this.d.accounting.panelFigures(user, printer, jobs);
    // At a printer, each job shows how it will print there, as its cost does.
    const here = (j: JobRecord): JobRecord =>
      printer ? { ...j, settings: fitted(j.settings, printer) ?? j.settings } : j;
    const view = (j: JobRecord, owner: UserRecord) =>
      toJobView(here(j), loginNameOf(owner), costs.get(j.id) ?? null);
    const byOwner = new Map<number, JobRecord[]>();
    for (const job of jobs) byOwner.set(job.userId!, [...(byOwner.get(job.userId!) ?? []), job]);
    const [self, ...delegators] = owners;
    return {
      own: (byOwner.get(self!.id) ?? []).map((j) => view(j, self!)),
      delegated: delegators
        .filter((o) => byOwner.has(o.id))
        .map((o) => ({
          owner: { name: loginNameOf(o), displayName: displayNameOf(o) },
          jobs: byOwner.get(o.id)!.map((j) => view(j, o)),
        })),
      currency,
      quota,
    };
  }

  async updateSettings(
    user: UserRecord,
    jobId: number,
    patch: SettingsPatch,
    printer: PrinterRecordRow,
  ): Promise<void> {
    if (patch.copies !== undefined && !(await this.d.settings.policies()).editCopies) {
      throw new AppError('policy-forbids', 'The number of copies cannot be changed here.');
    }
    const allowed = new Set((await this.owners(user)).map((o) => o.id));
    await this.d.db.transaction(async (tx) => {
      const job = await this.d.jobs.get(jobId, tx);
      if (!job || job.userId === null || !allowed.has(job.userId)) {
        throw new AppError('job-not-found', 'This job is not in your list.');
      }
      if (job.state !== 'held' && job.state !== 'kept') {
        throw new AppError('job-not-releasable', `"${job.name}" cannot be changed while it is ${job.state}.`);
      }
      await this.d.jobs.updateSettings(
        tx,
        jobId,
        applyPatch(job.settings, patch, job.submittedColor, printer.capabilities),
      );
    });
  }

  async release(
    user: UserRecord,
    printer: PrinterRecordRow,
    releaseId: string,
    jobIds: readonly number[],
    keep: boolean,
  ): Promise<ReleaseOutcome> {
    const [policies, owners] = await Promise.all([this.d.settings.policies(), this.owners(user)]);
    if (keep && !policies.printAndKeep) {
      throw new AppError('policy-forbids', '"Print and keep" is not available here.');
    }
    const allowedOwners = new Set(owners.map((o) => o.id));
    return this.d.release.release({ releaseId, jobIds, keep, actorId: user.id, allowedOwners, printer });
  }

  releaseStatus(releaseId: string, jobIds: readonly number[]) {
    return this.d.release.status(releaseId, jobIds);
  }

  /**
   * Deletes the person's own jobs. Delegates release jobs, they do not delete them: a job of someone
   * else, or one that is gone, is refused with the reason, never skipped in silence.
   */
  async delete(
    user: UserRecord,
    jobIds: readonly number[],
  ): Promise<{ jobId: number; code: ErrorCode; message: string }[]> {
    const jobs = new Map((await this.d.jobs.getMany(jobIds)).map((j) => [j.id, j]));
    const allowed = new Set((await this.owners(user)).map((o) => o.id));
    const refused = [];
    for (const jobId of new Set(jobIds)) {
      const job = jobs.get(jobId);
      if (!job || job.userId === null || !allowed.has(job.userId)) {
        refused.push({ jobId, code: 'job-not-found' as const, message: 'This job is not in your list.' });
        continue;
      }
      if (job.userId !== user.id) {
        refused.push({
          jobId,
          code: 'forbidden' as const,
          message: `Only its owner can delete "${job.name}".`,
        });
        continue;
      }
      try {
        await this.d.removal.delete(job);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        refused.push({ jobId, code: error.code, message: error.message });
      }
    }
    return refused;
  }
}
