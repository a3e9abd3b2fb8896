import type { CurrencyAmount, DashboardDay } from '@quire/protocol';

/** The periods offered as links; the address may name any the API takes (1 to 366 days). */
export const DAY_CHOICES = [7, 30, 90] as const;
export const DEFAULT_DAYS = 30;
const MAX_DAYS = 366;

/** `?days=` from the address: a whole number the API takes, else the 30 days of issue 5. */
export function daysParam(text: string | undefined): number {
  if (text === undefined || !/^\d{1,3}$/.test(text)) return DEFAULT_DAYS;
  const n = Number(text);
  return n >= 1 && n <= MAX_DAYS ? n : DEFAULT_DAYS;
}

/** 0.1234 → 12.3: the colour share as a percentage with one decimal. */
export const sharePercent = (share: number): number => Math.round(share * 1000) / 10;

/**
 * A day of the series (YYYY-MM-DD, already a date in the quota time zone) in the page's language,
 * read as that calendar date wherever the browser is: "3 Jun" (`short`) or "3 June 2025" (`long`).
 */
export function formatDay(day: string, locale: string, style: 'short' | 'long'): string {
  const at = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(at.getTime())) return day;
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    day: 'numeric',
    month: style,
    ...(style === 'long' && { year: 'numeric' }),
  }).format(at);
}

/** The exact amount of one currency in a list of amounts; "0" when it has none. */
export const amountIn = (cost: readonly CurrencyAmount[], currency: string): string =>
  cost.find((c) => c.currency === currency)?.amount ?? '0';

/** Each day's cost in one currency as a number, to draw (the table shows the exact amounts). */
export const costByDay = (series: readonly DashboardDay[], currency: string): number[] =>
  series.map((d) => Number(amountIn(d.cost, currency)));

/** Lengths of bars in % of the largest value (the first of a top list); 0 for nothing. */
export function barLengths(values: readonly number[]): number[] {
  const max = Math.max(0, ...values);
  return values.map((v) => (max > 0 ? Math.round((v / max) * 1000) / 10 : 0));
}

/** The day with the highest value (the latest of equal ones), or null when every day is zero. */
export function peak(values: readonly number[]): { index: number; value: number } | null {
  let best: { index: number; value: number } | null = null;
  values.forEach((value, index) => {
    if (value > 0 && (best === null || value >= best.value)) best = { index, value };
  });
  return best;
}
