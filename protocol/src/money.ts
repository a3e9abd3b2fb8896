import * as z from 'zod/mini';

/** Decimal places money is kept to inside the server (millionths); more in a price is refused, not rounded. */
export const MONEY_SCALE = 6;

/** An ISO 4217 alphabetic code, e.g. `EUR`. */
export const currencySchema = z.string().check(z.regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as EUR'));

/** A non-negative decimal amount: "0.10", "5.2", "12". */
export const moneyAmountSchema = z
  .string()
  .check(z.regex(/^\d{1,15}(\.\d{1,6})?$/, 'a decimal amount such as "0.10", at most 6 decimals'));
