import type { Strings } from './i18n';

/** How long ago, in a few words: "just now", "12 s ago", "5 min ago", "3 h ago", "2 days ago". */
export function formatAge(ms: number, t: Strings): string {
  const s = Math.floor(Math.max(0, ms) / 1000);
  if (s < 5) return t.ago.justNow;
  if (s < 60) return t.ago.seconds(s);
  if (s < 3600) return t.ago.minutes(Math.floor(s / 60));
  if (s < 86_400) return t.ago.hours(Math.floor(s / 3600));
  return t.ago.days(Math.floor(s / 86_400));
}

/**
 * A moment in local time: the time of day to the second when it is today (polls are seconds apart),
 * else the date and the time. Empty for something that is not a date.
 */
export function formatTime(iso: string, t: Strings, now: number): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  const today = new Date(now).toDateString() === at.toDateString();
  return new Intl.DateTimeFormat(
    t.locale,
    today
      ? { hour: '2-digit', minute: '2-digit', second: '2-digit' }
      : { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' },
  ).format(at);
}

/** "10:32:05 (12 s ago)", or "never" for no time at all. */
export function formatWhen(iso: string | null, t: Strings, now: number): string {
  if (iso === null) return t.fleet.never;
  const time = formatTime(iso, t, now);
  return time === '' ? t.fleet.never : t.when(time, formatAge(now - Date.parse(iso), t));
}

/** A chart's time tick: the time of day, or the day and month. */
export function formatTick(ms: number, kind: 'time' | 'date', t: Strings): string {
  return new Intl.DateTimeFormat(
    t.locale,
    kind === 'time' ? { hour: '2-digit', minute: '2-digit' } : { day: 'numeric', month: 'short' },
  ).format(new Date(ms));
}

/** Whole numbers with the language's digit grouping: 48,211 or 48 211. */
export const formatNumber = (n: number, t: Strings): string => new Intl.NumberFormat(t.locale).format(n);
