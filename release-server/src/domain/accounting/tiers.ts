import { addMoney, type Money, multiplyMoney, zeroMoney } from './money';

/** A band of monthly volume priced at its own rate: impressions `from`.. the next band's `from` - 1. */
export interface Band {
  from: number;
  rate: Money;
}

/**
 * The cost of `count` more impressions when `used` were already printed this period: impressions number
 * used+1 .. used+count, each at the rate of the band it falls in. A job that crosses a boundary pays each
 * part at its own band's rate, so one job of 13,207 costs the same as 5,000 then 8,207 (issue 3).
 * `bands` start at 1 and rise (the price list schema checks it).
 */
export function tieredCost(bands: readonly Band[], used: number, count: number): Money {
  const first = used + 1;
  const last = used + count;
  let total = zeroMoney(bands[0]!.rate.currency);
  bands.forEach((band, i) => {
    const end = (bands[i + 1]?.from ?? Number.POSITIVE_INFINITY) - 1;
    const inBand = Math.min(end, last) - Math.max(band.from, first) + 1;
    if (inBand > 0) total = addMoney(total, multiplyMoney(band.rate, inBand));
  });
  return total;
}
