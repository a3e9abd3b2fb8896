import type { FleetAlert } from '@quire/protocol';
import { orderedAlerts } from '../../lib/fleet-words';
import { formatWhen } from '../../lib/format';
import { useStrings } from '../../lib/use-strings';

/** Alerts open now, critical first: severity in words, the alert in the printer's own words, and since when. */
export function AlertList({ alerts }: { alerts: readonly FleetAlert[] }) {
  const t = useStrings();
  const now = Date.now();
  if (alerts.length === 0) return <p class="muted">{t.fleet.noAlerts}</p>;
  return (
    <ul class="alerts">
      {orderedAlerts(alerts).map((a) => (
        <li key={a.id} class="alert" data-testid="alert">
          <span class={`severity severity-${a.severity}`}>{t.severity[a.severity]}</span> {a.description}{' '}
          <span class="muted">· {formatWhen(a.raisedAt, t, now)}</span>
        </li>
      ))}
    </ul>
  );
}
