import type { ColorMode, PriceList, Pricing } from '@quire/protocol';
import { unreachable } from '../job-state';
import { type Money, multiplyMoney, parseMoney } from './money';
import { tieredCost } from './tiers';

/**
 * Impressions already charged this period, by how they printed. Tiers count each mode's own volume (the
 * worked example in issue 3 prices mono and colour as separate meters); a subscription's included
 * impressions are shared by both.
 */
export interface Volume {
  mono: number;
  color: number;
}

/** The prices for a printer: its model's entry if there is one (case and spaces ignored), else the default. */
export function pricingFor(prices: PriceList, makeAndModel: string | null): Pricing {
  const key = makeAndModel?.trim().toLowerCase();
  return prices.models.find((m) => m.makeAndModel.trim().toLowerCase() === key)?.pricing ?? prices.pricing;
}

function rateKey(mode: ColorMode): 'mono' | 'color' {
  switch (mode) {
    case 'monochrome':
      return 'mono';
    case 'color':
      return 'color';
    default:
      return unreachable(mode satisfies never);
  }
}

/**
 * The cost of `count` more impressions printed in `mode`, given the volume already charged this period.
 * `mode` is how the job prints, not how it was sent: a job printed in colour is charged colour for every
 * impression, and a job printed in black and white is charged mono even if it was sent in colour. Which
 * pages of a colour job are grey cannot be known before it prints, and the charge must be stated before
 * release (PRODUCT.md §7); the panel offers black and white instead (issue 3).
 */
export function priceImpressions(
  pricing: Pricing,
  currency: string,
  mode: ColorMode,
  count: number,
  volume: Volume,
): Money {
  const key = rateKey(mode);
  switch (pricing.kind) {
    case 'flat':
      return multiplyMoney(parseMoney(pricing[key], currency), count);
    case 'tiered': {
      const bands = pricing.bands.map((b) => ({ from: b.from, rate: parseMoney(b[key], currency) }));
      return tieredCost(bands, volume[key], count);
    }
    case 'subscription': {
      const includedLeft = Math.max(0, pricing.included - volume.mono - volume.color);
      const charged = count - Math.min(count, includedLeft);
      return multiplyMoney(parseMoney(pricing[key], currency), charged);
    }
    default:
      return unreachable(pricing satisfies never);
  }
}
