import { DEFAULT_SETTINGS, type PriceList, priceListSchema } from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import { type ChargeInput, chargeFor, chargeForPrinted } from './charge';
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

describe('chargeForPrinted: an estimated job settled from the impressions the printer printed', () => {
  const tiered = priceListSchema.parse({
    currency: 'EUR',
    pricing: {
      kind: 'tiered',
      bands: [
        { from: 1, mono: '0.10', color: '0.20' },
        { from: 101, mono: '0.08', color: '0.15' },
      ],
    },
  });
  const printed = (impressions: number, over: Partial<ChargeInput> = {}) => {
    const { pages: _unknown, ...rest } = job({ pages: null, ...over });
    return chargeForPrinted({ ...rest, impressions });
  };

  it.each([
    ['colour, 7 impressions', 7, {}, 7, 7, 7, '1.40'],
    [
      'mono, 3 copies of 4 impressions',
      12,
      { colorMode: 'monochrome', settings: { ...DEFAULT_SETTINGS, copies: 3 } },
      12,
      12,
      12,
      '1.20',
    ],
    [
      'two-sided: 7 impressions a copy on 4 sheets, 2 copies',
      14,
      { settings: { ...DEFAULT_SETTINGS, copies: 2, sides: 'two-sided-long-edge' } },
      14,
      8,
      14,
      '2.80',
    ],
    ['A3 priced by A4 equivalent counts twice', 5, { settings: A3, prices: byA4 }, 5, 5, 10, '2.00'],
  ] as [string, number, Partial<ChargeInput>, number, number, number, string][])(
    '%s',
    (_name, impressions, over, countedImpressions, sheets, chargedImpressions, cost) => {
      const c = printed(impressions, over);
      expect([
        c.counts.impressions,
        c.counts.sheets,
        c.chargedImpressions,
        formatMoney(c.cost),
        c.estimated,
      ]).toEqual([countedImpressions, sheets, chargedImpressions, cost, false]);
    },
  );

  it('prices the printed impressions at the tier the owner’s usage has reached', () => {
    const usage = noUsage('EUR');
    usage.mono.impressions = 98;
    // 2 impressions at 0.10 (99th, 100th), 3 at 0.08.
    expect(formatMoney(printed(5, { colorMode: 'monochrome', prices: tiered, usage }).cost)).toBe('0.44');
  });

  it('refuses a count the printer cannot have meant', () => {
    for (const bad of [0, -1, 2.5, Number.NaN]) expect(() => printed(bad)).toThrow(RangeError);
  });
});
