import { LoadState } from '../../components/load-state';
import { getPrinters } from '../../lib/admin-api';
import { capabilityRows } from '../../lib/capabilities';
import { formatTime } from '../../lib/format';
import { routeHash } from '../../lib/route';
import { useApi } from '../../lib/use-api';
import { useRefresh } from '../../lib/use-refresh';
import { useStrings } from '../../lib/use-strings';

/**
 * `#/printers`: the registered printers and what each can do, in words; read-only until issue 5 brings
 * adding, editing and removing.
 */
export function PrintersSection() {
  const t = useStrings();
  const api = useApi();
  // Printers change rarely: a minute between refreshes is plenty.
  const printers = useRefresh('printers', (signal) => getPrinters(api, signal), 60_000);
  const now = Date.now();
  return (
    <>
      <h1 tabIndex={-1}>{t.printers.title}</h1>
      <p class="intro">{t.printers.intro}</p>
      <LoadState refresh={printers} />
      {printers.data?.length === 0 && <p class="empty">{t.printers.empty}</p>}
      {printers.data && printers.data.length > 0 && (
        <ul class="cards printers">
          {printers.data.map((p) => (
            <li key={p.name} class="card" data-testid="printer" data-printer={p.name}>
              <article aria-labelledby={`p-${p.name}`}>
                <h2 id={`p-${p.name}`}>{p.name}</h2>
                <dl class="facts wide">
                  <div>
                    <dt>{t.printers.uri}</dt>
                    <dd class="uri">{p.uri}</dd>
                  </div>
                  {capabilityRows(p.capabilities, t).map((row) => (
                    <div key={row.label}>
                      <dt>{row.label}</dt>
                      <dd>{row.value}</dd>
                    </div>
                  ))}
                  <div>
                    <dt>{t.printers.added}</dt>
                    <dd>{formatTime(p.addedAt, t, now)}</dd>
                  </div>
                </dl>
                <p>
                  <a href={routeHash('fleet', [p.name])}>{t.printers.status(p.name)}</a>
                </p>
              </article>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
