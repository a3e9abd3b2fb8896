import { DEFAULT_SETTINGS, type PriceList, priceListSchema } from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import { type ChargeInput, chargeFor } from './charge';
import { formatMoney } from './money';
import { noUsage } from './usage';

const prices = priceListSchema.parse({
  currency: 'EUR',
  pricing: { kind: 'flat', mono: '0.10', color: '0.20' },
});
const byA4: PriceList = { ...prices, countBy: 'a4-equivalent' };
const A3 = { ...DEFAULT_SETTINGS, media: 'iso_a3_297x420mm' };

const job = (over: Partial<ChargeInput>): ChargeInput => ({
  pages: 4,
  settings: DEFAULT_SETTINGS,
  colorMode: 'color',
  makeAndModel: null,
  prices,
  usage: noUsage('EUR'),
  ...over,
});

describe('chargeFor: counts, charged impressions and cost of one job', () => {
  it.each([
    ['colour', {}, 4, 4, '0.80', false],
    ['mono', { colorMode: 'monochrome' }, 4, 4, '0.40', false],
    ['A3, prices by impression', { settings: A3 }, 4, 4, '0.80', false],
    ['A3, prices by A4 equivalent', { settings: A3, prices: byA4 }, 4, 8, '1.60', false],
    ['A4, prices by A4 equivalent', { prices: byA4 }, 4, 4, '0.80', false],
    ['unknown pages: one page a copy, estimated', { pages: null }, 1, 1, '0.20', true],
    [
      'unknown pages, 5 copies',
      { pages: null, settings: { ...DEFAULT_SETTINGS, copies: 5 } },
      5,
      5,
      '1.00',
      true,
    ],
    ['zero pages are unknown pages', { pages: 0 }, 1, 1, '0.20', true],
  ] as [string, Partial<ChargeInput>, number, number, string, boolean][])(
    '%s',
    (_name, over, impressions, chargedImpressions, cost, estimated) => {
      const c = chargeFor(job(over));
      expect([c.counts.impressions, c.chargedImpressions, formatMoney(c.cost), c.estimated]).toEqual([
        impressions,
        chargedImpressions,
        cost,
        estimated,
      ]);
    },
  );

  it('refuses a negative page count rather than treat it as unknown', () => {
    expect(() => chargeFor(job({ pages: -2 }))).toThrow(RangeError);
  });
});
