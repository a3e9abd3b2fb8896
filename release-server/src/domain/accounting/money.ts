import { AppError, MONEY_SCALE } from '@quire/protocol';
import { minorUnits } from './currency';

/**
 * An exact amount of money: a whole number of millionths of the currency's main unit in a BigInt, so
 * 0.1 + 0.2 is 0.3 and 3,207 impressions at 4 cost exactly 12,828. Binary floating point never touches
 * money (issue 3). Arithmetic keeps every digit; only {@link formatMoney} rounds.
 */
export interface Money {
  readonly currency: string;
  /** Millionths of the main unit: 0.10 EUR is `100000n`. */
  readonly micros: bigint;
}

const ONE = 10n ** BigInt(MONEY_SCALE);
const AMOUNT = /^(\d+)(?:\.(\d+))?$/;
const CURRENCY = /^[A-Z]{3}$/;

export function money(micros: bigint, currency: string): Money {
  if (!CURRENCY.test(currency)) throw new AppError('bad-request', `"${currency}" is not an ISO 4217 code.`);
  return Object.freeze({ currency, micros });
}

export const zeroMoney = (currency: string): Money => money(0n, currency);

/**
 * Reads a decimal string such as "0.10" or "5.2". Signs, exponents, spaces and more than
 * {@link MONEY_SCALE} decimals are refused rather than rounded: a price is exactly what was typed.
 */
export function parseMoney(text: string, currency: string): Money {
  const m = AMOUNT.exec(text);
  const fraction = m?.[2] ?? '';
  if (!m || fraction.length > MONEY_SCALE) {
    throw new AppError(
      'bad-request',
      `"${text}" is not an amount such as 0.10 (at most ${MONEY_SCALE} decimals).`,
    );
  }
  return money(BigInt(m[1]!) * ONE + BigInt(fraction.padEnd(MONEY_SCALE, '0')), currency);
}

function same(a: Money, b: Money): string {
  if (a.currency !== b.currency) {
    throw new AppError('internal-error', `Cannot combine ${a.currency} and ${b.currency} amounts.`);
  }
  return a.currency;
}

export const addMoney = (a: Money, b: Money): Money => money(a.micros + b.micros, same(a, b));

export const subtractMoney = (a: Money, b: Money): Money => money(a.micros - b.micros, same(a, b));

/** The price of `count` items at `each`; `count` is a whole number of impressions, never a fraction. */
export function multiplyMoney(each: Money, count: number): Money {
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`not a count: ${count}`);
  return money(each.micros * BigInt(count), each.currency);
}

export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  same(a, b);
  return a.micros < b.micros ? -1 : a.micros > b.micros ? 1 : 0;
}

export const minMoney = (a: Money, b: Money): Money => (compareMoney(a, b) <= 0 ? a : b);

/**
 * The amount in the currency's minor units ("75028.00", "1500" for JPY), rounded half to even, so
 * rounding many amounts does not drift upwards. Display only: totals are summed exactly, then formatted.
 */
export function formatMoney(m: Money): string {
  const digits = minorUnits(m.currency);
  const step = 10n ** BigInt(MONEY_SCALE - digits);
  const magnitude = m.micros < 0n ? -m.micros : m.micros;
  let units = magnitude / step;
  const rest = magnitude % step;
  if (rest * 2n > step || (rest * 2n === step && units % 2n === 1n)) units += 1n;
  return (m.micros < 0n && units > 0n ? '-' : '') + decimal(units, digits);
}

/** Every digit kept, trailing zeros dropped: "86723.2", "0.105", "12". For storage and exact reports. */
export function exactAmount(m: Money): string {
  const magnitude = m.micros < 0n ? -m.micros : m.micros;
  const text = decimal(magnitude, MONEY_SCALE).replace(/\.?0+$/, '');
  return (m.micros < 0n ? '-' : '') + text;
}

function decimal(units: bigint, digits: number): string {
  if (digits === 0) return units.toString();
  const text = units.toString().padStart(digits + 1, '0');
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}
