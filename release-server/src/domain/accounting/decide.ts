import type { ColorMode, JobSettings, PriceList, QuotaDefinition } from '@quire/protocol';
import { type Charge, chargeFor } from './charge';
import type { CountedSettings } from './counting';
import type { PeriodKey } from './period';
import { type Caps, capsFor, usedOf } from './quota-caps';
import { monoOfferWords, type QuotaReason, refusalWords } from './reasons';
import type { Usage } from './usage';

export interface DecisionInput {
  /** Document pages; `null` (or 0) when unknown. */
  pages: number | null;
  /** The settings it will print with, after fitting to the printer: its colour mode is what is charged. */
  settings: CountedSettings & Pick<JobSettings, 'colorMode'>;
  /** The printer's `printer-make-and-model`. */
  makeAndModel: string | null;
  prices: PriceList;
  /** The user's quota definition (`resolveQuota`); `null` when none is assigned. */
  quota: QuotaDefinition | null;
  /** The period now, in the company's time zone (`periodKey`). */
  period: PeriodKey;
  /** The user's charges this period, reservations of jobs still printing included. */
  usage: Usage;
  /** Offer black and white when colour is what stands in the way (quota policy). */
  offerMono: boolean;
}

export type Decision =
  | { outcome: 'allowed'; charge: Charge }
  /** Refused as it is, allowed in black and white: `mono` is the charge if the person says yes. */
  | { outcome: 'allowed-if-mono'; reason: QuotaReason; words: string; mono: Charge }
  | { outcome: 'refused'; reason: QuotaReason; words: string };

type Check = { ok: true; charge: Charge } | { ok: false; reason: QuotaReason };

const REASONS = {
  total: { exhausted: 'quota-exhausted', exceeds: 'exceeds-quota' },
  color: { exhausted: 'color-quota-exhausted', exceeds: 'exceeds-color-quota' },
} as const satisfies Record<'total' | 'color', Record<'exhausted' | 'exceeds', QuotaReason>>;

/** Would the job, printed in `mode`, fit the quota? The total first, then colour, which is part of it. */
function check(input: DecisionInput, caps: Caps, mode: ColorMode): Check {
  if (caps.total.kind === 'disabled') return { ok: false, reason: 'printing-disabled' };
  if (mode === 'color' && caps.color.kind === 'disabled') return { ok: false, reason: 'color-disallowed' };
  const charge = chargeFor({ ...input, colorMode: mode });
  const need = caps.unit === 'impressions' ? BigInt(charge.chargedImpressions) : charge.cost.micros;
  for (const part of mode === 'color' ? (['total', 'color'] as const) : (['total'] as const)) {
    const cap = caps[part];
    if (cap.kind !== 'max') continue;
    const used = usedOf(input.usage, caps.unit, part);
    // An estimate cannot be held against a limit: it would let an uncounted document overrun it.
    if (used + need <= cap.amount && !charge.estimated) continue;
    if (used >= cap.amount) return { ok: false, reason: REASONS[part].exhausted };
    return { ok: false, reason: charge.estimated ? 'unknown-page-count' : REASONS[part].exceeds };
  }
  return { ok: true, charge };
}

/**
 * Decides a release before anything is sent to the printer (PRODUCT.md §7). A colour job that does not
 * fit is offered in black and white when that would fit and the policy allows: the colour limit used
 * up, colour not allowed, or (in a money quota) colour costing more than is left.
 */
export function decide(input: DecisionInput): Decision {
  const caps = capsFor(input.quota, input.period);
  const asIs = check(input, caps, input.settings.colorMode);
  if (asIs.ok) return { outcome: 'allowed', charge: asIs.charge };
  if (input.settings.colorMode === 'color' && input.offerMono) {
    const mono = check(input, caps, 'monochrome');
    if (mono.ok) {
      return {
        outcome: 'allowed-if-mono',
        reason: asIs.reason,
        words: monoOfferWords(asIs.reason),
        mono: mono.charge,
      };
    }
    return { outcome: 'refused', reason: mono.reason, words: refusalWords(mono.reason) };
  }
  return { outcome: 'refused', reason: asIs.reason, words: refusalWords(asIs.reason) };
}
