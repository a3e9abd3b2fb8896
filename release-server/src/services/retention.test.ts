import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_SETTINGS } from '@quire/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Spool } from '../adapters/spool/spool';
import { AccountingStore } from '../adapters/sqlite/accounting-store';
import { Database } from '../adapters/sqlite/database';
import { JobStore } from '../adapters/sqlite/job-store';
import { migrate } from '../adapters/sqlite/migrate';
import { SettingsStore } from '../adapters/sqlite/settings-store';
import { UserStore } from '../adapters/sqlite/user-store';
import { silentLogger } from '../log';
import { AccountingService } from './accounting';
import { EventBus } from './events';
import { Maintenance } from './maintenance';
import { RetentionService } from './retention';

const HOUR = 3600_000;
const NOW = Date.UTC(2026, 10, 21, 12);

let dir: string;
let db: Database;
let jobs: JobStore;
let retention: RetentionService;
let maintenance: Maintenance;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'quire-retention-'));
  db = await Database.open(path.join(dir, 'q.db'));
  await migrate(db);
  jobs = new JobStore(db);
  const settings = new SettingsStore(db);
  const defaults = { unprintedLifespanMs: 48 * HOUR, keptLifespanMs: 24 * HOUR };
  retention = new RetentionService({ db, settings, defaults });
  const accounting = new AccountingService({
    db,
    store: new AccountingStore(db),
    settings,
    users: new UserStore(db),
  });
  maintenance = new Maintenance(
    {
      db,
      jobs,
      spool: await Spool.open(dir),
      events: new EventBus(),
      log: silentLogger,
      accounting,
      lifespans: () => retention.lifespans(),
    },
    defaults,
  );
});

afterEach(async () => {
  await db.close();
  await fs.rm(dir, { recursive: true, force: true });
});

async function heldSince(agoMs: number): Promise<number> {
  return db.transaction((tx) =>
    jobs.insert(tx, {
      userId: null,
      requestingUserName: 'alice',
      name: 'report.pdf',
      source: 'ipp',
      format: 'application/pdf',
      size: 0,
      pages: 1,
      pagesSource: 'pdf',
      submittedColor: 'color',
      settings: DEFAULT_SETTINGS,
      state: 'held',
      spoolFile: null,
      submittedAt: NOW - agoMs,
    }),
  );
}

describe('retention set at run time', () => {
  it('starts from the environment and keeps what an administrator sets', async () => {
    expect(await retention.get()).toEqual({ unprintedJobsLifespanHours: 48, printAndKeepLifespanHours: 24 });
    expect(await retention.update({ printAndKeepLifespanHours: 2.5 })).toEqual({
      unprintedJobsLifespanHours: 48,
      printAndKeepLifespanHours: 2.5,
    });
    expect(await retention.lifespans()).toEqual({
      unprintedLifespanMs: 48 * HOUR,
      keptLifespanMs: 2.5 * HOUR,
    });
  });

  it('is read again by every sweep: a shorter lifespan expires jobs at the next one', async () => {
    const id = await heldSince(10 * HOUR);
    expect(await maintenance.expireJobs(NOW)).toBe(0);
    await retention.update({ unprintedJobsLifespanHours: 8 });
    expect(await maintenance.expireJobs(NOW)).toBe(1);
    expect((await jobs.get(id))?.state).toBe('expired');
  });
});
