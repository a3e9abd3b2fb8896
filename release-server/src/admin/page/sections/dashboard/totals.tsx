import type { Dashboard } from '@quire/protocol';
import type { ComponentChildren } from 'preact';
import { formatNumber } from '../../lib/format';
import { formatMoney } from '../../lib/money';
import { useStrings, useWords } from '../../lib/use-strings';
import { sharePercent } from './figures';
import { dashboardWords } from './words';

function Figure({ id, label, children }: { id: string; label: string; children: ComponentChildren }) {
  return (
    <div data-testid={`total-${id}`}>
      <dt>{label}</dt>
      {children}
    </div>
  );
}

/**
 * The period's totals as a list of figures: jobs, pages, impressions, cost (one line per currency:
 * money is never summed across them) and the colour share of impressions.
 */
export function Totals({ totals }: { totals: Dashboard['totals'] }) {
  const t = useStrings();
  const w = useWords(dashboardWords);
  const n = (v: number) => formatNumber(v, t);
  const share = totals.colorShare === null ? null : sharePercent(totals.colorShare);
  const counts = [
    ['jobs', w.jobs, totals.jobs],
    ['pages', w.pages, totals.pages],
    ['impressions', w.impressions, totals.impressions],
  ] as const;
  return (
    <section aria-labelledby="totals-title">
      <h2 id="totals-title" class="vh">
        {w.totals}
      </h2>
      <dl class="totals" data-testid="totals">
        {counts.map(([id, label, value]) => (
          <Figure key={id} id={id} label={label}>
            <dd>{n(value)}</dd>
          </Figure>
        ))}
        <Figure id="cost" label={w.cost}>
          {totals.cost.length === 0 ? (
            <dd>–</dd>
          ) : (
            totals.cost.map((c) => <dd key={c.currency}>{formatMoney(c.amount, c.currency, t.locale)}</dd>)
          )}
        </Figure>
        <Figure id="colour" label={w.colourShare}>
          <dd>
            {share === null ? '–' : w.percent(formatNumber(share, t))}
            <span class="total-note">
              {w.colourOf(totals.impressions, n(totals.colorImpressions), n(totals.impressions))}
            </span>
          </dd>
        </Figure>
      </dl>
    </section>
  );
}
