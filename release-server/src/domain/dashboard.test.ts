import { describe, expect, it } from 'vitest';
import { assembleDashboard, type DayFigures, dayBuckets, localDate } from './dashboard';

describe('dayBuckets: the last days in the quota time zone', () => {
  it('ends with today and starts each day at local midnight', () => {
    const days = dayBuckets(3, new Date('2026-11-15T23:30:00Z'), 'Europe/Paris');
    // 23:30 UTC is already the 16th in Paris (UTC+1 in November).
    expect(days.map((d) => d.day)).toEqual(['2026-11-14', '2026-11-15', '2026-11-16']);
    expect(new Date(days[0]!.start).toISOString()).toBe('2026-11-13T23:00:00.000Z');
    expect(new Date(days[2]!.end).toISOString()).toBe('2026-11-16T23:00:00.000Z');
    expect(days.slice(1).map((d) => d.start)).toEqual(days.slice(0, -1).map((d) => d.end));
  });

  it.each([
    ['spring forward: 23 hours', '2026-03-30T12:00:00Z', '2026-03-29', 23],
    ['fall back: 25 hours', '2026-10-26T12:00:00Z', '2026-10-25', 25],
  ])('a day with a clock change lasts as long as it does (%s)', (_name, now, day, hours) => {
    const found = dayBuckets(2, new Date(now), 'Europe/Paris').find((d) => d.day === day)!;
    expect((found.end - found.start) / 3600_000).toBe(hours);
  });

  it('reads the local date', () => {
    expect(localDate(new Date('2026-12-31T11:00:00Z'), 'Pacific/Auckland')).toBe('2027-01-01');
    expect(localDate(new Date('2026-12-31T11:00:00Z'), 'UTC')).toBe('2026-12-31');
  });
});

describe('assembleDashboard', () => {
  const buckets = dayBuckets(3, new Date('2026-11-03T12:00:00Z'), 'UTC');
  const row = (
    day: string,
    currency: string,
    impressions: number,
    color: number,
    micros: string,
  ): DayFigures => ({
    day,
    currency,
    jobs: 1,
    pages: impressions,
    impressions,
    colorImpressions: color,
    sheets: impressions,
    costMicros: micros,
  });

  it('fills every day, sums money exactly per currency, and gives the colour share of impressions', () => {
    const d = assembleDashboard(
      buckets,
      [
        row('2026-11-01', 'EUR', 3, 3, '600000'),
        row('2026-11-03', 'EUR', 1, 0, '100000'),
        row('2026-11-03', 'CHF', 2, 0, '9007199254740993'),
      ],
      { users: [], printers: [] },
      'UTC',
    );
    expect(d.series.map((s) => [s.day, s.impressions, s.cost])).toEqual([
      ['2026-11-01', 3, [{ currency: 'EUR', amount: '0.6' }]],
      ['2026-11-02', 0, []],
      [
        '2026-11-03',
        3,
        [
          { currency: 'CHF', amount: '9007199254.740993' },
          { currency: 'EUR', amount: '0.1' },
        ],
      ],
    ]);
    expect(d.totals).toEqual({
      jobs: 3,
      pages: 6,
      impressions: 6,
      colorImpressions: 3,
      sheets: 6,
      colorShare: 0.5,
      cost: [
        { currency: 'CHF', amount: '9007199254.740993' },
        { currency: 'EUR', amount: '0.7' },
      ],
    });
    expect(d.from).toBe('2026-11-01T00:00:00.000Z');
    expect(d.to).toBe('2026-11-04T00:00:00.000Z');
  });

  it('has no colour share when nothing printed', () => {
    expect(assembleDashboard(buckets, [], { users: [], printers: [] }, 'UTC').totals.colorShare).toBeNull();
  });
});
