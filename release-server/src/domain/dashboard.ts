import type { CurrencyAmount, Dashboard, DashboardDay, DashboardTop } from '@quire/protocol';
import { exactAmount, money } from './accounting/money';
import { dayStart } from './accounting/period';

/** One calendar day in the quota time zone: `[start, end)` in ms; 23 or 25 hours on a clock change. */
export interface DayBucket {
  day: string;
  start: number;
  end: number;
}

/** The calendar date of `at` in `timeZone`, YYYY-MM-DD. */
export function localDate(at: Date, timeZone: string): string {
  // en-CA writes dates as ISO 8601 does.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

function addDays(date: string, days: number): string {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/** The last `days` calendar days in `timeZone`, today included, oldest first. */
export function dayBuckets(days: number, now: Date, timeZone: string): DayBucket[] {
  const today = localDate(now, timeZone);
  return Array.from({ length: days }, (_, i) => {
    const day = addDays(today, i - days + 1);
    return {
      day,
      start: dayStart(day, timeZone).getTime(),
      end: dayStart(addDays(day, 1), timeZone).getTime(),
    };
  });
}

/** One row of the per-day query: printed jobs of one day in one currency. */
export interface DayFigures {
  day: string;
  currency: string;
  jobs: number;
  pages: number;
  impressions: number;
  colorImpressions: number;
  sheets: number;
  /** The sum of micro-units, as text: SQLite sums exactly, a JavaScript number might not. */
  costMicros: string;
}

type Figures = Pick<DashboardDay, 'jobs' | 'pages' | 'impressions' | 'colorImpressions' | 'sheets'>;
const zero = (): Figures => ({ jobs: 0, pages: 0, impressions: 0, colorImpressions: 0, sheets: 0 });

function add(into: Figures, r: Figures): void {
  into.jobs += r.jobs;
  into.pages += r.pages;
  into.impressions += r.impressions;
  into.colorImpressions += r.colorImpressions;
  into.sheets += r.sheets;
}

/** Exact amounts per currency, in currency order. */
function amounts(micros: ReadonlyMap<string, bigint>): CurrencyAmount[] {
  return [...micros.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, m]) => ({ currency, amount: exactAmount(money(m, currency)) }));
}

function addCost(into: Map<string, bigint>, currency: string, micros: string): void {
  into.set(currency, (into.get(currency) ?? 0n) + BigInt(micros));
}

/**
 * The dashboard from the grouped rows (at most days x currencies of them, never the history itself):
 * every day of `buckets` gets an entry, totals are the sum of the days, money is summed exactly per
 * currency, and the colour share is of impressions.
 */
export function assembleDashboard(
  buckets: readonly DayBucket[],
  rows: readonly DayFigures[],
  top: { users: DashboardTop[]; printers: DashboardTop[] },
  timeZone: string,
): Dashboard {
  const byDay = new Map(buckets.map((b) => [b.day, { figures: zero(), cost: new Map<string, bigint>() }]));
  const totals = zero();
  const totalCost = new Map<string, bigint>();
  for (const r of rows) {
    const day = byDay.get(r.day);
    if (!day) continue;
    add(day.figures, r);
    add(totals, r);
    addCost(day.cost, r.currency, r.costMicros);
    addCost(totalCost, r.currency, r.costMicros);
  }
  const share = totals.impressions > 0 ? totals.colorImpressions / totals.impressions : null;
  return {
    days: buckets.length,
    timeZone,
    from: new Date(buckets[0]?.start ?? 0).toISOString(),
    to: new Date(buckets.at(-1)?.end ?? 0).toISOString(),
    totals: {
      ...totals,
      colorShare: share === null ? null : Math.round(share * 10_000) / 10_000,
      cost: amounts(totalCost),
    },
    series: buckets.map((b) => {
      const d = byDay.get(b.day)!;
      return { day: b.day, ...d.figures, cost: amounts(d.cost) };
    }),
    topUsers: top.users,
    topPrinters: top.printers,
  };
}
