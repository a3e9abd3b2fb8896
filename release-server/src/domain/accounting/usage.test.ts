import { describe, expect, it } from 'vitest';
import { exactAmount, parseMoney } from './money';
import { addToUsage, noUsage, volumeOf } from './usage';

describe('addToUsage', () => {
  const eur = (t: string) => parseMoney(t, 'EUR');
  it.each([
    ['a mono job', 'monochrome', { mono: 10, color: 0 }, ['1', '0']],
    ['a colour job', 'color', { mono: 0, color: 10 }, ['0', '1']],
  ] as const)('%s adds to its own tally', (_name, colorMode, volume, costs) => {
    const usage = addToUsage(noUsage('EUR'), { colorMode, chargedImpressions: 10, cost: eur('1.00') });
    expect(volumeOf(usage)).toEqual(volume);
    expect([exactAmount(usage.mono.cost), exactAmount(usage.color.cost)]).toEqual(costs);
  });

  it('leaves the usage it was given alone', () => {
    const before = noUsage('EUR');
    addToUsage(before, { colorMode: 'color', chargedImpressions: 1, cost: eur('0.20') });
    expect(volumeOf(before)).toEqual({ mono: 0, color: 0 });
  });

  it('refuses a charge in another currency', () => {
    const usd = parseMoney('1', 'USD');
    expect(() =>
      addToUsage(noUsage('EUR'), { colorMode: 'color', chargedImpressions: 1, cost: usd }),
    ).toThrow(/EUR and USD/);
  });
});
