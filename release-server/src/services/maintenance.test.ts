import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_SETTINGS, type JobState } from '@quire/protocol';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Spool } from '../adapters/spool/spool';
import { AccountingStore } from '../adapters/sqlite/accounting-store';
import { Database } from '../adapters/sqlite/database';
import { JobStore } from '../adapters/sqlite/job-store';
import { migrate } from '../adapters/sqlite/migrate';
import { SettingsStore } from '../adapters/sqlite/settings-store';
import { UserStore } from '../adapters/sqlite/user-store';
import { silentLogger } from '../log';
import { AccountingService } from './accounting';
import { EventBus, type ServerEvent } from './events';
import { Maintenance } from './maintenance';

const HOUR = 3600_000;
const NOW = Date.UTC(2026, 10, 21, 12);

let dir: string;
let db: Database;
let jobs: JobStore;
let spool: Spool;
let events: EventBus;
let maintenance: Maintenance;
let deps: ConstructorParameters<typeof Maintenance>[0];
const LIFESPANS = { unprintedLifespanMs: 48 * HOUR, keptLifespanMs: 24 * HOUR };

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'quire-maint-'));
  db = await Database.open(path.join(dir, 'q.db'));
  await migrate(db);
  jobs = new JobStore(db);
  spool = await Spool.open(dir);
  events = new EventBus();
  const accounting = new AccountingService({
    db,
    store: new AccountingStore(db),
    settings: new SettingsStore(db),
    users: new UserStore(db),
  });
  deps = { db, jobs, spool, events, log: silentLogger, accounting };
  maintenance = new Maintenance(deps, LIFESPANS);
});

afterEach(async () => {
  await db.close();
  await fs.rm(dir, { recursive: true, force: true });
});

async function job(
  state: JobState,
  submittedAgoMs: number,
  printedAgoMs: number | null = null,
): Promise<{ id: number; file: string }> {
  const { file } = await spool.write(
    (async function* () {
      yield Buffer.from('%PDF-1.4 test');
    })(),
    1024,
  );
  const id = await db.transaction(async (tx) => {
    const id = await jobs.insert(tx, {
      userId: null,
      requestingUserName: 'alice',
      name: state,
      source: 'ipp',
      format: 'application/pdf',
      size: 13,
      pages: 1,
      pagesSource: 'pdf',
      submittedColor: 'color',
      settings: DEFAULT_SETTINGS,
      state,
      spoolFile: file,
      submittedAt: NOW - submittedAgoMs,
    });
    if (printedAgoMs !== null)
      await tx.run('UPDATE jobs SET printed_at = ? WHERE id = ?', [NOW - printedAgoMs, id]);
    return id;
  });
  return { id, file };
}

const exists = (file: string) =>
  fs.access(spool.pathOf(file)).then(
    () => true,
    () => false,
  );

describe('Maintenance.expireJobs', () => {
  it('expires what has outlived its lifespan, keeps the row, removes the document', async () => {
    const oldHeld = await job('held', 49 * HOUR);
    const youngHeld = await job('held', 47 * HOUR);
    const oldKept = await job('kept', 72 * HOUR, 25 * HOUR);
    const youngKept = await job('kept', 72 * HOUR, 23 * HOUR);
    const staleIncoming = await job('incoming', 6 * 60_000);
    const printing = await job('releasing', 100 * HOUR);

    expect(await maintenance.expireJobs(NOW)).toBe(3);
    const state = async (id: number) => (await jobs.get(id))?.state;
    expect(await state(oldHeld.id)).toBe('expired');
    expect(await state(oldKept.id)).toBe('expired');
    expect(await state(staleIncoming.id)).toBe('expired');
    expect(await state(youngHeld.id)).toBe('held');
    expect(await state(youngKept.id)).toBe('kept');
    expect(await state(printing.id)).toBe('releasing');
    expect(await exists(oldHeld.file)).toBe(false);
    expect(await exists(youngHeld.file)).toBe(true);
    expect((await jobs.get(oldHeld.id))?.spoolFile).toBeNull();
    expect(await maintenance.expireJobs(NOW)).toBe(0);
    const history = await db.all<{ kind: string; job_id: number; cost_micros: number }>(
      'SELECT kind, job_id, cost_micros FROM history ORDER BY job_id',
    );
    expect(history).toEqual(
      [oldHeld, oldKept, staleIncoming].map((j) => ({ kind: 'expired', job_id: j.id, cost_micros: 0 })),
    );
  });

  it('never expires a Create-Job whose document is arriving now', async () => {
    const arriving = await job('incoming', 6 * 60_000);
    const abandoned = await job('incoming', 6 * 60_000);
    const sweeper = new Maintenance({ ...deps, receiving: (id) => id === arriving.id }, LIFESPANS);
    expect(await sweeper.expireJobs(NOW)).toBe(1);
    expect((await jobs.get(arriving.id))?.state).toBe('incoming');
    expect(await exists(arriving.file)).toBe(true);
    expect((await jobs.get(abandoned.id))?.state).toBe('expired');
  });

  it('keeps a kept job printed again between the listing and the expiry', async () => {
    const kept = await job('kept', 72 * HOUR, 25 * HOUR);
    const list = jobs.expirable.bind(jobs);
    vi.spyOn(jobs, 'expirable').mockImplementationOnce(async (...args) => {
      const due = await list(...args);
      // Print and keep, again, while the sweep is between its two statements.
      await db.transaction((tx) => tx.run('UPDATE jobs SET printed_at = ? WHERE id = ?', [NOW, kept.id]));
      return due;
    });
    expect(await maintenance.expireJobs(NOW)).toBe(0);
    expect((await jobs.get(kept.id))?.state).toBe('kept');
    expect(await exists(kept.file)).toBe(true);
  });

  it('tells signed-in panels of the owners', async () => {
    const seen: ServerEvent[] = [];
    const alice = await db.transaction(async (tx) => {
      const { lastId } = await tx.run(
        "INSERT INTO users (email, shortname, created_at, updated_at) VALUES ('alice@example.com', 'alice', 0, 0)",
      );
      return lastId;
    });
    events.subscribe(alice, (e) => seen.push(e));
    const old = await job('held', 49 * HOUR);
    await db.transaction((tx) => tx.run('UPDATE jobs SET user_id = ? WHERE id = ?', [alice, old.id]));
    await maintenance.expireJobs(NOW);
    expect(seen).toEqual([{ type: 'jobs-changed', userIds: [alice] }]);
  });
});

describe('Maintenance.sweepOrphans', () => {
  it('removes old documents no job refers to, and nothing else', async () => {
    const held = await job('held', HOUR);
    const write = () =>
      spool.write(
        (async function* () {
          yield Buffer.from('left by a crash');
        })(),
        1024,
      );
    const oldOrphan = (await write()).file;
    const youngOrphan = (await write()).file;
    const twoHoursAgo = new Date(Date.now() - 2 * HOUR);
    await fs.utimes(spool.pathOf(oldOrphan), twoHoursAgo, twoHoursAgo);
    await fs.utimes(spool.pathOf(held.file), twoHoursAgo, twoHoursAgo);

    expect(await maintenance.sweepOrphans()).toBe(1);
    expect(await exists(oldOrphan)).toBe(false);
    expect(await exists(youngOrphan)).toBe(true);
    expect(await exists(held.file)).toBe(true);
  });
});
