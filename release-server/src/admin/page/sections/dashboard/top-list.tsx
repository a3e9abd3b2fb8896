import type { DashboardTop } from '@quire/protocol';
import { formatNumber } from '../../lib/format';
import { useStrings, useWords } from '../../lib/use-strings';
import { barLengths } from './figures';
import { dashboardWords } from './words';

interface Props {
  id: string;
  title: string;
  rows: readonly DashboardTop[];
  /** Said when the list is empty (a printer list whose jobs name none). */
  none?: string;
}

/**
 * The five users or printers with the most impressions, largest first, as horizontal bars with the
 * numbers written beside them: the bar is for the eye (aria-hidden), the words for everyone.
 */
export function TopList({ id, title, rows, none }: Props) {
  const t = useStrings();
  const w = useWords(dashboardWords);
  const lengths = barLengths(rows.map((r) => r.impressions));
  return (
    <section class="top" aria-labelledby={`${id}-title`} data-testid={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p class="hint">{w.topHint}</p>
      {rows.length === 0 ? (
        none && <p class="muted">{none}</p>
      ) : (
        <ol class="top-list">
          {rows.map((r, i) => (
            <li key={r.key} class="top-row" data-testid="top-row">
              <span class="top-name">
                {r.name}
                {r.key !== r.name && <span class="muted"> {r.key}</span>}
              </span>
              <span class="bar" aria-hidden="true">
                <span class="fill" style={{ width: `${lengths[i]}%` }} />
              </span>
              <span class="top-figures">
                {w.topFigures(
                  r.impressions,
                  formatNumber(r.impressions, t),
                  formatNumber(r.colorImpressions, t),
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
