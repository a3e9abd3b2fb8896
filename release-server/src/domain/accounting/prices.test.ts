import { type ColorMode, type Pricing, priceListSchema } from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import { exactAmount } from './money';
import { priceImpressions, pricingFor, type Volume } from './prices';

const flat: Pricing = { kind: 'flat', mono: '0.10', color: '0.20' };
const tiered: Pricing = {
  kind: 'tiered',
  bands: [
    { from: 1, mono: '10', color: '12' },
    { from: 101, mono: '8', color: '10.5' },
    { from: 1001, mono: '6', color: '7.75' },
    { from: 10001, mono: '4', color: '5.20' },
  ],
};
const subscription: Pricing = { kind: 'subscription', included: 500, mono: '0.05', color: '0.15' };
const none: Volume = { mono: 0, color: 0 };

describe('priceImpressions', () => {
  it.each([
    ['flat mono', flat, 'monochrome', 12, none, '1.2'],
    ['flat colour', flat, 'color', 12, none, '2.4'],
    ['flat ignores volume', flat, 'color', 3, { mono: 9_999, color: 9_999 }, '0.6'],
    ['tiered: worked example mono', tiered, 'monochrome', 13_207, none, '75028'],
    ['tiered: worked example colour', tiered, 'color', 11_216, none, '86723.2'],
    ['tiered: mono counts mono volume only', tiered, 'monochrome', 1, { mono: 100, color: 50_000 }, '8'],
    ['tiered: colour counts colour volume only', tiered, 'color', 1, { mono: 50_000, color: 0 }, '12'],
    ['tiered: a job crossing 1000/1001', tiered, 'color', 10, { mono: 0, color: 995 }, '91.25'],
    ['tiered: volume already in the top band', tiered, 'monochrome', 10, { mono: 12_000, color: 0 }, '40'],
    ['subscription: inside the included', subscription, 'monochrome', 100, none, '0'],
    ['subscription: exactly the included', subscription, 'color', 500, none, '0'],
    ['subscription: crossing the included', subscription, 'color', 10, { mono: 300, color: 195 }, '0.75'],
    ['subscription: past the included', subscription, 'monochrome', 10, { mono: 600, color: 0 }, '0.5'],
    [
      'subscription: mono and colour share it',
      subscription,
      'monochrome',
      10,
      { mono: 0, color: 500 },
      '0.5',
    ],
    ['subscription with nothing included', { ...subscription, included: 0 }, 'color', 2, none, '0.3'],
  ] as [string, Pricing, ColorMode, number, Volume, string][])(
    '%s',
    (_name, pricing, mode, count, volume, cost) => {
      expect(exactAmount(priceImpressions(pricing, 'EUR', mode, count, volume))).toBe(cost);
    },
  );
});

describe('pricingFor: a printer model overrides the default', () => {
  const prices = priceListSchema.parse({
    currency: 'EUR',
    pricing: flat,
    models: [
      { makeAndModel: 'Acme LaserJet 500 color', pricing: { kind: 'flat', mono: '0.08', color: '0.50' } },
      { makeAndModel: 'Acme Mono 9', pricing: subscription },
    ],
  });
  it.each([
    ['the exact model string', 'Acme LaserJet 500 color', '0.5'],
    ['case and surrounding spaces ignored', '  acme laserjet 500 COLOR ', '0.5'],
    ['another model', 'Acme Mono 9', '0.15'],
    ['a model without an entry: the default', 'Other 1', '0.2'],
    ['a longer model name is another model', 'Acme LaserJet 500 color MFP', '0.2'],
    ['no model known', null, '0.2'],
  ])('%s', (_name, model, colorRate) => {
    const pricing = pricingFor(prices, model);
    const rate = priceImpressions(pricing, 'EUR', 'color', 1, { mono: 1_000, color: 0 });
    expect(exactAmount(rate)).toBe(colorRate);
  });
});
