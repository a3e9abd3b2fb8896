import { AppError } from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import { minorUnits } from './currency';
import {
  addMoney,
  compareMoney,
  exactAmount,
  formatMoney,
  minMoney,
  money,
  multiplyMoney,
  parseMoney,
  subtractMoney,
} from './money';

const eur = (text: string) => parseMoney(text, 'EUR');

describe('parseMoney: decimal strings, exactly', () => {
  it.each([
    ['0.10', 100_000n],
    ['5.20', 5_200_000n],
    ['5.2', 5_200_000n],
    ['10.5', 10_500_000n],
    ['7.75', 7_750_000n],
    ['12', 12_000_000n],
    ['0', 0n],
    ['0.000001', 1n],
    ['0.0125', 12_500n],
    ['007.50', 7_500_000n],
    ['999999999999999.999999', 999_999_999_999_999_999_999n],
  ])('%s -> %s millionths', (text, micros) => {
    expect(eur(text)).toEqual({ currency: 'EUR', micros });
  });

  it.each([
    ['more than six decimals', '0.0000001'],
    ['a sign', '-1.00'],
    ['a plus sign', '+1'],
    ['an exponent', '1e3'],
    ['a comma', '1,50'],
    ['spaces', ' 1.50'],
    ['a bare point', '.5'],
    ['a trailing point', '5.'],
    ['nothing', ''],
    ['a word', 'free'],
  ])('refuses %s (%j) rather than guess', (_name, text) => {
    expect(() => eur(text)).toThrow(AppError);
  });

  it('refuses a currency that is not an ISO 4217 code', () => {
    expect(() => parseMoney('1.00', 'eur')).toThrow(AppError);
  });
});

describe('arithmetic is exact', () => {
  it.each([
    ['0.1 + 0.2', eur('0.1'), eur('0.2'), '0.3'],
    ['many digits', eur('0.000001'), eur('999.999999'), '1000'],
    ['the worked example, mono', eur('66200'), eur('8828'), '75028'],
  ])('add %s', (_name, a, b, sum) => {
    expect(exactAmount(addMoney(a, b))).toBe(sum);
  });

  it.each([
    ['0.10', 3, '0.3'],
    ['5.20', 1216, '6323.2'],
    ['7.75', 9000, '69750'],
    ['0.0125', 999, '12.4875'],
    ['0.10', 0, '0'],
    ['0.000001', 9_007_199_254_740_991, '9007199254.740991'],
  ])('%s x %i = %s', (each, count, product) => {
    expect(exactAmount(multiplyMoney(eur(each), count))).toBe(product);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses to multiply by %s', (count) => {
    expect(() => multiplyMoney(eur('1'), count)).toThrow(RangeError);
  });

  it('subtracts, below zero too', () => {
    expect(exactAmount(subtractMoney(eur('1.00'), eur('2.5')))).toBe('-1.5');
  });

  it.each([
    ['0.10', '0.1', 0],
    ['0.10', '0.11', -1],
    ['2', '1.999999', 1],
  ] as const)('compare %s with %s -> %i', (a, b, order) => {
    expect(compareMoney(eur(a), eur(b))).toBe(order);
    expect(minMoney(eur(a), eur(b))).toEqual(order <= 0 ? eur(a) : eur(b));
  });

  it('refuses to mix currencies', () => {
    expect(() => addMoney(eur('1'), parseMoney('1', 'USD'))).toThrow(/EUR and USD/);
    expect(() => compareMoney(eur('1'), parseMoney('1', 'USD'))).toThrow(AppError);
  });
});

describe('formatMoney: rounds half to even, to the currency minor units, only when shown', () => {
  it.each([
    ['75028', 'EUR', '75028.00'],
    ['86723.2', 'EUR', '86723.20'],
    ['0.10', 'EUR', '0.10'],
    ['0', 'EUR', '0.00'],
    ['0.005', 'EUR', '0.00'],
    ['0.015', 'EUR', '0.02'],
    ['0.025', 'EUR', '0.02'],
    ['0.035', 'EUR', '0.04'],
    ['0.025001', 'EUR', '0.03'],
    ['0.024999', 'EUR', '0.02'],
    ['0.0375', 'EUR', '0.04'],
    ['12.4875', 'EUR', '12.49'],
    ['1499.5', 'JPY', '1500'],
    ['1498.5', 'JPY', '1498'],
    ['0.4', 'JPY', '0'],
    ['1.2345', 'KWD', '1.234'],
    ['1.2355', 'KWD', '1.236'],
    ['1.00005', 'CLF', '1.0000'],
  ])('%s %s -> %s', (text, currency, shown) => {
    expect(formatMoney(parseMoney(text, currency))).toBe(shown);
  });

  it.each([
    [-25_000n, '-0.02'],
    [-35_000n, '-0.04'],
    [-4_000n, '0.00'],
    [-1_234_567n, '-1.23'],
  ])('negative %s millionths -> %s', (micros, shown) => {
    expect(formatMoney(money(micros, 'EUR'))).toBe(shown);
  });
});

describe('exactAmount keeps every digit', () => {
  it.each([
    [100_000n, '0.1'],
    [86_723_200_000n, '86723.2'],
    [12_000_000n, '12'],
    [100_000_000n, '100'],
    [1n, '0.000001'],
    [0n, '0'],
  ])('%s millionths -> %s', (micros, text) => {
    expect(exactAmount(money(micros, 'EUR'))).toBe(text);
  });
});

describe('minorUnits (ISO 4217)', () => {
  it.each([
    ['EUR', 2],
    ['USD', 2],
    ['CHF', 2],
    ['JPY', 0],
    ['KRW', 0],
    ['KWD', 3],
    ['CLF', 4],
  ])('%s has %i', (currency, digits) => {
    expect(minorUnits(currency)).toBe(digits);
  });
});
