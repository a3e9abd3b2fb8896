import type { FleetStatus } from '@quire/protocol';
import { useCallback, useState } from 'preact/hooks';
import { ExportButton } from '../../components/export-button';
import { LoadState } from '../../components/load-state';
import { getFleet } from '../../lib/admin-api';
import { countByState, filterFromParams, visibleFleet } from '../../lib/fleet-words';
import type { Route } from '../../lib/route';
import { useApi } from '../../lib/use-api';
import { useRefresh } from '../../lib/use-refresh';
import { useStrings } from '../../lib/use-strings';
import { PrinterCard } from './printer-card';
import { StateFilter } from './state-filter';

/** `#/fleet[?state=]`: every printer's state, refreshed every 10 s, filtered by state. */
export function FleetOverview({ route }: { route: Route }) {
  const t = useStrings();
  const api = useApi();
  const filter = filterFromParams(route.params);
  const fleet = useRefresh('fleet', (signal) => getFleet(api, signal));
  const [message, setMessage] = useState('');
  const onStatus = useCallback(
    (status: FleetStatus) =>
      fleet.update((list) => list.map((s) => (s.printer === status.printer ? status : s))),
    [fleet.update],
  );
  const list = fleet.data === null ? null : visibleFleet(fleet.data, filter);
  return (
    <>
      <h1 tabIndex={-1}>{t.fleet.title}</h1>
      <p class="intro">{t.fleet.intro}</p>
      <div class="toolbar">
        <StateFilter current={filter} counts={fleet.data && countByState(fleet.data)} />
        <ExportButton label={t.fleet.exportCsv} onMessage={setMessage} />
      </div>
      <p class="notice" role="status" data-testid="notice">
        {message}
      </p>
      <LoadState refresh={fleet} />
      {list !== null &&
        (list.length === 0 ? (
          <p class="empty" data-testid="empty">
            {filter === null ? t.fleet.empty : t.fleet.emptyFilter[filter]}
          </p>
        ) : (
          <ul class="cards">
            {list.map((s) => (
              <PrinterCard key={s.printer} status={s} onStatus={onStatus} onMessage={setMessage} />
            ))}
          </ul>
        ))}
    </>
  );
}
