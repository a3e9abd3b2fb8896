import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { HISTORY_KINDS } from '@quire/protocol';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { AccountingStore, type HistoryRow } from './accounting-store';
import { Database } from './database';
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
