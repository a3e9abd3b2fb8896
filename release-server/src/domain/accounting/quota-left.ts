import type { QuotaDefinition } from '@quire/protocol';
import { unreachable } from '../job-state';
import { type Money, money } from './money';
import type { PeriodKey } from './period';
import { type Cap, capsFor, usedOf } from './quota-caps';
import type { Usage } from './usage';

/** What is left of a quota, for the panel ("Quota left: 120 pages, 20 in colour"). */
export type Left =
  | { kind: 'unlimited' }
  | { kind: 'disabled' }
  | { kind: 'impressions'; left: number }
  | { kind: 'money'; left: Money };

function remaining(cap: Cap, used: bigint): bigint | 'unlimited' | 'disabled' {
  switch (cap.kind) {
    case 'unlimited':
    case 'disabled':
      return cap.kind;
    case 'max':
      return cap.amount > used ? cap.amount - used : 0n;
    default:
      return unreachable(cap satisfies never);
  }
}

/**
 * What is left this period of the total and of colour. Colour left is never more than the total left,
 * since colour is part of the total; when the total is disabled so is colour. `currency` is the price
 * list's, for a money quota.
 */
export function quotaLeft(
  definition: QuotaDefinition | null,
  period: PeriodKey,
  usage: Usage,
  currency: string,
): { total: Left; color: Left } {
  const caps = capsFor(definition, period);
  const total = remaining(caps.total, usedOf(usage, caps.unit, 'total'));
  let color = remaining(caps.color, usedOf(usage, caps.unit, 'color'));
  if (total === 'disabled' || color === 'unlimited') color = total;
  else if (typeof total === 'bigint' && typeof color === 'bigint' && total < color) color = total;
  const left = (r: typeof total): Left => {
    if (typeof r !== 'bigint') return { kind: r };
    return caps.unit === 'impressions'
      ? { kind: 'impressions', left: Number(r) }
      : { kind: 'money', left: money(r, currency) };
  };
  return { total: left(total), color: left(color) };
}
