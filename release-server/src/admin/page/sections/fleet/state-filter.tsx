import type { FleetState } from '@quire/protocol';
import { routeHash } from '../../lib/route';
import { useStrings } from '../../lib/use-strings';

/** The filters in the order an administrator looks: everything, then what needs help. */
const FILTERS = ['all', 'error', 'warning', 'ok', 'unknown'] as const;

/**
 * Filters by state as links: the filter lives in the address (`#/fleet?state=error`), so it survives a
 * reload and can be bookmarked; the current one is marked for screen readers with aria-current.
 */
export function StateFilter({
  current,
  counts,
}: {
  current: FleetState | null;
  counts: Readonly<Record<(typeof FILTERS)[number], number>> | null;
}) {
  const t = useStrings();
  return (
    <nav class="filters" aria-label={t.fleet.filterLabel}>
      <ul>
        {FILTERS.map((f) => {
          const active = (f === 'all' ? null : f) === current;
          return (
            <li key={f}>
              <a
                href={routeHash('fleet', [], { state: f === 'all' ? undefined : f })}
                aria-current={active ? 'true' : undefined}
                class={`filter filter-${f}`}
                data-testid={`filter-${f}`}
              >
                {t.fleet.filters[f]}
                {counts && <span class="count"> ({counts[f]})</span>}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
