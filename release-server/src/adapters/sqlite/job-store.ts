import {
  type ColorMode,
  type ErrorBody,
  type ErrorCode,
  type JobSettings,
  type JobSource,
  type JobState,
  jobSettingsSchema,
  type PageSource,
} from '@quire/protocol';
import type { Database, Queryable, Transaction } from './database';

/** A job as the server keeps it. Times are ms since the epoch. */
export interface JobRecord {
  id: number;
  userId: number | null;
  requestingUserName: string;
  /**
   * The `requesting-user-name` of a job sent to the IPP queue with credentials ('' when none was sent),
   * whose owner is then the account that signed in; null for a job sent without (migration 011).
   */
  claimedUserName: string | null;
  name: string;
  source: JobSource;
  format: string;
  size: number;
  pages: number | null;
  pagesSource: PageSource;
  submittedColor: ColorMode;
  settings: JobSettings;
  state: JobState;
  error: ErrorBody | null;
  spoolFile: string | null;
  submittedAt: number;
  updatedAt: number;
  printedAt: number | null;
}

/** A job to insert; `claimedUserName` only for a job sent with credentials. */
export type NewJob = Omit<JobRecord, 'id' | 'updatedAt' | 'printedAt' | 'error' | 'claimedUserName'> & {
  claimedUserName?: string | null;
};

interface JobRow {
  id: number;
  user_id: number | null;
  requesting_user_name: string;
  claimed_user_name: string | null;
  name: string;
  source: JobSource;
  format: string;
  size: number;
  pages: number | null;
  pages_source: PageSource;
  submitted_color: ColorMode;
  settings: string;
  state: JobState;
  error_code: ErrorCode | null;
  error_message: string | null;
  spool_file: string | null;
  submitted_at: number;
  updated_at: number;
  printed_at: number | null;
}

const COLUMNS = `id, user_id, requesting_user_name, claimed_user_name, name, source, format, size, pages,
  pages_source, submitted_color, settings, state, error_code, error_message, spool_file, submitted_at, updated_at,
  printed_at`;

function toRecord(r: JobRow): JobRecord {
  return {
    id: r.id,
    userId: r.user_id,
    requestingUserName: r.requesting_user_name,
    claimedUserName: r.claimed_user_name,
    name: r.name,
    source: r.source,
    format: r.format,
    size: r.size,
    pages: r.pages,
    pagesSource: r.pages_source,
    submittedColor: r.submitted_color,
    settings: jobSettingsSchema.parse(JSON.parse(r.settings)),
    state: r.state,
    error: r.error_code ? { code: r.error_code, message: r.error_message ?? '' } : null,
    spoolFile: r.spool_file,
    submittedAt: r.submitted_at,
    updatedAt: r.updated_at,
    printedAt: r.printed_at,
  };
}

/** When each kind of job is over its lifespan: PRODUCT.md §4, and `multiple-operation-time-out` for `incoming`. */
export interface ExpiryCutoffs {
  heldBefore: number;
  keptBefore: number;
  incomingBefore: number;
}

const EXPIRED = `(state = 'held' AND submitted_at < ?) OR (state = 'incoming' AND submitted_at < ?)
  OR (state = 'kept' AND printed_at < ?)`;
const expiredParams = (c: ExpiryCutoffs): number[] => [c.heldBefore, c.incomingBefore, c.keptBefore];

/** The record of a job just inserted, as {@link JobStore.get} would read it back, without reading it. */
export function insertedRecord(id: number, job: NewJob): JobRecord {
  return {
    ...job,
    id,
    claimedUserName: job.claimedUserName ?? null,
    error: null,
    updatedAt: job.submittedAt,
    printedAt: null,
  };
}

const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

export interface JobQuery {
  states?: readonly JobState[];
  /** Only jobs sent under this requesting-user-name (case-insensitive). */
  ownerKey?: string;
  /** Only jobs sent without credentials (their name is all that says whose they are). */
  withoutCredentials?: boolean;
  userId?: number;
  limit?: number;
  /** Newest first when true. @default false */
  newestFirst?: boolean;
}

export class JobStore {
  constructor(private readonly db: Database) {}

  async insert(tx: Transaction, job: NewJob): Promise<number> {
    const { lastId } = await tx.run(
      `INSERT INTO jobs (user_id, requesting_user_name, owner_key, claimed_user_name, name, source, format, size,
         pages, pages_source, submitted_color, settings, state, spool_file, submitted_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        job.userId,
        job.requestingUserName,
        job.requestingUserName.toLowerCase(),
        job.claimedUserName ?? null,
        job.name,
        job.source,
        job.format,
        job.size,
        job.pages,
        job.pagesSource,
        job.submittedColor,
        JSON.stringify(job.settings),
        job.state,
        job.spoolFile,
        job.submittedAt,
        job.submittedAt,
      ],
    );
    return lastId;
  }

  async get(id: number, q: Queryable = this.db): Promise<JobRecord | undefined> {
    const row = await q.get<JobRow>(`SELECT ${COLUMNS} FROM jobs WHERE id = ?`, [id]);
    return row && toRecord(row);
  }

  async getMany(ids: readonly number[], q: Queryable = this.db): Promise<JobRecord[]> {
    if (ids.length === 0) return [];
    const rows = await q.all<JobRow>(
      `SELECT ${COLUMNS} FROM jobs WHERE id IN (${placeholders(ids.length)})`,
      ids,
    );
    return rows.map(toRecord);
  }

  /** A user's jobs in the given states, oldest first (the order they were sent). */
  async listForUsers(userIds: readonly number[], states: readonly JobState[]): Promise<JobRecord[]> {
    if (userIds.length === 0) return [];
    const rows = await this.db.all<JobRow>(
      `SELECT ${COLUMNS} FROM jobs
       WHERE user_id IN (${placeholders(userIds.length)}) AND state IN (${placeholders(states.length)})
       ORDER BY submitted_at, id`,
      [...userIds, ...states],
    );
    return rows.map(toRecord);
  }

  async query(query: JobQuery = {}): Promise<JobRecord[]> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (query.states) {
      where.push(`state IN (${placeholders(query.states.length)})`);
      params.push(...query.states);
    }
    if (query.ownerKey !== undefined) {
      where.push('owner_key = ?');
      params.push(query.ownerKey.toLowerCase());
    }
    if (query.withoutCredentials) where.push('claimed_user_name IS NULL');
    if (query.userId !== undefined) {
      where.push('user_id = ?');
      params.push(query.userId);
    }
    const order = query.newestFirst ? 'DESC' : 'ASC';
    const rows = await this.db.all<JobRow>(
      `SELECT ${COLUMNS} FROM jobs ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY id ${order} ${query.limit ? 'LIMIT ?' : ''}`,
      query.limit ? [...params, query.limit] : params,
    );
    return rows.map(toRecord);
  }

  /**
   * Moves a job to `to` only if it is in one of `from`; returns whether it moved. The guard makes
   * each transition race-free: of two panels releasing the same job, exactly one sees `true`.
   */
  async transition(
    tx: Transaction,
    id: number,
    from: readonly JobState[],
    to: JobState,
    error: ErrorBody | null = null,
    now = Date.now(),
  ): Promise<boolean> {
    const { changes } = await tx.run(
      `UPDATE jobs SET state = ?, error_code = ?, error_message = ?, updated_at = ?
       WHERE id = ? AND state IN (${placeholders(from.length)})`,
      [to, error?.code ?? null, error?.message ?? null, now, id, ...from],
    );
    return changes === 1;
  }

  /** The printer finished the job: `printed`, or `kept` to print again ("print and keep"), as of `now`. */
  async markPrinted(tx: Transaction, id: number, keep: boolean, now = Date.now()): Promise<boolean> {
    const { changes } = await tx.run(
      `UPDATE jobs SET state = ?, error_code = NULL, error_message = NULL, updated_at = ?, printed_at = ?
       WHERE id = ? AND state = 'releasing'`,
      [keep ? 'kept' : 'printed', now, now, id],
    );
    return changes === 1;
  }

  async updateSettings(tx: Transaction, id: number, settings: JobSettings): Promise<void> {
    await tx.run('UPDATE jobs SET settings = ?, updated_at = ? WHERE id = ?', [
      JSON.stringify(settings),
      Date.now(),
      id,
    ]);
  }

  /** Completes a Create-Job once its document is spooled. */
  async attachDocument(
    tx: Transaction,
    id: number,
    doc: { spoolFile: string; size: number; format: string; pages: number | null; pagesSource: PageSource },
  ): Promise<boolean> {
    const { changes } = await tx.run(
      `UPDATE jobs SET spool_file = ?, size = ?, format = ?, pages = ?, pages_source = ?, state = 'held', updated_at = ?
       WHERE id = ? AND state = 'incoming'`,
      [doc.spoolFile, doc.size, doc.format, doc.pages, doc.pagesSource, Date.now(), id],
    );
    return changes === 1;
  }

  async clearSpoolFile(tx: Transaction, id: number): Promise<void> {
    await tx.run('UPDATE jobs SET spool_file = NULL WHERE id = ?', [id]);
  }

  /** Gives a newly known user the jobs sent under their names before they existed. */
  async claimOrphans(tx: Transaction, userId: number, names: readonly string[]): Promise<number> {
    const keys = names.map((n) => n.toLowerCase());
    if (keys.length === 0) return 0;
    const { changes } = await tx.run(
      `UPDATE jobs SET user_id = ? WHERE user_id IS NULL AND owner_key IN (${placeholders(keys.length)})`,
      [userId, ...keys],
    );
    return changes;
  }

  /**
   * Jobs whose time is up (PRODUCT.md §4): held and submitted before `heldBefore`, kept and printed
   * before `keptBefore`, or Create-Jobs still waiting for their document since before `incomingBefore`.
   */
  async expirable(cutoffs: ExpiryCutoffs, limit: number): Promise<JobRecord[]> {
    const rows = await this.db.all<JobRow>(`SELECT ${COLUMNS} FROM jobs WHERE ${EXPIRED} LIMIT ?`, [
      ...expiredParams(cutoffs),
      limit,
    ]);
    return rows.map(toRecord);
  }

  /**
   * Expires one job if it is still due: the condition is checked again in the same statement, so a kept
   * job printed again since {@link expirable} listed it (its `printed_at` is new) stays.
   */
  async expire(tx: Transaction, id: number, cutoffs: ExpiryCutoffs, now = Date.now()): Promise<boolean> {
    const { changes } = await tx.run(
      `UPDATE jobs SET state = 'expired', error_code = NULL, error_message = NULL, updated_at = ?
       WHERE id = ? AND (${EXPIRED})`,
      [now, id, ...expiredParams(cutoffs)],
    );
    return changes === 1;
  }

  /** Whether any job still refers to this spool file. */
  async refersTo(spoolFile: string): Promise<boolean> {
    return (await this.db.get('SELECT 1 FROM jobs WHERE spool_file = ? LIMIT 1', [spoolFile])) !== undefined;
  }

  /** Number of jobs waiting, for `queued-job-count`. */
  async countHeld(): Promise<number> {
    const row = await this.db.get<{ n: number }>(
      "SELECT count(*) AS n FROM jobs WHERE state IN ('incoming', 'held', 'releasing')",
    );
    return row?.n ?? 0;
  }
}
