import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney } from './format';

describe('formatMoney', () => {
  it.each([
    ['en-GB', '0.3', 'EUR', '€0.30'],
    ['fr-FR', '0.3', 'EUR', '0,30\u00a0€'],
    ['en-GB', '12', 'GBP', '£12.00'],
  ])('%s %s %s is %s', (locale, amount, currency, shown) => {
    expect(formatMoney(locale, amount, currency).replace('\u202f', '\u00a0')).toBe(shown);
  });

  it('falls back to the bare amount for a currency Intl does not know', () => {
    expect(formatMoney('en-GB', '1.5', 'XX')).toBe('1.5 XX');
  });
});

it('writes a date in the language, and nothing for something that is not one', () => {
  expect(formatDate('en-GB', '2026-11-21T09:05:00Z')).toMatch(/^21 Nov 2026, \d\d:05$/);
  expect(formatDate('fr-FR', '2026-11-21T09:05:00Z')).toMatch(/^21 nov\. 2026, \d\d:05$/);
  expect(formatDate('en-GB', 'yesterday')).toBe('');
});
