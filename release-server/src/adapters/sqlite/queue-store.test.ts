import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { Database } from './database';
import { migrate } from './migrate';
import { QueueStore } from './queue-store';

let dir: string;
let db: Database;
let queue: QueueStore;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'quire-queue-'));
  db = await Database.open(path.join(dir, 'q.db'));
  await migrate(db);
  queue = new QueueStore(db);
  await db.transaction(async (tx) => {
    await tx.run("INSERT INTO users (id, email, created_at, updated_at) VALUES (1, 'alice@x.org', 0, 0)");
    for (const [id, name] of [
      [1, 'a'],
      [2, 'b'],
    ] as const) {
      await tx.run(
        "INSERT INTO printers (id, name, uri, capabilities, added_at, updated_at) VALUES (?, ?, 'ipp://x', '{}', 0, 0)",
        [id, name],
      );
    }
    // Jobs 1-3 are alice's, 4 was sent by someone nobody knows yet.
    for (const [id, user, key, state] of [
      [1, 1, 'alice', 'held'],
      [2, 1, 'alice', 'printed'],
      [3, 1, 'alice', 'kept'],
      [4, null, 'stranger', 'held'],
    ] as const) {
      await tx.run(
        `INSERT INTO jobs (id, user_id, requesting_user_name, owner_key, name, source, format, pages_source,
           submitted_color, settings, state, submitted_at, updated_at)
         VALUES (?, ?, ?, ?, 'j', 'ipp', 'application/pdf', 'pdf', 'color', '{}', ?, 0, 0)`,
        [id, user, key, key, state],
      );
    }
    // Job 2 went to a, then to b; job 3 to b, then to a (in the same millisecond: the later row wins).
    for (const [release, job, printer, at] of [
      ['r1', 2, 1, 10],
      ['r2', 2, 2, 20],
      ['r3', 3, 2, 30],
      ['r4', 3, 1, 30],
    ] as const) {
      await tx.run(
        `INSERT INTO releases (release_id, job_id, printer_id, printer_name, keep, state, created_at, updated_at)
         VALUES (?1, ?2, ?3, (SELECT name FROM printers WHERE id = ?3), 0, 'printed', ?4, ?5)`,
        [release, job, printer, at, at],
      );
    }
  });
});

afterEach(async () => {
  await db.close();
  await fs.rm(dir, { recursive: true, force: true });
});

const page = (f: Partial<Parameters<QueueStore['page']>[0]>) => queue.page({ limit: 100, offset: 0, ...f });

it.each([
  ['everything, newest first', {}, [4, 3, 2, 1], 4],
  ["a user's jobs", { owner: { userId: 1 } }, [3, 2, 1], 3],
  ['jobs of a name nobody has yet', { owner: { ownerKey: 'STRANGER' } }, [4], 1],
  ['by state', { state: 'held' as const }, [4, 1], 2],
  ['by the printer of the latest release', { printerId: 1 }, [3], 1],
  ['by the other printer', { printerId: 2 }, [2], 1],
  ['filters together', { printerId: 2, state: 'held' as const }, [], 0],
  ['a page, with the total of all pages', { limit: 2, offset: 1 }, [3, 2], 4],
])('%s', async (_name, filter, ids, total) => {
  expect(await page(filter)).toEqual({ ids, total });
});

it("finds a printer's jobs from its releases, not from every job", async () => {
  const plan = await db.all<{ detail: string }>(
    'EXPLAIN QUERY PLAN SELECT job_id FROM releases WHERE printer_id = 1',
  );
  expect(plan.map((p) => p.detail).join('\n')).toContain('releases_by_printer');
});
