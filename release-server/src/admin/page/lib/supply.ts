import type { FleetSupply, SupplyCondition } from '@quire/protocol';

/** How a condition looks: the bar's tone; the words always say it too (never colour alone). */
export type SupplyTone = 'ok' | 'attention' | 'problem' | 'unknown';

/**
 * One supply as a bar. A consumed supply (toner, drum) shows what is left; a receptacle (waste toner box)
 * shows how full it is: the server already inverts a receptacle's level (its space left) into `percent`
 * (issue 6: receptacles inverted).
 */
export interface SupplyBar {
  /** `left` for a consumed supply, `full` for a receptacle. */
  measure: 'left' | 'full';
  /** 0-100, the width of the bar; null when the printer does not say how much. */
  fill: number | null;
  /**
   * What the printer said when it gave no percent: `some` (-3, some remaining) or `unknown`; null when
   * `fill` is known.
   */
  vague: 'some' | 'unknown' | null;
  tone: SupplyTone;
  /** The condition worth words next to the amount (`low`, `full`...), null when all is well or unknown. */
  condition: Exclude<SupplyCondition, 'ok' | 'unknown'> | null;
}

/** `prtMarkerSuppliesLevel` -3: "some remaining" (RFC 3805). */
const SOME_REMAINING = -3;

export function supplyBar(s: FleetSupply): SupplyBar {
  const measure = s.class === 'receptacle' ? 'full' : 'left';
  const fill =
    s.percent === null || !Number.isFinite(s.percent)
      ? null
      : Math.round(Math.min(100, Math.max(0, s.percent)));
  return {
    measure,
    fill,
    vague: fill !== null ? null : s.level === SOME_REMAINING ? 'some' : 'unknown',
    tone: toneOf(s.condition),
    condition: s.condition === 'ok' || s.condition === 'unknown' ? null : s.condition,
  };
}

export function toneOf(condition: SupplyCondition): SupplyTone {
  switch (condition) {
    case 'ok':
      return 'ok';
    case 'low':
    case 'nearly-full':
      return 'attention';
    case 'empty':
    case 'full':
      return 'problem';
    case 'unknown':
      return 'unknown';
    default:
      return condition satisfies never;
  }
}

/** Supplies in the order a person reads them: toners first (by the printer's order), then the rest. */
export function orderedSupplies(supplies: readonly FleetSupply[]): FleetSupply[] {
  const rank = (s: FleetSupply): number => (s.type === 'toner' ? 0 : s.class === 'consumed' ? 1 : 2);
  return [...supplies].sort((a, b) => rank(a) - rank(b) || a.index - b.index);
}
