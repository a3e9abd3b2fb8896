/**
 * Quotas reset monthly (PRODUCT.md §7) at midnight on the 1st in the company's time zone. A period is
 * named by its month, 'YYYY-MM'. The zone is an IANA name (`Europe/Paris`), not a UTC offset: an offset
 * would move the reset by an hour for half the year wherever clocks change. `Etc/GMT-1` names a fixed
 * offset when one is really wanted (note the POSIX sign: GMT-1 is UTC+1).
 */
export type PeriodKey = string;

const KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock time at `at` in `timeZone`; a name the runtime does not know throws a RangeError. */
function wallClock(at: Date, timeZone: string): Wall {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(at);
  const get = (type: keyof Wall) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

/** The period `at` falls in: '2026-11' for any instant of November 2026 in `timeZone`. */
export function periodKey(at: Date, timeZone: string): PeriodKey {
  const { year, month } = wallClock(at, timeZone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

function parseKey(key: PeriodKey): { year: number; month: number } {
  const m = KEY.exec(key);
  if (!m) throw new RangeError(`not a period: "${key}" (want YYYY-MM)`);
  return { year: Number(m[1]), month: Number(m[2]) };
}

/** 1 for January .. 12 for December; picks the limits of a quota defined per month. */
export const periodMonth = (key: PeriodKey): number => parseKey(key).month;

export function nextPeriod(key: PeriodKey): PeriodKey {
  const { year, month } = parseKey(key);
  return month === 12
    ? `${String(year + 1).padStart(4, '0')}-01`
    : `${year}-${String(month + 1).padStart(2, '0')}`;
}

/** Milliseconds `timeZone` is ahead of UTC at `at`. */
function offsetAt(at: number, timeZone: string): number {
  const w = wallClock(new Date(at), timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - (at - (((at % 1000) + 1000) % 1000));
}

/** The instant of midnight starting `year`-`month`-`day` (month 1-12) in `timeZone`. */
function localMidnight(year: number, month: number, day: number, timeZone: string): Date {
  const midnightUtc = Date.UTC(year, month - 1, day);
  // The offset at midnight UTC may differ from the offset at local midnight (a clock change in between),
  // so correct once with the offset found at the first guess.
  const guess = midnightUtc - offsetAt(midnightUtc, timeZone);
  return new Date(midnightUtc - offsetAt(guess, timeZone));
}

/** The first instant of the period: midnight on the 1st in `timeZone`. */
export function periodStart(key: PeriodKey, timeZone: string): Date {
  const { year, month } = parseKey(key);
  return localMidnight(year, month, 1, timeZone);
}

/** The first instant of a calendar day 'YYYY-MM-DD' in `timeZone` (for report ranges). */
export function dayStart(date: string, timeZone: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [Number.NaN, 0, 0];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (
    !m ||
    probe.getUTCFullYear() !== year ||
    probe.getUTCMonth() !== month - 1 ||
    probe.getUTCDate() !== day
  ) {
    throw new RangeError(`not a date: "${date}" (want YYYY-MM-DD)`);
  }
  return localMidnight(year, month, day, timeZone);
}

/** The instants of a period, `end` excluded: what to sum a person's charges over. */
export function periodBounds(key: PeriodKey, timeZone: string): { start: Date; end: Date } {
  return { start: periodStart(key, timeZone), end: periodStart(nextPeriod(key), timeZone) };
}
