import type { FleetAlert } from '@quire/protocol';
import { formatTime } from '../../lib/format';
import { useStrings } from '../../lib/use-strings';

/** Every alert of the period, newest first: when raised and cleared, how severe, what, and from whom. */
export function AlertHistory({ alerts }: { alerts: readonly FleetAlert[] }) {
  const t = useStrings();
  const now = Date.now();
  if (alerts.length === 0) return <p class="muted">{t.detail.noHistory}</p>;
  return (
    <div class="table-scroll">
      <table class="history" data-testid="alert-history">
        <thead>
          <tr>
            <th scope="col">{t.detail.raised}</th>
            <th scope="col">{t.detail.cleared}</th>
            <th scope="col">{t.detail.severity}</th>
            <th scope="col">{t.detail.alert}</th>
            <th scope="col">{t.detail.source}</th>
          </tr>
        </thead>
        <tbody>
          {alerts.map((a) => (
            <tr key={a.id} data-testid="history-row" data-open={a.clearedAt === null ? 'true' : 'false'}>
              <td>{formatTime(a.raisedAt, t, now)}</td>
              <td>
                {a.clearedAt === null ? <em>{t.detail.stillOpen}</em> : formatTime(a.clearedAt, t, now)}
              </td>
              <td>
                <span class={`severity severity-${a.severity}`}>{t.severity[a.severity]}</span>
              </td>
              <td>{a.description}</td>
              <td>{t.detail.sources[a.source]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
