import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_SETTINGS, HISTORY_KINDS } from '@quire/protocol';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { AccountingStore } from './accounting-store';
import { Database } from './database';
import type { HistoryRow } from './history-sql';
import { JobStore } from './job-store';
import { migrate } from './migrate';

let dir: string;
let db: Database;
let store: AccountingStore;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'quire-history-'));
  db = await Database.open(path.join(dir, 'q.db'));
  await migrate(db);
  store = new AccountingStore(db);
});

afterEach(async () => {
  await db.close();
  await fs.rm(dir, { recursive: true, force: true });
});

const entry = (n: number, at: number): HistoryRow => ({
  kind: n % 3 === 0 ? 'expired' : 'printed',
  at,
  period: '2026-11',
  jobId: n,
  jobName: `job ${n}`,
  source: 'ipp',
  userId: null,
  userEmail: 'alice@example.com',
  userName: 'Alice',
  department: null,
  costCenter: null,
  groups: [],
  printerName: 'p1',
  printerUri: null,
  pages: 1,
  copies: 1,
  impressions: 1,
  sheets: 1,
  colorMode: 'monochrome',
  sides: 'one-sided',
  costMicros: 100_000n,
  currency: 'EUR',
  estimated: false,
});

it('pages through the whole history, newest first, every row once, even where rows share a time', async () => {
  const base = Date.UTC(2026, 10, 1);
  // 53 rows over 11 distinct times: ties fall across page boundaries.
  await db.transaction(async (tx) => {
    for (let n = 0; n < 53; n++) await store.addHistory(tx, entry(n, base + Math.floor(n / 5) * 1000));
  });
  const range = { from: base + 1000, to: base + 10_000 }; // leaves out the first five and the last three
  const oneGo = await store.history({ ...range, kinds: HISTORY_KINDS, limit: 1000, offset: 0 });
  const paged: HistoryRow[] = [];
  const sizes: number[] = [];
  for await (const page of store.historyPages({ ...range, kinds: HISTORY_KINDS }, 7)) {
    sizes.push(page.length);
    paged.push(...page);
  }
  expect(oneGo).toHaveLength(45);
  expect(paged.map((r) => r.jobId)).toEqual(oneGo.map((r) => r.jobId));
  expect(sizes).toEqual([7, 7, 7, 7, 7, 7, 3]);
  const printedOnly: HistoryRow[] = [];
  for await (const page of store.historyPages({ ...range, kinds: ['printed'] }, 4)) printedOnly.push(...page);
  expect(printedOnly.map((r) => r.jobId)).toEqual(
    oneGo.filter((r) => r.kind === 'printed').map((r) => r.jobId),
  );
});

it('leaves one charge out of a person’s usage when asked, and replaces an estimate by what was printed', async () => {
  const jobs = new JobStore(db);
  const ids = await db.transaction(async (tx) => {
    const { lastId: userId } = await tx.run(
      "INSERT INTO users (email, shortname, created_at, updated_at) VALUES ('alice@example.com', 'alice', 0, 0)",
    );
    const job = (name: string) =>
      jobs.insert(tx, {
        userId,
        requestingUserName: 'alice',
        claimedUserName: null,
        name,
        source: 'ipp',
        submittedAt: 0,
        state: 'releasing',
        settings: DEFAULT_SETTINGS,
        submittedColor: 'monochrome',
        spoolFile: null,
        format: 'application/postscript',
        size: 10,
        pages: null,
        pagesSource: 'unknown',
      });
    const [a, b] = [await job('a'), await job('b')];
    for (const [jobId, estimated] of [
      [a, false],
      [b, true],
    ] as const) {
      await store.reserve(tx, {
        releaseId: `r-${jobId}`,
        jobId,
        userId,
        period: '2026-11',
        colorMode: 'monochrome',
        chargedImpressions: 1,
        costMicros: 100_000n,
        currency: 'EUR',
        estimated,
      });
    }
    return { userId, a, b };
  });
  const usage = (excluding: { releaseId: string; jobId: number } | null) =>
    db.transaction((tx) => store.usage(tx, ids.userId, '2026-11', 'EUR', excluding));
  expect((await usage(null)).mono.impressions).toBe(2);
  expect((await usage({ releaseId: `r-${ids.b}`, jobId: ids.b })).mono.impressions).toBe(1);

  await db.transaction(async (tx) => {
    for (const jobId of [ids.a, ids.b]) {
      await store.replaceEstimate(tx, `r-${jobId}`, jobId, {
        chargedImpressions: 6,
        costMicros: 600_000n,
        currency: 'EUR',
      });
    }
  });
  const [a, b] = await Promise.all([
    store.charge(db, `r-${ids.a}`, ids.a),
    store.charge(db, `r-${ids.b}`, ids.b),
  ]);
  // Only the estimate is replaced: a charge from a counted document is what it is.
  expect(a).toMatchObject({ chargedImpressions: 1, costMicros: 100_000n, estimated: false });
  expect(b).toMatchObject({ chargedImpressions: 6, costMicros: 600_000n, estimated: false });
});
