import { formatNumber } from '../../lib/format';
import { routeHash } from '../../lib/route';
import { useStrings, useWords } from '../../lib/use-strings';
import { DAY_CHOICES } from './figures';
import { dashboardWords } from './words';

/**
 * The period as links (`#/dashboard?days=7`), like the fleet's filters: it lives in the address, so it
 * survives a reload and can be bookmarked; the current one is marked with aria-current.
 */
export function PeriodLinks({ days }: { days: number }) {
  const t = useStrings();
  const w = useWords(dashboardWords);
  return (
    <nav class="filters" aria-label={w.periodLabel}>
      <ul>
        {DAY_CHOICES.map((d) => (
          <li key={d}>
            <a
              href={routeHash('dashboard', [], { days: String(d) })}
              aria-current={d === days ? 'true' : undefined}
              class="filter"
              data-testid={`days-${d}`}
            >
              {w.lastDays(d, formatNumber(d, t))}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
