import type { ColorMode, CountBy, PriceList } from '@quire/protocol';
import { unreachable } from '../job-state';
import { type CountedSettings, type Counts, countJob, sidesPerSheet } from './counting';
import { a4Weight } from './media-weight';
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

/**
 * The charge of a job whose page count was unknown at release, from what the printer says it printed:
 * `job-impressions-completed` when the job completed, all copies (RFC 8011 §5.3.18). It replaces the
 * estimate reserved at release (one page a copy), priced the same way, at the owner's usage without
 * that estimate.
 */
export function chargeForPrinted(input: Omit<ChargeInput, 'pages'> & { impressions: number }): Charge {
  const { impressions, settings } = input;
  if (!Number.isSafeInteger(impressions) || impressions < 1)
    throw new RangeError(`printed impressions must be a whole number >= 1: ${impressions}`);
  const perCopy = Math.ceil(impressions / settings.copies);
  const counts: Counts = {
    // What the printer counted is already after n-up: a page per impression is the best it says.
    pages: perCopy * settings.numberUp,
    copies: settings.copies,
    impressions,
    sheets: Math.ceil(perCopy / sidesPerSheet(settings.sides)) * settings.copies,
    a4Impressions: impressions * a4Weight(settings.media),
  };
  const chargedImpressions = charged(counts, input.prices.countBy);
  const cost = priceImpressions(
    pricingFor(input.prices, input.makeAndModel),
    input.prices.currency,
    input.colorMode,
    chargedImpressions,
    volumeOf(input.usage),
  );
  return { colorMode: input.colorMode, counts, chargedImpressions, cost, estimated: false };
}
