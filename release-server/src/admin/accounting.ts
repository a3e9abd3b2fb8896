import {
  AppError,
  HISTORY_KINDS,
  type HistoryEntry,
  priceListSchema,
  quotaAssignmentsSchema,
  quotaDefinitionsSchema,
  quotaPolicySchema,
  REPORT_DIMENSIONS,
  type ReportRow,
} from '@quire/protocol';
import type { Context, Hono } from 'hono';
import type * as z from 'zod/mini';
import type { AccountingStore } from '../adapters/sqlite/accounting-store';
import type { Database } from '../adapters/sqlite/database';
import type { HistoryKind, HistoryRow, ReportDimension } from '../adapters/sqlite/history-sql';
import { exactAmount, money } from '../domain/accounting/money';
import { dayStart } from '../domain/accounting/period';
import type { CsvCell } from '../domain/csv-write';
import type { AccountingService } from '../services/accounting';
import { jsonBody, parseBody } from './body';
import { csvDownload, mapPages, onePage } from './csv-download';

export interface AccountingAdminDeps {
  db: Database;
  accounting: AccountingService;
  accountingStore: AccountingStore;
}

const PARTS = {
  prices: priceListSchema,
  'quota-definitions': quotaDefinitionsSchema,
  'quota-assignments': quotaAssignmentsSchema,
  'quota-policy': quotaPolicySchema,
} as const;
const PART_KEY = {
  prices: 'prices',
  'quota-definitions': 'definitions',
  'quota-assignments': 'assignments',
  'quota-policy': 'policy',
} as const;

const HISTORY_HEADER = [
  'at',
  'kind',
  'user_email',
  'user',
  'department',
  'cost_center',
  'groups',
  'printer',
  'printer_uri',
  'job',
  'source',
  'pages',
  'impressions',
  'sheets',
  'color_mode',
  'sides',
  'copies',
  'cost',
  'currency',
  'estimated',
];

/**
 * Prices, quotas and the accounting history (issue 3): `GET|PUT /prices`, `/quota-definitions`,
 * `/quota-assignments`, `/quota-policy`; `GET /history?from=&to=&kind=` (JSON, or CSV with
 * `Accept: text/csv`); `GET /reports/:dimension?from=&to=`. Dates are days (YYYY-MM-DD) in the quota
 * time zone; `to` is included.
 */
export function mountAccounting(app: Hono, d: AccountingAdminDeps): void {
  for (const part of Object.keys(PARTS) as (keyof typeof PARTS)[]) {
    app.get(`/${part}`, async (c) => c.json((await d.accounting.config())[PART_KEY[part]]));
    app.put(`/${part}`, async (c) => {
      const value: unknown = parseBody(PARTS[part] as z.ZodMiniType<unknown>, await jsonBody(c.req));
      if (part === 'quota-assignments' || part === 'quota-definitions') await checkNames(d, part, value);
      await d.db.transaction((tx) => d.accounting.update(tx, PART_KEY[part], value));
      return c.json((await d.accounting.config())[PART_KEY[part]]);
    });
  }

  app.get('/history', async (c) => {
    const range = await rangeOf(c, d);
    const kind = c.req.query('kind');
    if (kind !== undefined && !(HISTORY_KINDS as readonly string[]).includes(kind)) {
      throw new AppError('bad-request', `kind must be one of ${HISTORY_KINDS.join(', ')}.`);
    }
    const kinds = kind ? [kind as HistoryKind] : HISTORY_KINDS;
    const paged = c.req.query('limit') !== undefined || c.req.query('offset') !== undefined;
    if (wantsCsv(c) && !paged) {
      // The export an accountant downloads: every row of the range, streamed.
      const pages = d.accountingStore.historyPages({ ...range, kinds });
      return csvDownload(c, 'quire-history.csv', HISTORY_HEADER, mapPages(pages, historyCells));
    }
    const limit = Math.min(Math.max(Number(c.req.query('limit') ?? 10_000) || 10_000, 1), 100_000);
    const offset = Math.max(Number(c.req.query('offset') ?? 0) || 0, 0);
    const rows = await d.accountingStore.history({ ...range, kinds, limit, offset });
    if (wantsCsv(c))
      return csvDownload(c, 'quire-history.csv', HISTORY_HEADER, onePage(rows.map(historyCells)));
    return c.json(rows.map(historyEntry));
  });

  app.get('/reports/:dimension', async (c) => {
    const dimension = c.req.param('dimension');
    if (!(REPORT_DIMENSIONS as readonly string[]).includes(dimension)) {
      throw new AppError(
        'not-found',
        `There is no report by ${dimension}; try ${REPORT_DIMENSIONS.join(', ')}.`,
      );
    }
    const range = await rangeOf(c, d);
    const rows: ReportRow[] = (
      await d.accountingStore.report(dimension as ReportDimension, range.from, range.to)
    ).map((r) => ({
      key: r.key,
      jobs: r.jobs,
      pages: r.pages,
      impressions: r.impressions,
      sheets: r.sheets,
      colorImpressions: r.color_impressions,
      cost: exactAmount(money(BigInt(r.cost_micros), r.currency)),
      currency: r.currency,
    }));
    if (!wantsCsv(c)) return c.json(rows);
    const header = [
      dimension,
      'jobs',
      'pages',
      'impressions',
      'sheets',
      'color_impressions',
      'cost',
      'currency',
    ];
    const cells = rows.map((r) => [
      r.key,
      r.jobs,
      r.pages,
      r.impressions,
      r.sheets,
      r.colorImpressions,
      r.cost,
      r.currency,
    ]);
    return csvDownload(c, `quire-report-${dimension}.csv`, header, onePage(cells));
  });
}

/** Every quota an assignment names must exist, or a user would print without the limit meant for them. */
async function checkNames(d: AccountingAdminDeps, part: string, value: unknown): Promise<void> {
  const config = await d.accounting.config();
  const definitions =
    part === 'quota-definitions' ? (value as typeof config.definitions) : config.definitions;
  const assignments =
    part === 'quota-assignments' ? (value as typeof config.assignments) : config.assignments;
  const names = new Set(definitions.map((q) => q.name));
  const missing = assignments.find((a) => !names.has(a.quota));
  if (missing) {
    throw new AppError('bad-request', `quota "${missing.quota}" is assigned but not defined.`);
  }
}

/** `from` and `to` are whole days (YYYY-MM-DD) in the quota time zone, both included; either may be left out. */
async function rangeOf(c: Context, d: AccountingAdminDeps): Promise<{ from: number; to: number }> {
  const { timeZone } = (await d.accounting.config()).policy;
  const start = (name: 'from' | 'to', shift: number): number | null => {
    const value = c.req.query(name);
    if (value === undefined) return null;
    try {
      dayStart(value, timeZone); // checks it is a real date
      return dayStart(addDays(value, shift), timeZone).getTime();
    } catch {
      throw new AppError('bad-request', `${name} must be a date YYYY-MM-DD, not "${value.slice(0, 20)}".`);
    }
  };
  const from = start('from', 0) ?? 0;
  // The end of the `to` day is the start of the next one, found in the zone (a day may last 23 or 25 h).
  const to = start('to', 1) ?? Number.MAX_SAFE_INTEGER;
  if (to <= from) throw new AppError('bad-request', '`to` must not be before `from`.');
  return { from, to };
}

function addDays(date: string, days: number): string {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

const wantsCsv = (c: Context): boolean => (c.req.header('accept') ?? '').includes('text/csv');

const amount = (r: HistoryRow): string => exactAmount(money(r.costMicros, r.currency));

function historyEntry(r: HistoryRow): HistoryEntry {
  return {
    kind: r.kind,
    at: new Date(r.at).toISOString(),
    period: r.period,
    jobId: r.jobId,
    jobName: r.jobName,
    source: r.source,
    user: { email: r.userEmail, name: r.userName },
    department: r.department,
    costCenter: r.costCenter,
    groups: r.groups,
    printer: r.printerName ? { name: r.printerName, uri: r.printerUri } : null,
    pages: r.pages,
    copies: r.copies,
    impressions: r.impressions,
    sheets: r.sheets,
    colorMode: r.colorMode,
    sides: r.sides,
    cost: amount(r),
    currency: r.currency,
    estimated: r.estimated,
  };
}

function historyCells(r: HistoryRow): CsvCell[] {
  return [
    new Date(r.at).toISOString(),
    r.kind,
    r.userEmail,
    r.userName,
    r.department,
    r.costCenter,
    r.groups.join(', '),
    r.printerName,
    r.printerUri,
    r.jobName,
    r.source,
    r.pages,
    r.impressions,
    r.sheets,
    r.colorMode,
    r.sides,
    r.copies,
    amount(r),
    r.currency,
    r.estimated,
  ];
}
