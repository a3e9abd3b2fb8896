import { describe, expect, it } from 'vitest';
import { formatMoney, sumAmounts } from './money';

describe('money on the panel', () => {
  it.each([
    [['0.10', '0.20'], '0.3'],
    [['0.1', '0.2', '0.3'], '0.6'],
    [['75028', '86723.2'], '161751.2'],
    [['0.000001', '0.999999'], '1'],
    [[], '0'],
  ])('sums %j exactly to %s', (amounts, total) => {
    expect(sumAmounts(amounts)).toBe(total);
  });

  it('formats in the panel language with the currency minor units', () => {
    expect(formatMoney('en-GB', '12.5', 'EUR')).toBe('€12.50');
    expect(formatMoney('fr-FR', '12.5', 'EUR')).toBe('12,50\u00a0€');
    expect(formatMoney('en-GB', '3', 'JPY')).toBe('JP¥3');
  });
});
