import {
  AppError,
  type ColorLimit,
  type QuotaDefinition,
  type QuotaLimit,
  type QuotaLimits,
  type QuotaUnit,
} from '@quire/protocol';
import { unreachable } from '../job-state';
import { parseMoney } from './money';
import { type PeriodKey, periodMonth } from './period';
import type { Usage } from './usage';

/**
 * A limit in the quota's unit: a count of impressions, or money in millionths. Both are bigints so one
 * comparison serves both units. `unlimited` on colour means only the total counts (`allowed`);
 * `disabled` on colour means colour is not allowed.
 */
export type Cap = { kind: 'unlimited' } | { kind: 'disabled' } | { kind: 'max'; amount: bigint };

export interface Caps {
  unit: QuotaUnit;
  total: Cap;
  /** Part of the total, never beside it: a colour impression uses both (PRODUCT.md §7). */
  color: Cap;
}

/** No quota applies (nothing assigned): nothing is capped, prices still apply. */
export const NO_CAPS: Caps = Object.freeze<Caps>({
  unit: 'impressions',
  total: { kind: 'unlimited' },
  color: { kind: 'unlimited' },
});

/** The limits of `period`: the same every month, or the month's own (`months[0]` is January). */
export function limitsFor(definition: QuotaDefinition, period: PeriodKey): QuotaLimits {
  switch (definition.schedule) {
    case 'every-month':
      return definition.limits;
    case 'per-month':
      return definition.months[periodMonth(period) - 1]!;
    default:
      return unreachable(definition satisfies never);
  }
}

function cap(value: QuotaLimit | ColorLimit, definition: QuotaDefinition): Cap {
  if (value === 'unlimited' || value === 'allowed') return { kind: 'unlimited' };
  if (value === 'disabled' || value === 'disallowed') return { kind: 'disabled' };
  const unit = typeof value === 'number' ? 'impressions' : 'money';
  if (unit !== definition.unit) {
    // The schema refuses this; a definition that bypassed it must not print for free.
    throw new AppError('internal-error', `Quota "${definition.name}" mixes impressions and money.`);
  }
  // Money limits are in the price list's currency; only the digits matter here ('XXX': no currency).
  return { kind: 'max', amount: typeof value === 'number' ? BigInt(value) : parseMoney(value, 'XXX').micros };
}

export function capsFor(definition: QuotaDefinition | null, period: PeriodKey): Caps {
  if (!definition) return NO_CAPS;
  const limits = limitsFor(definition, period);
  return {
    unit: definition.unit,
    total: cap(limits.total, definition),
    color: cap(limits.color, definition),
  };
}

/** What `usage` has used of the total, or of the colour part, in the caps' unit. */
export function usedOf(usage: Usage, unit: QuotaUnit, part: 'total' | 'color'): bigint {
  const tallies = part === 'total' ? [usage.mono, usage.color] : [usage.color];
  switch (unit) {
    case 'impressions':
      return tallies.reduce((sum, t) => sum + BigInt(t.impressions), 0n);
    case 'money':
      return tallies.reduce((sum, t) => sum + t.cost.micros, 0n);
    default:
      return unreachable(unit satisfies never);
  }
}
