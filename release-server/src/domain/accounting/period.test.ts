import { describe, expect, it } from 'vitest';
import { dayStart, nextPeriod, periodBounds, periodKey, periodMonth, periodStart } from './period';

describe('periodKey: the month an instant falls in, in the company time zone', () => {
  it.each([
    ['mid-month', '2026-11-15T12:00:00Z', 'UTC', '2026-11'],
    ['last second of a month, UTC', '2026-11-30T23:59:59.999Z', 'UTC', '2026-11'],
    ['first instant of a month, UTC', '2026-12-01T00:00:00Z', 'UTC', '2026-12'],
    ['Paris, 23:59:59 on 31 Oct (CET, UTC+1)', '2026-10-31T22:59:59Z', 'Europe/Paris', '2026-10'],
    ['Paris, 00:00 on 1 Nov is still 31 Oct in UTC', '2026-10-31T23:00:00Z', 'Europe/Paris', '2026-11'],
    ['Paris in summer (CEST, UTC+2)', '2026-06-30T22:00:00Z', 'Europe/Paris', '2026-07'],
    ['Paris in summer, a second before', '2026-06-30T21:59:59Z', 'Europe/Paris', '2026-06'],
    ['New York, 1 Dec 03:00 UTC is still November', '2026-12-01T03:00:00Z', 'America/New_York', '2026-11'],
    ['New York, 1 Dec 05:00 UTC is December', '2026-12-01T05:00:00Z', 'America/New_York', '2026-12'],
    ['Auckland, New Year comes 13 hours early', '2026-12-31T11:00:00Z', 'Pacific/Auckland', '2027-01'],
    ['Auckland, just before', '2026-12-31T10:59:59Z', 'Pacific/Auckland', '2026-12'],
    ['a fixed offset by name (UTC+1)', '2026-10-31T23:30:00Z', 'Etc/GMT-1', '2026-11'],
    ['leap day', '2028-02-29T23:59:59Z', 'UTC', '2028-02'],
  ])('%s', (_name, at, zone, key) => {
    expect(periodKey(new Date(at), zone)).toBe(key);
  });

  it('refuses a time zone it does not know', () => {
    expect(() => periodKey(new Date(0), 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('periods', () => {
  it.each([
    ['2026-01', 1, '2026-02'],
    ['2026-11', 11, '2026-12'],
    ['2026-12', 12, '2027-01'],
  ])('%s is month %i, next %s', (key, month, next) => {
    expect(periodMonth(key)).toBe(month);
    expect(nextPeriod(key)).toBe(next);
  });

  it.each(['2026-13', '2026-00', '2026-1', '26-01', ''])('refuses %j', (key) => {
    expect(() => periodMonth(key)).toThrow(RangeError);
  });

  it.each([
    ['2026-11', 'UTC', '2026-11-01T00:00:00.000Z'],
    ['2026-11', 'Europe/Paris', '2026-10-31T23:00:00.000Z'],
    ['2026-07', 'Europe/Paris', '2026-06-30T22:00:00.000Z'],
    ['2026-04', 'Europe/Paris', '2026-03-31T22:00:00.000Z'],
    ['2026-11', 'America/New_York', '2026-11-01T04:00:00.000Z'],
    ['2026-12', 'America/New_York', '2026-12-01T05:00:00.000Z'],
    ['2027-01', 'Pacific/Auckland', '2026-12-31T11:00:00.000Z'],
    ['2026-04', 'Pacific/Auckland', '2026-03-31T11:00:00.000Z'],
    ['2026-11', 'Asia/Kolkata', '2026-10-31T18:30:00.000Z'],
  ])('%s in %s starts at %s', (key, zone, start) => {
    expect(periodStart(key, zone).toISOString()).toBe(start);
    expect(periodKey(periodStart(key, zone), zone)).toBe(key);
    expect(periodKey(new Date(periodStart(key, zone).getTime() - 1), zone)).not.toBe(key);
  });

  it('bounds run from one start to the next', () => {
    const { start, end } = periodBounds('2026-10', 'Europe/Paris');
    expect([start.toISOString(), end.toISOString()]).toEqual([
      '2026-09-30T22:00:00.000Z',
      '2026-10-31T23:00:00.000Z',
    ]);
  });
});

describe('dayStart', () => {
  it.each([
    ['2026-11-21', 'UTC', '2026-11-21T00:00:00.000Z'],
    ['2026-11-21', 'Europe/Paris', '2026-11-20T23:00:00.000Z'],
    ['2026-07-14', 'Europe/Paris', '2026-07-13T22:00:00.000Z'],
    ['2026-03-29', 'Europe/Paris', '2026-03-28T23:00:00.000Z'], // the day clocks go forward
    ['2026-10-25', 'Europe/Paris', '2026-10-24T22:00:00.000Z'], // the day clocks go back
    ['2026-11-21', 'Asia/Kolkata', '2026-11-20T18:30:00.000Z'],
  ])('%s in %s starts at %s', (date, zone, instant) => {
    expect(dayStart(date, zone).toISOString()).toBe(instant);
  });

  it.each(['2026-02-30', '2026-13-01', '21-11-2026', ''])('refuses %j', (date) => {
    expect(() => dayStart(date, 'UTC')).toThrow(/not a date/);
  });
});
