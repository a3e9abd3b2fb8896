import type { ColorMode, CountBy, PriceList } from '@quire/protocol';
import { unreachable } from '../job-state';
import { type CountedSettings, type Counts, countJob } from './counting';
import type { Money } from './money';
import { priceImpressions, pricingFor } from './prices';
import { type Usage, volumeOf } from './usage';

/** What one job costs, and the counts behind it. */
export interface Charge {
  /** How it prints, which is what it is charged as. */
  colorMode: ColorMode;
  counts: Counts;
  /**
   * What prices, tiers, subscriptions and impression quotas count: the impressions, or their A4
   * equivalents when the price list counts those. Add this, not `counts.impressions`, to usage.
   */
  chargedImpressions: number;
  cost: Money;
  /**
   * The page count was unknown, so this is the charge for one page a copy: a lower bound. Settle it from
   * the printer's `job-impressions-completed` when the job ends; never record it as the final cost.
   */
  estimated: boolean;
}

export interface ChargeInput {
  /** Document pages; `null` when unknown (PostScript and PCL cannot be counted before rendering). */
  pages: number | null;
  settings: CountedSettings;
  colorMode: ColorMode;
  /** The printer's `printer-make-and-model`, for per-model prices. */
  makeAndModel: string | null;
  prices: PriceList;
  /** Charged so far this period, for tiers and subscriptions. */
  usage: Usage;
}

function charged(counts: Counts, countBy: CountBy): number {
  switch (countBy) {
    case 'impression':
      return counts.impressions;
    case 'a4-equivalent':
      return counts.a4Impressions;
    default:
      return unreachable(countBy satisfies never);
  }
}

/**
 * Counts and prices a job. A page count of 0 is treated as unknown, like `null`: a document with bytes
 * and no pages is a counting failure, and it must not print for free by accident (issue 3).
 */
export function chargeFor(input: ChargeInput): Charge {
  const known = input.pages !== null && input.pages !== 0;
  const counts = countJob(known ? input.pages! : 1, input.settings);
  const chargedImpressions = charged(counts, input.prices.countBy);
  const pricing = pricingFor(input.prices, input.makeAndModel);
  const cost = priceImpressions(
    pricing,
    input.prices.currency,
    input.colorMode,
    chargedImpressions,
    volumeOf(input.usage),
  );
  return { colorMode: input.colorMode, counts, chargedImpressions, cost, estimated: !known };
}
