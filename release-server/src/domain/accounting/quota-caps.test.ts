import { type QuotaDefinition, type QuotaLimits, quotaDefinitionSchema } from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import { parseMoney } from './money';
import { type Caps, capsFor, limitsFor, NO_CAPS, usedOf } from './quota-caps';
import { addToUsage, noUsage } from './usage';

const month = (total: QuotaLimits['total'], color: QuotaLimits['color'] = 'allowed'): QuotaLimits => ({
  total,
  color,
});
// A school: nothing in August, more in exam months, colour only in December.
const perMonth = quotaDefinitionSchema.parse({
  name: 'Pupils',
  unit: 'impressions',
  schedule: 'per-month',
  months: [
    month(200, 'disallowed'),
    month(200, 'disallowed'),
    month(200, 'disallowed'),
    month(200, 'disallowed'),
    month(400, 'disallowed'),
    month(400, 'disallowed'),
    month(100, 'disallowed'),
    month('disabled'),
    month(200, 'disallowed'),
    month(200, 'disallowed'),
    month(200, 'disallowed'),
    month(200, 50),
  ],
});
const everyMonth: QuotaDefinition = {
  name: 'Staff',
  unit: 'money',
  schedule: 'every-month',
  limits: { total: '50.00', color: '20' },
};

describe('limitsFor: the same every month, or the month own', () => {
  it.each([
    [everyMonth, '2026-01', { total: '50.00', color: '20' }],
    [everyMonth, '2026-08', { total: '50.00', color: '20' }],
    [perMonth, '2026-01', { total: 200, color: 'disallowed' }],
    [perMonth, '2026-05', { total: 400, color: 'disallowed' }],
    [perMonth, '2026-08', { total: 'disabled', color: 'allowed' }],
    [perMonth, '2026-12', { total: 200, color: 50 }],
  ] as [QuotaDefinition, string, QuotaLimits][])('%#: %s', (definition, period, limits) => {
    expect(limitsFor(definition, period)).toEqual(limits);
  });
});

describe('capsFor: limits as amounts in the quota unit', () => {
  it.each([
    ['no quota assigned', null, '2026-01', NO_CAPS],
    [
      'money, every month',
      everyMonth,
      '2026-03',
      {
        unit: 'money',
        total: { kind: 'max', amount: 50_000_000n },
        color: { kind: 'max', amount: 20_000_000n },
      },
    ],
    [
      'impressions, colour disallowed',
      perMonth,
      '2026-03',
      { unit: 'impressions', total: { kind: 'max', amount: 200n }, color: { kind: 'disabled' } },
    ],
    [
      'printing disabled in August',
      perMonth,
      '2026-08',
      { unit: 'impressions', total: { kind: 'disabled' }, color: { kind: 'unlimited' } },
    ],
    [
      'unlimited total, colour allowed',
      { ...everyMonth, limits: { total: 'unlimited', color: 'allowed' } },
      '2026-03',
      { unit: 'money', total: { kind: 'unlimited' }, color: { kind: 'unlimited' } },
    ],
    [
      'a zero limit is a limit',
      { ...everyMonth, unit: 'impressions', limits: { total: 0, color: 0 } },
      '2026-03',
      { unit: 'impressions', total: { kind: 'max', amount: 0n }, color: { kind: 'max', amount: 0n } },
    ],
  ] as [string, QuotaDefinition | null, string, Caps][])('%s', (_name, definition, period, caps) => {
    expect(capsFor(definition, period)).toEqual(caps);
  });

  it('refuses a definition whose amounts do not match its unit', () => {
    const mixed: QuotaDefinition = { ...everyMonth, unit: 'impressions' };
    expect(() => capsFor(mixed, '2026-01')).toThrow(/mixes impressions and money/);
  });
});

describe('usedOf', () => {
  const eur = (t: string) => parseMoney(t, 'EUR');
  const usage = addToUsage(
    addToUsage(noUsage('EUR'), { colorMode: 'monochrome', chargedImpressions: 30, cost: eur('3.00') }),
    { colorMode: 'color', chargedImpressions: 12, cost: eur('2.40') },
  );
  it.each([
    ['impressions', 'total', 42n],
    ['impressions', 'color', 12n],
    ['money', 'total', 5_400_000n],
    ['money', 'color', 2_400_000n],
  ] as const)('%s, %s -> %s', (unit, part, used) => {
    expect(usedOf(usage, unit, part)).toBe(used);
  });
});
