import type { DashboardDay } from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import { amountIn, barLengths, costByDay, daysParam, formatDay, peak, sharePercent } from './figures';

describe('daysParam', () => {
  it.each([
    [undefined, 30],
    ['7', 7],
    ['90', 90],
    ['366', 366],
    ['1', 1],
    ['0', 30],
    ['367', 30],
    ['7.5', 30],
    ['-7', 30],
    ['', 30],
    ['week', 30],
  ])('%j → %d', (text, days) => {
    expect(daysParam(text)).toBe(days);
  });
});

describe('sharePercent', () => {
  it.each([
    [0, 0],
    [0.1234, 12.3],
    [0.3333, 33.3],
    [0.5, 50],
    [1, 100],
  ])('%d → %d%%', (share, percent) => {
    expect(sharePercent(share)).toBe(percent);
  });
});

describe('formatDay', () => {
  it('writes the calendar date itself, whatever the browser’s time zone', () => {
    expect(formatDay('2025-06-03', 'en-GB', 'short')).toBe('3 Jun');
    expect(formatDay('2025-06-03', 'en-GB', 'long')).toBe('3 June 2025');
    expect(formatDay('2025-06-03', 'fr-FR', 'long')).toBe('3 juin 2025');
    expect(formatDay('2025-12-31', 'fr-FR', 'short')).toBe('31 déc.');
  });
  it('gives back what is no date', () => {
    expect(formatDay('soon', 'en-GB', 'short')).toBe('soon');
  });
});

const day = (d: string, cost: DashboardDay['cost']): DashboardDay => ({
  day: d,
  jobs: 1,
  pages: 1,
  impressions: 1,
  colorImpressions: 0,
  sheets: 1,
  cost,
});

describe('amounts', () => {
  const series = [
    day('2025-06-01', []),
    day('2025-06-02', [
      { currency: 'CHF', amount: '2.00' },
      { currency: 'EUR', amount: '0.35' },
    ]),
  ];
  it('picks one currency, "0" for a day without it', () => {
    expect(amountIn(series[1]!.cost, 'EUR')).toBe('0.35');
    expect(amountIn(series[0]!.cost, 'EUR')).toBe('0');
    expect(costByDay(series, 'EUR')).toEqual([0, 0.35]);
    expect(costByDay(series, 'CHF')).toEqual([0, 2]);
  });
});

describe('barLengths', () => {
  it('measures each against the largest', () => {
    expect(barLengths([40, 10, 3])).toEqual([100, 25, 7.5]);
    expect(barLengths([0, 0])).toEqual([0, 0]);
    expect(barLengths([])).toEqual([]);
  });
});

describe('peak', () => {
  it('finds the highest day, the latest of equals, none when all are zero', () => {
    expect(peak([1, 5, 2])).toEqual({ index: 1, value: 5 });
    expect(peak([5, 1, 5])).toEqual({ index: 2, value: 5 });
    expect(peak([0, 0])).toBeNull();
  });
});
