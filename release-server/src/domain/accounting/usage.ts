import type { ColorMode } from '@quire/protocol';
import { unreachable } from '../job-state';
import { addMoney, type Money, zeroMoney } from './money';
import type { Volume } from './prices';

/** What one person has been charged this period for jobs printed in one colour mode. */
export interface Tally {
  /** Charged impressions (see `Charge.chargedImpressions`). */
  impressions: number;
  cost: Money;
}

/** What one person has been charged this period, split by how the jobs printed. */
export interface Usage {
  mono: Tally;
  color: Tally;
}

export function noUsage(currency: string): Usage {
  return {
    mono: { impressions: 0, cost: zeroMoney(currency) },
    color: { impressions: 0, cost: zeroMoney(currency) },
  };
}

/** The usage after one more charge; a reservation and a completed job add the same way. */
export function addToUsage(
  usage: Usage,
  charge: { colorMode: ColorMode; chargedImpressions: number; cost: Money },
): Usage {
  const add = (t: Tally): Tally => ({
    impressions: t.impressions + charge.chargedImpressions,
    cost: addMoney(t.cost, charge.cost),
  });
  switch (charge.colorMode) {
    case 'monochrome':
      return { ...usage, mono: add(usage.mono) };
    case 'color':
      return { ...usage, color: add(usage.color) };
    default:
      return unreachable(charge.colorMode satisfies never);
  }
}

export const volumeOf = (usage: Usage): Volume => ({
  mono: usage.mono.impressions,
  color: usage.color.impressions,
});
