import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dayBuckets } from '../../domain/dashboard';
import { DashboardService } from '../../services/dashboard';
import { AccountingStore } from './accounting-store';
import { DAYS_SQL, DashboardStore } from './dashboard-store';
import { Database } from './database';
import type { HistoryRow } from './history-sql';
import { migrate } from './migrate';

let dir: string;
let db: Database;
let history: AccountingStore;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'quire-dashboard-'));
  db = await Database.open(path.join(dir, 'q.db'));
  await migrate(db);
  history = new AccountingStore(db);
});

afterEach(async () => {
  await db.close();
  await fs.rm(dir, { recursive: true, force: true });
});

const NOW = new Date('2026-11-20T10:00:00Z');
const day = (n: number, hour = 12) => Date.UTC(2026, 10, n, hour);

function row(p: Partial<HistoryRow> & Pick<HistoryRow, 'at'>): HistoryRow {
  return {
    kind: 'printed',
    period: '2026-11',
    jobId: 1,
    jobName: 'report.pdf',
    source: 'ipp',
    userId: 1,
    userEmail: 'alice@example.com',
    userName: 'Alice Martin',
    department: null,
    costCenter: null,
    groups: [],
    printerName: 'eve',
    printerUri: 'ipp://eve/ipp/print',
    pages: 3,
    copies: 1,
    impressions: 3,
    sheets: 3,
    colorMode: 'color',
    sides: 'one-sided',
    costMicros: 600_000n,
    currency: 'EUR',
    estimated: false,
    ...p,
  };
}

async function seed(rows: HistoryRow[]): Promise<void> {
  await db.transaction(async (tx) => {
    for (const r of rows) await history.addHistory(tx, r);
  });
}

describe('the dashboard over a known history', () => {
  it('counts printed jobs of the period only, by day in the quota zone, with exact money and the tops', async () => {
    await seed([
      row({ at: day(20, 9) }),
      // 23:30 UTC on the 19th is the 20th in Paris.
      row({
        at: Date.UTC(2026, 10, 19, 23, 30),
        colorMode: 'monochrome',
        costMicros: 100_000n,
        impressions: 1,
        pages: 1,
        sheets: 1,
      }),
      row({
        at: day(18),
        userEmail: 'bob@example.com',
        userName: 'Bob',
        printerName: 'lab',
        impressions: 10,
        pages: 5,
        sheets: 5,
        colorMode: 'monochrome',
        costMicros: 1_000_000n,
      }),
      row({
        at: day(18),
        currency: 'CHF',
        costMicros: 333_333n,
        userEmail: null,
        userName: 'guest',
        printerName: null,
      }),
      // Not counted: deleted, or printed before the period.
      row({ at: day(19), kind: 'deleted', costMicros: 0n }),
      row({ at: day(10) }),
    ]);
    const service = new DashboardService({
      store: new DashboardStore(db),
      accounting: {
        config: async () => ({ policy: { timeZone: 'Europe/Paris' } }) as never,
      },
      now: () => NOW,
    });
    const d = await service.dashboard(3);
    expect(d.series.map((s) => [s.day, s.jobs, s.impressions, s.colorImpressions])).toEqual([
      ['2026-11-18', 2, 13, 3],
      ['2026-11-19', 0, 0, 0],
      ['2026-11-20', 2, 4, 3],
    ]);
    expect(d.totals).toEqual({
      jobs: 4,
      pages: 12,
      impressions: 17,
      colorImpressions: 6,
      sheets: 12,
      colorShare: 0.3529,
      cost: [
        { currency: 'CHF', amount: '0.333333' },
        { currency: 'EUR', amount: '1.7' },
      ],
    });
    expect(d.topUsers.map((u) => [u.key, u.name, u.impressions])).toEqual([
      ['bob@example.com', 'Bob', 10],
      ['alice@example.com', 'Alice Martin', 4],
      ['guest', 'guest', 3],
    ]);
    expect(d.topPrinters.map((p) => [p.key, p.impressions, p.jobs])).toEqual([
      ['lab', 10, 1],
      ['eve', 4, 2],
    ]);
  });

  it('reads each day from the time index, never the whole history', async () => {
    const buckets = dayBuckets(30, NOW, 'UTC');
    const plan = await db.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${DAYS_SQL}`, [
      JSON.stringify(buckets),
    ]);
    expect(plan.map((p) => p.detail).join('\n')).toMatch(
      /SEARCH h USING INDEX history_by_time \(at>\? AND at<\?\)/,
    );
  });
});
