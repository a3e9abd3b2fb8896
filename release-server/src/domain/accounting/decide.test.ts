import {
  DEFAULT_SETTINGS,
  type JobSettings,
  type PriceList,
  priceListSchema,
  type QuotaDefinition,
  type QuotaLimits,
} from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import { type Decision, type DecisionInput, decide } from './decide';
import { exactAmount, formatMoney, multiplyMoney, parseMoney } from './money';
import { addToUsage, noUsage, type Usage } from './usage';

const flat = priceListSchema.parse({
  currency: 'EUR',
  pricing: { kind: 'flat', mono: '0.10', color: '0.20' },
  models: [{ makeAndModel: 'Acme Dear', pricing: { kind: 'flat', mono: '1', color: '3' } }],
});
const tiered = priceListSchema.parse({
  currency: 'EUR',
  pricing: {
    kind: 'tiered',
    bands: [
      { from: 1, mono: '10', color: '12' },
      { from: 101, mono: '8', color: '10.5' },
      { from: 1001, mono: '6', color: '7.75' },
      { from: 10001, mono: '4', color: '5.20' },
    ],
  },
});
const subscription = priceListSchema.parse({
  currency: 'EUR',
  pricing: { kind: 'subscription', included: 100, mono: '0.10', color: '0.20' },
});
const byA4 = { ...flat, countBy: 'a4-equivalent' } as PriceList;

const quota = (unit: QuotaDefinition['unit'], limits: QuotaLimits): QuotaDefinition => ({
  name: 'q',
  unit,
  schedule: 'every-month',
  limits,
});
const pages100 = quota('impressions', { total: 100, color: 'allowed' });
const color20 = quota('impressions', { total: 100, color: 20 });
const noColor = quota('impressions', { total: 100, color: 'disallowed' });
const money5 = quota('money', { total: '5.00', color: 'allowed' });
const moneyColor1 = quota('money', { total: '5.00', color: '1' });
const onlyColorCapped = quota('impressions', { total: 'unlimited', color: 20 });

const eur = (t: string) => parseMoney(t, 'EUR');
/** Usage of `mono` and `color` impressions, costed at the flat prices unless `costs` says otherwise. */
function used(mono: number, color: number, costs?: [string, string]): Usage {
  const [monoCost, colorCost] = costs?.map(eur) ?? [
    multiplyMoney(eur('0.10'), mono),
    multiplyMoney(eur('0.20'), color),
  ];
  return addToUsage(
    addToUsage(noUsage('EUR'), { colorMode: 'monochrome', chargedImpressions: mono, cost: monoCost! }),
    { colorMode: 'color', chargedImpressions: color, cost: colorCost! },
  );
}

// Unless a row says otherwise: 10 pages, A4, one-sided, one copy, in colour = 10 impressions, 2.00 (1.00 mono).
const colour10: Partial<DecisionInput> = {};
const mono10: Partial<DecisionInput> = { settings: { ...DEFAULT_SETTINGS, colorMode: 'monochrome' } };
const settings = (s: Partial<JobSettings>) => ({ settings: { ...DEFAULT_SETTINGS, ...s } });

function input(over: Partial<DecisionInput>): DecisionInput {
  return {
    pages: 10,
    settings: DEFAULT_SETTINGS,
    makeAndModel: 'Acme Colour 1',
    prices: flat,
    quota: null,
    period: '2026-11',
    usage: noUsage('EUR'),
    offerMono: true,
    ...over,
  };
}

/** "allowed 2.00 x10", "allowed-if-mono color-disallowed 1.00 x10", "refused quota-exhausted". */
function summary(d: Decision): string {
  switch (d.outcome) {
    case 'allowed':
      return `allowed ${formatMoney(d.charge.cost)} x${d.charge.chargedImpressions}${d.charge.estimated ? ' estimated' : ''}`;
    case 'allowed-if-mono':
      return `allowed-if-mono ${d.reason} ${formatMoney(d.mono.cost)} x${d.mono.chargedImpressions}${d.mono.estimated ? ' estimated' : ''}`;
    case 'refused':
      return `refused ${d.reason}`;
    default:
      return d satisfies never;
  }
}

describe('decide: allowed, refused with a reason, or allowed if printed in black and white', () => {
  it.each([
    // No limits.
    ['no quota assigned: colour', colour10, 'allowed 2.00 x10'],
    ['no quota assigned: mono', mono10, 'allowed 1.00 x10'],
    ['unlimited', { quota: quota('money', { total: 'unlimited', color: 'allowed' }) }, 'allowed 2.00 x10'],
    // The total.
    [
      'printing disabled',
      { quota: quota('impressions', { total: 'disabled', color: 'allowed' }) },
      'refused printing-disabled',
    ],
    [
      'printing disabled, even in mono',
      { ...mono10, quota: quota('money', { total: 'disabled', color: '20' }) },
      'refused printing-disabled',
    ],
    ['within the total', { quota: pages100, usage: used(50, 0) }, 'allowed 2.00 x10'],
    ['exactly up to the total', { ...mono10, quota: pages100, usage: used(90, 0) }, 'allowed 1.00 x10'],
    ['one over the total', { ...mono10, quota: pages100, usage: used(91, 0) }, 'refused exceeds-quota'],
    ['the total used up', { ...mono10, quota: pages100, usage: used(60, 40) }, 'refused quota-exhausted'],
    ['the total used up, a colour job', { quota: pages100, usage: used(100, 0) }, 'refused quota-exhausted'],
    [
      'a zero total',
      { quota: quota('impressions', { total: 0, color: 'allowed' }) },
      'refused quota-exhausted',
    ],
    // Colour disallowed.
    ['colour disallowed: offered in mono', { quota: noColor }, 'allowed-if-mono color-disallowed 1.00 x10'],
    [
      'colour disallowed, no mono offer by policy',
      { quota: noColor, offerMono: false },
      'refused color-disallowed',
    ],
    ['colour disallowed, a mono job', { ...mono10, quota: noColor }, 'allowed 1.00 x10'],
    [
      'colour disallowed, mono over the total',
      { quota: noColor, usage: used(95, 0) },
      'refused exceeds-quota',
    ],
    // Colour limited inside the total.
    ['within the colour limit', { quota: color20, usage: used(0, 10) }, 'allowed 2.00 x10'],
    [
      'colour used up: offered in mono',
      { quota: color20, usage: used(0, 20) },
      'allowed-if-mono color-quota-exhausted 1.00 x10',
    ],
    [
      'colour used up, no mono offer',
      { quota: color20, usage: used(0, 20), offerMono: false },
      'refused color-quota-exhausted',
    ],
    [
      'colour used up, a mono job prints',
      { ...mono10, quota: color20, usage: used(0, 20) },
      'allowed 1.00 x10',
    ],
    [
      'over the colour limit: offered in mono',
      { quota: color20, usage: used(0, 15) },
      'allowed-if-mono exceeds-color-quota 1.00 x10',
    ],
    [
      'colour inside the total: the total stops colour first',
      { quota: color20, usage: used(95, 0) },
      'refused exceeds-quota',
    ],
    ['colour and total used up', { quota: color20, usage: used(80, 20) }, 'refused quota-exhausted'],
    [
      'a colour limit above the total',
      { quota: quota('impressions', { total: 15, color: 50 }) },
      'allowed 2.00 x10',
    ],
    // Money quotas.
    ['money: within', { quota: money5, usage: used(10, 10) }, 'allowed 2.00 x10'],
    [
      'money: exactly up to the total',
      { quota: money5, usage: used(10, 10, ['1.50', '1.50']) },
      'allowed 2.00 x10',
    ],
    [
      'money: colour too dear, mono fits',
      { quota: money5, usage: used(35, 0) },
      'allowed-if-mono exceeds-quota 1.00 x10',
    ],
    ['money: even mono too dear', { quota: money5, usage: used(41, 0) }, 'refused exceeds-quota'],
    ['money: spent', { quota: money5, usage: used(50, 0) }, 'refused quota-exhausted'],
    ['money: over the colour limit', { quota: moneyColor1 }, 'allowed-if-mono exceeds-color-quota 1.00 x10'],
    [
      'money: colour limit spent',
      { quota: moneyColor1, usage: used(0, 5) },
      'allowed-if-mono color-quota-exhausted 1.00 x10',
    ],
    [
      'money: a free job prints on a spent quota',
      { quota: money5, usage: used(50, 0), prices: subscription },
      'allowed 0.00 x10',
    ],
    // Unknown page counts are never free by accident.
    ['unknown pages, no quota: one page a copy, estimated', { pages: null }, 'allowed 0.20 x1 estimated'],
    ['unknown pages, 3 copies', { pages: null, ...settings({ copies: 3 }) }, 'allowed 0.60 x3 estimated'],
    ['unknown pages against a limit', { pages: null, quota: pages100 }, 'refused unknown-page-count'],
    ['unknown pages against a money limit', { pages: null, quota: money5 }, 'refused unknown-page-count'],
    [
      'unknown pages, quota used up',
      { pages: null, quota: pages100, usage: used(100, 0) },
      'refused quota-exhausted',
    ],
    ['zero pages count as unknown', { pages: 0, quota: pages100 }, 'refused unknown-page-count'],
    ['zero pages, no quota', { pages: 0 }, 'allowed 0.20 x1 estimated'],
    [
      'unknown pages, only colour capped',
      { pages: null, quota: onlyColorCapped },
      'allowed-if-mono unknown-page-count 0.10 x1 estimated',
    ],
    [
      'unknown pages, colour disallowed',
      { pages: null, quota: quota('impressions', { total: 'unlimited', color: 'disallowed' }) },
      'allowed-if-mono color-disallowed 0.10 x1 estimated',
    ],
    // Counting and prices inside the decision.
    [
      '7 pages 2-up duplex x3 is 12 impressions',
      { pages: 7, ...settings({ copies: 3, sides: 'two-sided-long-edge', numberUp: 2 }) },
      'allowed 2.40 x12',
    ],
    [
      '16-up x999',
      { pages: 33, ...settings({ copies: 999, numberUp: 16, colorMode: 'monochrome' }) },
      'allowed 299.70 x2997',
    ],
    [
      'copies x duplex against a limit',
      {
        pages: 7,
        quota: pages100,
        usage: used(89, 0),
        ...settings({ copies: 3, sides: 'two-sided-short-edge', numberUp: 2 }),
      },
      'refused exceeds-quota',
    ],
    ['A3 counts as printed by default', { ...settings({ media: 'iso_a3_297x420mm' }) }, 'allowed 2.00 x10'],
    [
      'A3 counts 2 when prices count A4 equivalents',
      { prices: byA4, ...settings({ media: 'iso_a3_297x420mm' }) },
      'allowed 4.00 x20',
    ],
    [
      'A4 equivalents count against an impressions quota',
      {
        prices: byA4,
        quota: quota('impressions', { total: 15, color: 'allowed' }),
        ...settings({ media: 'iso_a3_297x420mm' }),
      },
      'refused exceeds-quota',
    ],
    ['per-model prices', { makeAndModel: 'ACME DEAR' }, 'allowed 30.00 x10'],
    [
      'per-model prices, mono offer',
      { makeAndModel: 'Acme Dear', quota: noColor },
      'allowed-if-mono color-disallowed 10.00 x10',
    ],
    [
      'tiered: the worked example, mono',
      { pages: 13_207, prices: tiered, ...settings({ colorMode: 'monochrome' }) },
      'allowed 75028.00 x13207',
    ],
    ['tiered: the worked example, colour', { pages: 11_216, prices: tiered }, 'allowed 86723.20 x11216'],
    [
      'tiered: the second part of the worked example',
      { pages: 8_207, prices: tiered, usage: used(5_000, 0), ...mono10 },
      'allowed 42828.00 x8207',
    ],
    [
      'tiered: the mono offer is priced on the mono meter',
      {
        prices: tiered,
        quota: quota('impressions', { total: 'unlimited', color: 'disallowed' }),
        usage: used(95, 0),
      },
      'allowed-if-mono color-disallowed 90.00 x10',
    ],
    ['subscription: inside the included', { prices: subscription, usage: used(50, 40) }, 'allowed 0.00 x10'],
    [
      'subscription: crossing the included',
      { prices: subscription, usage: used(50, 45) },
      'allowed 1.00 x10',
    ],
  ] as [string, Partial<DecisionInput>, string][])('%s', (_name, over, expected) => {
    expect(summary(decide(input(over)))).toBe(expected);
  });
});

describe('decide: what comes back', () => {
  it('an allowed job carries its counts and exact cost', () => {
    const d = decide(
      input({ pages: 7, ...settings({ copies: 3, sides: 'two-sided-long-edge', numberUp: 2 }) }),
    );
    expect(d).toEqual({
      outcome: 'allowed',
      charge: {
        colorMode: 'color',
        counts: { pages: 7, copies: 3, impressions: 12, sheets: 6, a4Impressions: 12 },
        chargedImpressions: 12,
        cost: eur('2.4'),
        estimated: false,
      },
    });
  });

  it.each([
    [{ quota: color20, usage: used(0, 20) }, 'Colour quota used up: print in black and white?'],
    [{ quota: noColor }, 'Colour printing is not allowed for your account: print in black and white?'],
    [
      { quota: color20, usage: used(0, 15) },
      'Not enough colour quota left for this job: print in black and white?',
    ],
    [{ quota: pages100, usage: used(100, 0) }, 'Print quota used up for this month.'],
    [
      { quota: quota('impressions', { total: 'disabled', color: 'allowed' }) },
      'Printing is turned off for your account.',
    ],
    [{ quota: noColor, offerMono: false }, 'Colour printing is not allowed for your account.'],
  ] as [Partial<DecisionInput>, string][])('%# says "%s"', (over, words) => {
    const d = decide(input(over));
    expect(d.outcome !== 'allowed' && d.words).toBe(words);
  });

  it('the mono offer carries the mono charge, which then prints when asked for', () => {
    const offer = decide(input({ quota: color20, usage: used(0, 20) }));
    expect(offer.outcome === 'allowed-if-mono' && offer.mono.colorMode).toBe('monochrome');
    const asMono = decide(input({ quota: color20, usage: used(0, 20), ...mono10 }));
    expect(asMono.outcome === 'allowed' && asMono.charge).toEqual(
      offer.outcome === 'allowed-if-mono' && offer.mono,
    );
  });

  it('a second job sees the first one reserved: quota for one job prints one', () => {
    const first = decide(input({ quota: quota('impressions', { total: 15, color: 'allowed' }) }));
    expect(first.outcome).toBe('allowed');
    const usage = first.outcome === 'allowed' ? addToUsage(noUsage('EUR'), first.charge) : noUsage('EUR');
    const second = decide(input({ quota: quota('impressions', { total: 15, color: 'allowed' }), usage }));
    expect(summary(second)).toBe('refused exceeds-quota');
  });

  it('pricing 13,207 mono impressions as two jobs costs the same as one', () => {
    const mono = (pages: number, usage: Usage) =>
      decide(input({ pages, prices: tiered, usage, ...settings({ colorMode: 'monochrome' }) }));
    const a = mono(5_000, noUsage('EUR'));
    if (a.outcome !== 'allowed') throw new Error('first job refused');
    const b = mono(8_207, addToUsage(noUsage('EUR'), a.charge));
    if (b.outcome !== 'allowed') throw new Error('second job refused');
    expect(exactAmount(addToUsage(addToUsage(noUsage('EUR'), a.charge), b.charge).mono.cost)).toBe('75028');
  });
});
