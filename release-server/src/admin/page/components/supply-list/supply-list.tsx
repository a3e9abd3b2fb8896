import type { FleetSupply } from '@quire/protocol';
import type { Strings } from '../../lib/i18n';
import { orderedSupplies, type SupplyBar, supplyBar } from '../../lib/supply';
import { useStrings } from '../../lib/use-strings';

/** How much a bar holds, in words: "74% left", "30% full", "some left". */
function amountText(bar: SupplyBar, t: Strings): string {
  if (bar.fill === null) return bar.vague === 'some' ? t.fleet.someLeft : t.fleet.levelUnknown;
  const pct = t.percent(bar.fill);
  return bar.measure === 'full' ? t.fleet.full(pct) : t.fleet.left(pct);
}

/**
 * Supplies as bars with their amount in words beside them; the bar is decoration for the eye
 * (aria-hidden), the words are what a screen reader reads. A low or full supply says so in words
 * and gets a striped bar, not only another colour.
 */
export function SupplyList({ supplies }: { supplies: readonly FleetSupply[] }) {
  const t = useStrings();
  if (supplies.length === 0) return <p class="muted">{t.fleet.noSupplies}</p>;
  return (
    <ul class="supplies">
      {orderedSupplies(supplies).map((s) => {
        const bar = supplyBar(s);
        const colour = s.colorant && /^[a-z]+$/.test(s.colorant) ? s.colorant : 'other';
        return (
          <li key={s.index} class={`supply tone-${bar.tone}`} data-testid="supply">
            <span class="supply-name">{s.description}</span>
            <span class="bar" aria-hidden="true">
              <span
                class={`fill fill-${colour} measure-${bar.measure}`}
                style={{ width: `${bar.fill ?? 0}%` }}
              />
            </span>
            <span class="supply-amount">
              {amountText(bar, t)}
              {bar.condition && (
                <strong class="supply-condition"> · {t.supplyCondition[bar.condition]}</strong>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
