import sqlite3 from 'sqlite3';

/**
 * What a statement parameter may be. Not bigint: the sqlite3 driver binds a BigInt as NULL without a
 * word, so money in micro-units goes through {@link sqlInteger}.
 */
export type SqlValue = string | number | null | Buffer;

/** A bigint as an SQLite INTEGER parameter; refuses one a JavaScript number cannot hold exactly. */
export function sqlInteger(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`${value} is too large to store exactly`);
  }
  return Number(value);
}
export type Params = readonly SqlValue[] | Readonly<Record<string, SqlValue>>;

export interface RunResult {
  lastId: number;
  changes: number;
}

/** What a query can run on: the database (reads outside a transaction) or an open transaction. */
export interface Queryable {
  all<T>(sql: string, params?: Params): Promise<T[]>;
  get<T>(sql: string, params?: Params): Promise<T | undefined>;
}

export interface Transaction extends Queryable {
  run(sql: string, params?: Params): Promise<RunResult>;
  /** Runs a script of several statements, uncached (migrations). */
  exec(sql: string): Promise<void>;
}

/**
 * One sqlite3 connection with a cache of prepared statements. Only `all` and `run` are used: a
 * Statement#get leaves the statement un-reset, which would keep a read snapshot open.
 */
class Connection implements Transaction {
  private readonly statements = new Map<string, sqlite3.Statement>();

  constructor(readonly db: sqlite3.Database) {}

  static open(file: string, mode: number): Promise<Connection> {
    return new Promise((resolve, reject) => {
      const db = new sqlite3.Database(file, mode, (err) => (err ? reject(err) : resolve(new Connection(db))));
    });
  }

  all<T>(sql: string, params: Params = []): Promise<T[]> {
    const stmt = this.statement(sql);
    return new Promise((resolve, reject) => {
      stmt.all(params, (err: Error | null, rows: T[]) => (err ? reject(err) : resolve(rows)));
    });
  }

  async get<T>(sql: string, params: Params = []): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }

  run(sql: string, params: Params = []): Promise<RunResult> {
    const stmt = this.statement(sql);
    return new Promise((resolve, reject) => {
      stmt.run(params, function (this: sqlite3.RunResult, err: Error | null) {
        if (err) reject(err);
        else resolve({ lastId: this.lastID, changes: this.changes });
      });
    });
  }

  exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) => this.db.exec(sql, (err) => (err ? reject(err) : resolve())));
  }

  async close(): Promise<void> {
    await Promise.all(
      [...this.statements.values()].map((s) => new Promise<void>((resolve) => s.finalize(() => resolve()))),
    );
    this.statements.clear();
    await new Promise<void>((resolve, reject) => this.db.close((err) => (err ? reject(err) : resolve())));
  }

  private statement(sql: string): sqlite3.Statement {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.statements.set(sql, stmt);
    }
    return stmt;
  }
}

interface GroupItem {
  work: (tx: Transaction) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * The database: a writer connection through which every write passes one at a time, and a reader
 * connection for queries outside transactions. WAL mode lets the reader see the last committed state
 * while a write is under way; `synchronous=FULL` makes a commit durable before it returns, so a job
 * acknowledged to a client survives a crash or power loss.
 */
export class Database implements Queryable {
  private queue: Promise<unknown> = Promise.resolve();
  /** Shared transactions waiting for the next group commit, and whether one is queued for them. */
  private group: GroupItem[] = [];
  private groupQueued = false;
  /** Commits made, for the benchmarks: fewer than transactions when group commits share them. */
  commits = 0;

  private constructor(
    private readonly writer: Connection,
    private readonly reader: Connection,
  ) {}

  static async open(file: string): Promise<Database> {
    const writer = await Connection.open(
      file,
      sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE | sqlite3.OPEN_FULLMUTEX,
    );
    await writer.exec(`
      PRAGMA journal_mode = WAL;
      PRAGMA synchronous = FULL;
      PRAGMA foreign_keys = ON;
      PRAGMA busy_timeout = 5000;
    `);
    const reader = await Connection.open(file, sqlite3.OPEN_READONLY | sqlite3.OPEN_FULLMUTEX);
    await reader.exec('PRAGMA busy_timeout = 5000; PRAGMA query_only = ON;');
    return new Database(writer, reader);
  }

  all<T>(sql: string, params?: Params): Promise<T[]> {
    return this.reader.all<T>(sql, params);
  }

  get<T>(sql: string, params?: Params): Promise<T | undefined> {
    return this.reader.get<T>(sql, params);
  }

  /**
   * Runs `work` in a write transaction (BEGIN IMMEDIATE), after every earlier one has finished.
   * Commits when `work` resolves, rolls back when it throws.
   */
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.enqueue(() => this.runTransaction(work));
  }

  private async runTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    await this.writer.run('BEGIN IMMEDIATE');
    try {
      const result = await work(this.writer);
      await this.commit();
      return result;
    } catch (error) {
      await this.writer.run('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  /**
   * Like {@link transaction}, but shares its commit with the other shared transactions waiting at the
   * same moment (group commit): while one commit is under way, the transactions that arrive wait
   * together and then run one after another inside one BEGIN … COMMIT, each in a savepoint of its own.
   * One that throws is rolled back to its savepoint and rejects alone; the others commit. Each promise
   * resolves only once the shared COMMIT is durable (synchronous=FULL), so nothing is acknowledged
   * early; if the COMMIT fails, every one of them rejects. A group runs where its first member was
   * queued, so a later member may overtake a plain transaction queued in between: only for small,
   * independent writes made at a high rate (holding a job), where one WAL sync then serves many.
   * Alone, it costs what a transaction costs.
   */
  sharedTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.group.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (this.groupQueued) return;
      this.groupQueued = true;
      void this.enqueue(() => this.runGroup());
    });
  }

  private async runGroup(): Promise<void> {
    const batch = this.group;
    this.group = [];
    this.groupQueued = false;
    if (batch.length === 1) {
      // Alone, a transaction of its own: the savepoint that keeps one member's failure from the others
      // would be two more statements for nothing.
      const [item] = batch as [GroupItem];
      await this.runTransaction(item.work).then(item.resolve, item.reject);
      return;
    }
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      await this.writer.run('BEGIN IMMEDIATE');
      for (const item of batch) {
        await this.writer.run('SAVEPOINT shared');
        try {
          outcomes.push({ ok: true, value: await item.work(this.writer) });
          await this.writer.run('RELEASE shared');
        } catch (error) {
          outcomes.push({ ok: false, error });
          // Fails when SQLite has already rolled the whole transaction back (a full disk, say): then
          // nothing of the batch stands, and the catch below rejects every one of them.
          await this.writer.run('ROLLBACK TO shared');
          await this.writer.run('RELEASE shared');
        }
      }
      await this.commit();
    } catch (error) {
      await this.writer.run('ROLLBACK').catch(() => undefined);
      for (const item of batch) item.reject(error);
      return;
    }
    batch.forEach((item, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) item.resolve(outcome.value);
      else item.reject(outcome.error);
    });
  }

  private async commit(): Promise<void> {
    await this.writer.run('COMMIT');
    this.commits++;
  }

  /** Runs `run` after every write queued before it, whatever became of them. */
  private enqueue<T>(run: () => Promise<T>): Promise<T> {
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Runs a script on the writer outside the queue; only for start-up, before any other use. */
  execScript(sql: string): Promise<void> {
    return this.writer.exec(sql);
  }

  async close(): Promise<void> {
    await this.queue;
    await this.reader.close();
    await this.writer.close();
  }
}
