import { describe, expect, it } from 'vitest';
import { exactAmount, formatMoney, parseMoney } from './money';
import { type Band, tieredCost } from './tiers';

const bands = (...pairs: [number, string][]): Band[] =>
  pairs.map(([from, rate]) => ({ from, rate: parseMoney(rate, 'EUR') }));

// The worked example of issue 3: 1-100, 101-1000, 1001-10000, 10001+.
const mono = bands([1, '10'], [101, '8'], [1001, '6'], [10001, '4']);
const color = bands([1, '12'], [101, '10.5'], [1001, '7.75'], [10001, '5.20']);

describe('tieredCost: each band of the month priced at its own rate, incrementally', () => {
  it.each([
    ['the worked example, mono: 13,207 from zero', mono, 0, 13_207, '75028'],
    ['the worked example, colour: 11,216 from zero', color, 0, 11_216, '86723.2'],
    ['the first impression', mono, 0, 1, '10'],
    ['band 1 exactly (boundary 100 is inclusive)', mono, 0, 100, '1000'],
    ['101st impression is band 2', mono, 100, 1, '8'],
    ['crossing 100/101: 99 used, 3 more', mono, 99, 3, '26'],
    ['crossing two boundaries: 50 used, 2000 more', mono, 50, 2000, '14000'],
    ['crossing every boundary', color, 0, 10_001, '80405.2'],
    ['ending exactly on 10000', color, 9_999, 1, '7.75'],
    ['starting exactly on 10001', color, 10_000, 1, '5.2'],
    ['usage already in the top band', mono, 20_000, 1000, '4000'],
    ['usage already in band 3', color, 5_000, 100, '775'],
    ['nothing printed costs nothing', mono, 500, 0, '0'],
  ])('%s', (_name, table, used, count, cost) => {
    expect(exactAmount(tieredCost(table, used, count))).toBe(cost);
  });

  it('shows the worked example in currency units', () => {
    expect(formatMoney(tieredCost(mono, 0, 13_207))).toBe('75028.00');
    expect(formatMoney(tieredCost(color, 0, 11_216))).toBe('86723.20');
  });

  it.each([
    ['mono in two jobs, 5,000 then 8,207', mono, [5_000, 8_207], '75028'],
    ['colour in two jobs, 100 then 11,116', color, [100, 11_116], '86723.2'],
    ['mono in jobs that each cross a boundary', mono, [99, 2, 999, 9_000, 3_107], '75028'],
    ['colour one impression at a time across 101', color, [99, 1, 1, 1], '1221'],
  ])('%s costs the same as one job', (_name, table, jobs, total) => {
    let used = 0;
    let sum = 0n;
    for (const count of jobs) {
      sum += tieredCost(table, used, count).micros;
      used += count;
    }
    expect(exactAmount({ currency: 'EUR', micros: sum })).toBe(total);
    expect(exactAmount(tieredCost(table, 0, used))).toBe(total);
  });

  it('a single band is a flat price', () => {
    expect(exactAmount(tieredCost(bands([1, '0.10']), 12_345, 7))).toBe('0.7');
  });
});
