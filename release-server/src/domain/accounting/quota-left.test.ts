import type { QuotaDefinition, QuotaLimits } from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import { formatMoney, multiplyMoney, parseMoney } from './money';
import { type Left, quotaLeft } from './quota-left';
import { addToUsage, noUsage } from './usage';

const eur = (t: string) => parseMoney(t, 'EUR');
const quota = (unit: QuotaDefinition['unit'], limits: QuotaLimits): QuotaDefinition => ({
  name: 'q',
  unit,
  schedule: 'every-month',
  limits,
});
// 30 mono at 0.10 and 12 colour at 0.20: 42 impressions, 5.40 spent, 12 and 2.40 of it colour.
const usage = addToUsage(
  addToUsage(noUsage('EUR'), {
    colorMode: 'monochrome',
    chargedImpressions: 30,
    cost: multiplyMoney(eur('0.1'), 30),
  }),
  { colorMode: 'color', chargedImpressions: 12, cost: multiplyMoney(eur('0.2'), 12) },
);

const show = (l: Left): string => {
  switch (l.kind) {
    case 'unlimited':
    case 'disabled':
      return l.kind;
    case 'impressions':
      return String(l.left);
    case 'money':
      return `${formatMoney(l.left)} ${l.left.currency}`;
    default:
      return l satisfies never;
  }
};

describe('quotaLeft: what the panel shows left of the total and of colour', () => {
  it.each([
    ['no quota', null, 'unlimited', 'unlimited'],
    [
      'unlimited, colour allowed',
      quota('impressions', { total: 'unlimited', color: 'allowed' }),
      'unlimited',
      'unlimited',
    ],
    ['printing disabled', quota('impressions', { total: 'disabled', color: 20 }), 'disabled', 'disabled'],
    ['colour disallowed', quota('impressions', { total: 100, color: 'disallowed' }), '58', 'disabled'],
    [
      'colour allowed: colour left is the total left',
      quota('impressions', { total: 100, color: 'allowed' }),
      '58',
      '58',
    ],
    ['colour limited', quota('impressions', { total: 100, color: 20 }), '58', '8'],
    ['colour limited above what the total leaves', quota('impressions', { total: 50, color: 40 }), '8', '8'],
    [
      'colour limited, total unlimited',
      quota('impressions', { total: 'unlimited', color: 20 }),
      'unlimited',
      '8',
    ],
    ['overrun shows zero, not a negative', quota('impressions', { total: 40, color: 10 }), '0', '0'],
    ['money', quota('money', { total: '10.00', color: '3' }), '4.60 EUR', '0.60 EUR'],
    ['money, colour allowed', quota('money', { total: '10.00', color: 'allowed' }), '4.60 EUR', '4.60 EUR'],
  ] as [string, QuotaDefinition | null, string, string][])('%s', (_name, definition, total, color) => {
    const left = quotaLeft(definition, '2026-11', usage, 'EUR');
    expect([show(left.total), show(left.color)]).toEqual([total, color]);
  });
});
