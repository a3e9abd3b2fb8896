import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_SETTINGS } from '@quire/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../adapters/crypto/password';
import { Database } from '../adapters/sqlite/database';
import { DirectoryStore } from '../adapters/sqlite/directory-store';
import { JobStore } from '../adapters/sqlite/job-store';
import { migrate } from '../adapters/sqlite/migrate';
import { UserStore } from '../adapters/sqlite/user-store';
import { TEMPORARY_BADGE_TTL_MS } from '../domain/badge-import';
import { USER_HEADER } from '../domain/user-fields';
import { silentLogger } from '../log';
import { ImportService } from './imports';

const NOW = 1_700_000_000_000;
const USERS = `${USER_HEADER.join(',')}\n`;
const BADGES = 'BADGE,OPERATION,EMAIL,TEMPORARY\n';
const APPLY = { mode: 'all-or-nothing', dryRun: false } as const;

let dir: string;
let db: Database;
let jobs: JobStore;
let users: UserStore;
let hash: (password: string) => Promise<string>;
let service: ImportService;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'quire-imports-'));
  db = await Database.open(path.join(dir, 'quire.db'));
  await migrate(db);
  jobs = new JobStore(db);
  users = new UserStore(db);
  hash = async (p) => `hashed:${p.length}`;
  const directory = new DirectoryStore(jobs);
  service = new ImportService({ db, directory, log: silentLogger, hash: (p) => hash(p), now: () => NOW });
});

afterEach(async () => {
  await db.close();
  await fs.rm(dir, { recursive: true, force: true });
});

const holdJob = (requestingUserName: string) =>
  db.transaction((tx) =>
    jobs.insert(tx, {
      userId: null,
      requestingUserName,
      name: 'report.pdf',
      source: 'ipp',
      format: 'application/pdf',
      size: 1,
      pages: 1,
      pagesSource: 'pdf',
      submittedColor: 'color',
      settings: DEFAULT_SETTINGS,
      state: 'held',
      spoolFile: null,
      submittedAt: NOW,
    }),
  );
const userRow = (email: string) =>
  db.get<Record<string, unknown>>('SELECT * FROM users WHERE email = ?', [email]);
const groupsOf = async (email: string) =>
  (
    await db.all<{ name: string }>(
      'SELECT g.name FROM groups g JOIN user_groups ug ON ug.group_id = g.id JOIN users u ON u.id = ug.user_id WHERE u.email = ? ORDER BY g.name',
      [email],
    )
  ).map((g) => g.name);

describe('ImportService with SQLite', () => {
  it('creates users with groups and a real scrypt password hash', async () => {
    hash = hashPassword;
    const report = await service.importUsers(
      `${USERS}cat@x.org,CREATE,s3cret,Cat,Stevens,,cats,"Staff, R&D",,CC-1,Lab\n`,
      APPLY,
    );
    expect(report).toEqual({
      applied: true,
      dryRun: false,
      created: ['cat@x.org'],
      updated: [],
      deleted: [],
      errors: [],
    });
    const row = await userRow('cat@x.org');
    expect(row).toMatchObject({
      first_name: 'Cat',
      shortname: 'cats',
      cost_center: 'CC-1',
      department: 'Lab',
    });
    expect(await verifyPassword('s3cret', String(row?.password_hash))).toBe(true);
    expect(await groupsOf('cat@x.org')).toEqual(['R_D', 'Staff']);
  });

  it('gives a new or renamed user the jobs held under their names before', async () => {
    const early = await holdJob('CATS');
    const byEmail = await holdJob('Bob@x.org');
    const other = await holdJob('nobody');
    await service.importUsers(`${USERS}cat@x.org,CREATE,,,,,cats,,,,\n`, APPLY);
    const bobby = await holdJob('bobby');
    await service.importUsers(`${USERS}bob@x.org,CREATE,,,,,,,,,\n`, APPLY);
    await service.importUsers(`${USERS}bob@x.org,UPDATE,,,,,bobby,,,,\n`, APPLY);
    const cat = await users.findByName('cat@x.org');
    const bob = await users.findByName('bob@x.org');
    expect((await jobs.get(early))?.userId).toBe(cat?.id);
    expect((await jobs.get(byEmail))?.userId).toBe(bob?.id);
    expect((await jobs.get(bobby))?.userId).toBe(bob?.id);
    expect((await jobs.get(other))?.userId).toBeNull();
  });

  it('applies nothing when a line is bad (all-or-nothing), the good lines in apply-valid mode', async () => {
    const csv = `${USERS}cat@x.org,CREATE,,,,,,,,,\nnot-an-email,CREATE,,,,,,,,,\ndan@x.org,CREATE,,,,,,,,,\n`;
    const rejected = await service.importUsers(csv, APPLY);
    expect(rejected).toMatchObject({ applied: false, created: ['cat@x.org', 'dan@x.org'] });
    expect(rejected.errors).toEqual([{ line: 3, reason: 'EMAIL "not-an-email" is not an email address' }]);
    expect(await userRow('cat@x.org')).toBeUndefined();
    expect(await service.importUsers(csv, { mode: 'apply-valid', dryRun: true })).toMatchObject({
      applied: false,
    });
    expect(await userRow('cat@x.org')).toBeUndefined();
    expect(await service.importUsers(csv, { mode: 'apply-valid', dryRun: false })).toMatchObject({
      applied: true,
    });
    expect(await userRow('dan@x.org')).toBeDefined();
  });

  it('updates, clears and replaces groups, and deletes users with their badges but not their jobs', async () => {
    await service.importUsers(`${USERS}cat@x.org,CREATE,pw,Cat,S,,cats,"a,b",,,Lab\n`, APPLY);
    await service.importBadges(`${BADGES}C1,CREATE,cat@x.org,\n`, APPLY);
    const job = await holdJob('cats');
    const update = `${USERS}cat@x.org,UPDATE,,[delete],,Kitty,,c,,,[delete]\n`;
    expect(await service.importUsers(update, APPLY)).toMatchObject({ applied: true, updated: ['cat@x.org'] });
    expect(await userRow('cat@x.org')).toMatchObject({
      first_name: null,
      last_name: 'S',
      display_name: 'Kitty',
      department: null,
      password_hash: 'hashed:2',
    });
    expect(await groupsOf('cat@x.org')).toEqual(['c']);
    await service.importUsers(`${USERS}cat@x.org,DELETE,,,,,,,,,\n`, APPLY);
    expect(await userRow('cat@x.org')).toBeUndefined();
    expect(await db.all('SELECT * FROM badges')).toEqual([]);
    expect(await jobs.get(job)).toMatchObject({ userId: null, state: 'held' });
  });

  it('plans again inside the transaction when the directory changed while hashing', async () => {
    hash = async () => {
      await db.transaction((tx) =>
        tx.run("INSERT INTO users (email, created_at, updated_at) VALUES ('cat@x.org', 0, 0)"),
      );
      return 'h';
    };
    const report = await service.importUsers(`${USERS}cat@x.org,CREATE,pw,,,,,,,,\n`, APPLY);
    expect(report).toMatchObject({
      applied: false,
      errors: [{ line: 2, reason: 'cat@x.org already exists; use UPDATE' }],
    });
  });

  it('replaces a permanent badge, and gives temporary badges an expiry 24 h ahead', async () => {
    await service.importUsers(`${USERS}ann@x.org,CREATE,,,,,,,,,\n`, APPLY);
    await service.importBadges(`${BADGES}OLD,CREATE,ann@x.org,\n`, APPLY);
    const report = await service.importBadges(
      `${BADGES}NEW,CREATE,ann@x.org,false\nTMP,CREATE,ann@x.org,true\n`,
      APPLY,
    );
    expect(report).toMatchObject({ applied: true, created: ['NEW', 'TMP'], deleted: ['OLD'] });
    expect(await db.all('SELECT value, temporary, expires_at FROM badges ORDER BY value')).toEqual([
      { value: 'NEW', temporary: 0, expires_at: null },
      { value: 'TMP', temporary: 1, expires_at: NOW + TEMPORARY_BADGE_TTL_MS },
    ]);
    expect((await users.findByBadge('NEW'))?.email).toBe('ann@x.org');
    expect(await users.findByBadge('OLD')).toBeUndefined();
  });
});
