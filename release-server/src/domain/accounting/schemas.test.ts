import {
  priceListSchema,
  quotaAssignmentsSchema,
  quotaDefinitionSchema,
  quotaDefinitionsSchema,
  quotaPolicySchema,
} from '@quire/protocol';
import { describe, expect, it } from 'vitest';

// The admin configuration schemas in protocol/src/accounting.ts, as the admin API will parse them.
const flat = { kind: 'flat', mono: '0.10', color: '0.20' };
const bands = (...from: number[]) => ({
  kind: 'tiered',
  bands: from.map((f) => ({ from: f, mono: '1', color: '2' })),
});

describe('priceListSchema', () => {
  it('fills the defaults', () => {
    expect(priceListSchema.parse({ currency: 'EUR', pricing: flat })).toEqual({
      currency: 'EUR',
      countBy: 'impression',
      pricing: flat,
      models: [],
    });
  });

  it.each([
    ['flat', { currency: 'EUR', pricing: flat }],
    ['tiered', { currency: 'EUR', pricing: bands(1, 101, 1001, 10001) }],
    ['subscription', { currency: 'CHF', pricing: { ...flat, kind: 'subscription', included: 500 } }],
    ['per model', { currency: 'EUR', pricing: flat, models: [{ makeAndModel: 'Acme 1', pricing: flat }] }],
    ['A4 equivalents', { currency: 'EUR', countBy: 'a4-equivalent', pricing: flat }],
  ])('accepts %s', (_name, body) => {
    expect(priceListSchema.safeParse(body).success).toBe(true);
  });

  it.each([
    ['money as a JSON number', { currency: 'EUR', pricing: { ...flat, mono: 0.1 } }],
    ['more than 6 decimals', { currency: 'EUR', pricing: { ...flat, mono: '0.0000001' } }],
    ['a negative price', { currency: 'EUR', pricing: { ...flat, mono: '-0.10' } }],
    ['a lower-case currency', { currency: 'eur', pricing: flat }],
    ['bands not starting at 1', { currency: 'EUR', pricing: bands(2, 101) }],
    ['bands not rising', { currency: 'EUR', pricing: bands(1, 1001, 101) }],
    ['a band twice', { currency: 'EUR', pricing: bands(1, 101, 101) }],
    ['no bands', { currency: 'EUR', pricing: bands() }],
    [
      'a model twice',
      {
        currency: 'EUR',
        pricing: flat,
        models: [
          { makeAndModel: 'Acme 1', pricing: flat },
          { makeAndModel: ' ACME 1', pricing: flat },
        ],
      },
    ],
    ['an unknown field', { currency: 'EUR', pricing: flat, vat: '0.2' }],
  ])('refuses %s', (_name, body) => {
    expect(priceListSchema.safeParse(body).success).toBe(false);
  });
});

describe('quotaDefinitionSchema', () => {
  const every = (unit: string, total: unknown, color?: unknown) => ({
    name: 'Staff',
    unit,
    schedule: 'every-month',
    limits: color === undefined ? { total } : { total, color },
  });
  it.each([
    ['impressions', every('impressions', 500, 100)],
    ['money', every('money', '50.00', '20')],
    ['unlimited, colour allowed by default', every('money', 'unlimited')],
    ['disabled', every('impressions', 'disabled', 'disallowed')],
    [
      'per month',
      { name: 'Pupils', unit: 'impressions', schedule: 'per-month', months: Array(12).fill({ total: 100 }) },
    ],
  ])('accepts %s', (_name, body) => {
    expect(quotaDefinitionSchema.safeParse(body).success).toBe(true);
  });

  it.each([
    ['a money amount in an impressions quota', every('impressions', '50.00')],
    ['an impressions count in a money quota', every('money', '50.00', 20)],
    ['a fraction of an impression', every('impressions', 10.5)],
    ['a negative limit', every('impressions', -1)],
    [
      'eleven months',
      { name: 'P', unit: 'impressions', schedule: 'per-month', months: Array(11).fill({ total: 1 }) },
    ],
    ['colour "disabled" (it is "disallowed")', every('impressions', 10, 'disabled')],
    ['total "allowed" (it is "unlimited")', every('impressions', 'allowed')],
  ])('refuses %s', (_name, body) => {
    expect(quotaDefinitionSchema.safeParse(body).success).toBe(false);
  });

  it('refuses two definitions with one name', () => {
    const d = every('impressions', 1);
    expect(quotaDefinitionsSchema.safeParse([d, d]).success).toBe(false);
  });
});

describe('quotaAssignmentsSchema', () => {
  it.each([
    [
      'one of each scope',
      [
        { scope: 'company', quota: 'A' },
        { scope: 'cost-center', costCenter: 'CC-1', quota: 'B' },
        { scope: 'department', department: 'CC-1', quota: 'C' },
        { scope: 'user', email: 'ada@example.org', quota: 'D' },
      ],
      true,
    ],
    [
      'two company defaults',
      [
        { scope: 'company', quota: 'A' },
        { scope: 'company', quota: 'B' },
      ],
      false,
    ],
    [
      'one user twice, case aside',
      [
        { scope: 'user', email: 'ada@example.org', quota: 'A' },
        { scope: 'user', email: 'Ada@Example.org', quota: 'B' },
      ],
      false,
    ],
    ['a department without a name', [{ scope: 'department', department: '', quota: 'A' }], false],
    ['a company default naming a department', [{ scope: 'company', department: 'Lab', quota: 'A' }], false],
  ])('%s', (_name, body, ok) => {
    expect(quotaAssignmentsSchema.safeParse(body).success).toBe(ok);
  });
});

describe('quotaPolicySchema', () => {
  it('fills the defaults', () => {
    expect(quotaPolicySchema.parse({})).toEqual({
      mode: 'cost-center-or-personal',
      offerMono: true,
      timeZone: 'UTC',
    });
  });

  it.each([
    [{ mode: 'department-or-personal', timeZone: 'Europe/Paris' }, true],
    [{ mode: 'personal-only', offerMono: false, timeZone: 'Etc/GMT-1' }, true],
    [{ mode: 'group-or-personal' }, false],
    [{ timeZone: '+01:00' }, false],
    [{ timeZone: 'Mars/Olympus' }, false],
  ])('%o -> %s', (body, ok) => {
    expect(quotaPolicySchema.safeParse(body).success).toBe(ok);
  });
});
