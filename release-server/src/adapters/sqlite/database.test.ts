import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_SETTINGS } from '@quire/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Database } from './database';
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
