import type { ImportMode, ImportReport } from '@quire/protocol';
import { hashPassword } from '../adapters/crypto/password';
import type { Database, Queryable, Transaction } from '../adapters/sqlite/database';
import type { DirectoryStore } from '../adapters/sqlite/directory-store';
import { BADGE_HEADERS, planBadgeImport } from '../domain/badge-import';
import { type ImportPlan, mergeErrors, type PlannedOp, reportOf, shouldApply } from '../domain/import-report';
import { readImportTable } from '../domain/import-table';
import { USER_HEADER } from '../domain/user-fields';
import { planUserImport, type UserOp } from '../domain/user-import';
import type { Logger } from '../log';

export interface ImportOptions {
  /** @default 'all-or-nothing' */
  mode: ImportMode;
  /** Report what would happen and apply nothing. @default false */
  dryRun: boolean;
}

interface Deps {
  db: Database;
  directory: DirectoryStore;
  log: Logger;
  /** @default hashPassword (scrypt) */
  hash?: (password: string) => Promise<string>;
  /** @default Date.now */
  now?: () => number;
}

interface Steps<Op extends PlannedOp> {
  plan(q: Queryable): Promise<ImportPlan<Op>>;
  /** Slow work done outside the write lock, before applying (password hashing). */
  prepare?(plan: ImportPlan<Op>): Promise<void>;
  apply(tx: Transaction, plan: ImportPlan<Op>): Promise<void>;
}

/** Scrypt runs on libuv's thread pool (4 threads), which spool writes share: leave them room. */
const HASH_CONCURRENCY = 2;

/** CSV imports of users and badges (PRODUCT.md §9): parse, plan, then apply all, the good lines, or nothing. */
export class ImportService {
  constructor(private readonly d: Deps) {}

  /** Throws `bad-request` for a file that is empty or has the wrong header. */
  async importUsers(csv: string, options: ImportOptions): Promise<ImportReport> {
    const table = readImportTable(csv, [USER_HEADER]);
    const now = this.now();
    const hashes = new Map<number, string>();
    return this.run('users', options, {
      plan: async (q) =>
        withErrors(planUserImport(table.rows, await this.d.directory.users(q)), table.errors),
      prepare: (plan) => this.hashPasswords(plan.ops, hashes),
      apply: async (tx, plan) => {
        await this.hashPasswords(plan.ops, hashes); // only lines that became valid since `prepare`: rare
        await this.d.directory.applyUsers(tx, plan.ops, hashes, now);
      },
    });
  }

  /** Throws `bad-request` for a file that is empty or has the wrong header. */
  async importBadges(csv: string, options: ImportOptions): Promise<ImportReport> {
    const table = readImportTable(csv, BADGE_HEADERS);
    const now = this.now();
    return this.run('badges', options, {
      plan: async (q) =>
        withErrors(planBadgeImport(table.rows, await this.d.directory.badgeDirectory(q), now), table.errors),
      apply: (tx, plan) => this.d.directory.applyBadges(tx, plan.ops, now),
    });
  }

  /**
   * Plans on the last committed state first, so a rejected file or a dry run never takes the write lock,
   * then plans again inside the write transaction, since the directory may have changed meanwhile: the
   * plan that is applied is always the one checked against the state it is applied to.
   */
  private async run<Op extends PlannedOp>(
    what: 'users' | 'badges',
    { mode, dryRun }: ImportOptions,
    steps: Steps<Op>,
  ): Promise<ImportReport> {
    const preview = await steps.plan(this.d.db);
    let report: ImportReport;
    if (!shouldApply(preview, mode, dryRun)) report = reportOf(preview, false, dryRun);
    else {
      await steps.prepare?.(preview);
      report = await this.d.db.transaction(async (tx) => {
        const plan = await steps.plan(tx);
        if (!shouldApply(plan, mode, false)) return reportOf(plan, false, false);
        await steps.apply(tx, plan);
        return reportOf(plan, true, false);
      });
    }
    // Counts only: emails, badge values and passwords stay out of the log.
    this.d.log.info(`${what} import`, {
      mode,
      dryRun,
      applied: report.applied,
      created: report.created.length,
      updated: report.updated.length,
      deleted: report.deleted.length,
      errors: report.errors.length,
    });
    return report;
  }

  private async hashPasswords(ops: readonly UserOp[], into: Map<number, string>): Promise<void> {
    const todo = ops.flatMap((op) =>
      op.kind !== 'delete' && op.password !== null && !into.has(op.line)
        ? [{ line: op.line, password: op.password }]
        : [],
    );
    const hash = this.d.hash ?? hashPassword;
    let next = 0;
    const worker = async (): Promise<void> => {
      for (let item = todo[next++]; item; item = todo[next++]) into.set(item.line, await hash(item.password));
    };
    await Promise.all(Array.from({ length: HASH_CONCURRENCY }, worker));
  }

  private now(): number {
    return (this.d.now ?? Date.now)();
  }
}

function withErrors<Op extends PlannedOp>(
  plan: ImportPlan<Op>,
  parseErrors: ImportPlan<Op>['errors'],
): ImportPlan<Op> {
  return { ops: plan.ops, errors: mergeErrors(parseErrors, plan.errors) };
}
