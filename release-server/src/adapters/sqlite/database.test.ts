import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_SETTINGS } from '@quire/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Database, type Transaction } from './database';
import { insertedRecord, JobStore } from './job-store';
import { MIGRATIONS, migrate } from './migrate';

let dir: string;
let db: Database;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'quire-db-'));
  db = await Database.open(path.join(dir, 'test.db'));
  await migrate(db);
});

afterEach(async () => {
  await db.close();
  await fs.rm(dir, { recursive: true, force: true });
});

const newJob = (name: string) => ({
  userId: null,
  requestingUserName: 'Alice',
  name,
  source: 'ipp' as const,
  format: 'application/pdf',
  size: 10,
  pages: 1,
  pagesSource: 'pdf' as const,
  submittedColor: 'color' as const,
  settings: DEFAULT_SETTINGS,
  state: 'held' as const,
  spoolFile: 'ab/cd',
  submittedAt: Date.now(),
});

describe('Database', () => {
  it('runs concurrent transactions one after another (no lost updates)', async () => {
    await db.transaction((tx) =>
      tx.exec('CREATE TABLE counter (n INTEGER); INSERT INTO counter VALUES (0);'),
    );
    await Promise.all(
      Array.from({ length: 50 }, () =>
        db.transaction(async (tx) => {
          const { n } = (await tx.get<{ n: number }>('SELECT n FROM counter'))!;
          await new Promise((r) => setImmediate(r));
          await tx.run('UPDATE counter SET n = ?', [n + 1]);
        }),
      ),
    );
    expect(await db.get('SELECT n FROM counter')).toEqual({ n: 50 });
  });

  it('rolls back a transaction that throws, and goes on with the next', async () => {
    const jobs = new JobStore(db);
    await expect(
      db.transaction(async (tx) => {
        await jobs.insert(tx, newJob('lost'));
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const id = await db.transaction((tx) => jobs.insert(tx, newJob('kept')));
    expect((await jobs.query()).map((j) => [j.id, j.name])).toEqual([[id, 'kept']]);
  });

  it('describes a job just inserted exactly as reading it back does', async () => {
    const jobs = new JobStore(db);
    for (const job of [
      newJob('one'),
      { ...newJob('two'), userId: null, pages: null, pagesSource: 'unknown' as const },
    ]) {
      const id = await db.transaction((tx) => jobs.insert(tx, job));
      expect(insertedRecord(id, job)).toEqual(await jobs.get(id));
    }
  });

  it('lets exactly one of two racing transitions win', async () => {
    const jobs = new JobStore(db);
    const id = await db.transaction((tx) => jobs.insert(tx, newJob('race')));
    const results = await Promise.all(
      [1, 2].map(() => db.transaction((tx) => jobs.transition(tx, id, ['held'], 'releasing'))),
    );
    expect(results.sort()).toEqual([false, true]);
  });

  it('applies each migration once, also after reopening', async () => {
    expect(await migrate(db)).toEqual([]);
    await db.close();
    db = await Database.open(path.join(dir, 'test.db'));
    expect(await migrate(db)).toEqual([]);
    expect(await db.all('SELECT version FROM schema_migrations')).toEqual(
      MIGRATIONS.map((m) => ({ version: m.version })),
    );
    expect(await db.get('PRAGMA journal_mode')).toEqual({ journal_mode: 'wal' });
  });

  it('keeps job ids increasing even after the newest job is deleted (ids are never reused)', async () => {
    const jobs = new JobStore(db);
    const first = await db.transaction((tx) => jobs.insert(tx, newJob('a')));
    await db.transaction((tx) => tx.run('DELETE FROM jobs WHERE id = ?', [first]));
    const second = await db.transaction((tx) => jobs.insert(tx, newJob('b')));
    expect(second).toBeGreaterThan(first);
  });
});

describe('Database: shared transactions (group commit)', () => {
  const names = async () => (await new JobStore(db).query()).map((j) => j.name).sort();

  it('commits transactions that wait together once, and each resolves after the commit', async () => {
    const jobs = new JobStore(db);
    const before = db.commits;
    const ids = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        db.sharedTransaction(async (tx) => {
          const id = await jobs.insert(tx, newJob(`job ${i}`));
          // Resolved only once committed: the reader, outside the transaction, sees it by then.
          return id;
        }),
      ),
    );
    expect(db.commits - before).toBe(1);
    expect(new Set(ids).size).toBe(8);
    for (const id of ids) expect(await db.get('SELECT id FROM jobs WHERE id = ?', [id])).toEqual({ id });
  });

  it('rolls back only the one that throws; the others commit', async () => {
    const jobs = new JobStore(db);
    const results = await Promise.allSettled(
      ['a', 'b', 'c'].map((name) =>
        db.sharedTransaction(async (tx) => {
          await jobs.insert(tx, newJob(name));
          if (name === 'b') throw new Error('b failed');
          return name;
        }),
      ),
    );
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : String(r.reason)))).toEqual([
      'a',
      'Error: b failed',
      'c',
    ]);
    expect(await names()).toEqual(['a', 'c']);
  });

  it('runs one alone as a plain transaction: one commit, and a failure leaves none of its writes', async () => {
    const jobs = new JobStore(db);
    const before = db.commits;
    await expect(
      db.sharedTransaction(async (tx) => {
        await jobs.insert(tx, newJob('half'));
        throw new Error('second statement failed');
      }),
    ).rejects.toThrow('second statement failed');
    expect(await names()).toEqual([]);
    await db.sharedTransaction((tx) => jobs.insert(tx, newJob('whole')));
    expect(await names()).toEqual(['whole']);
    expect(db.commits - before).toBe(1);
  });

  it('rejects every one of a group whose transaction SQLite ended, and none of it stands', async () => {
    const jobs = new JobStore(db);
    const results = await Promise.allSettled([
      db.sharedTransaction((tx) => jobs.insert(tx, newJob('first'))),
      db.sharedTransaction(async (tx) => {
        await tx.run('ROLLBACK'); // what SQLite does by itself on a full disk
        throw new Error('disk full');
      }),
      db.sharedTransaction((tx) => jobs.insert(tx, newJob('third'))),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(await names()).toEqual([]);
    // The database goes on.
    await db.sharedTransaction((tx) => jobs.insert(tx, newJob('after')));
    expect(await names()).toEqual(['after']);
  });

  it('runs the shared transactions waiting together as one group, at the place of the first', async () => {
    await db.transaction((tx) => tx.exec('CREATE TABLE log (n INTEGER)'));
    const write = (n: number) => (tx: Transaction) => tx.run('INSERT INTO log VALUES (?)', [n]);
    await Promise.all([
      db.sharedTransaction(write(1)),
      db.transaction(write(2)),
      db.sharedTransaction(write(3)),
    ]);
    const rows = await db.all<{ n: number }>('SELECT n FROM log ORDER BY rowid');
    // 3 joins the group 1 queued, which runs before 2: each caller awaits its own write, so no caller
    // sees another order than its own.
    expect(rows.map((r) => r.n)).toEqual([1, 3, 2]);
  });
});
