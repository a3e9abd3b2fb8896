import { LoadState } from '../../components/load-state';
import { getPrinters } from '../../lib/admin-api';
import { capabilityRows } from '../../lib/capabilities';
import { formatTime } from '../../lib/format';
import { type Route, routeHash } from '../../lib/route';
import { useApi } from '../../lib/use-api';
import { useRefresh } from '../../lib/use-refresh';
import { useStrings } from '../../lib/use-strings';
import { AddPrinterForm } from './add-printer-form';
import { PrinterPanelForm } from './printer-panel-form';

/** `#/printers` lists the printers; `#/printers/<name>` edits one's panel settings. */
export function PrintersSection({ route }: { route: Route }) {
  const printer = route.path[0];
  return printer === undefined ? <PrinterList /> : <PrinterPanelForm printer={printer} />;
}

/**
 * The registered printers and what each can do, in words, each with a link to its panel settings; a
 * form below adds one by its IPP address. (Removing a printer waits for its API.)
 */
function PrinterList() {
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
                <ul class="links">
                  <li>
                    <a href={routeHash('printers', [p.name])} data-testid="edit-panel">
                      {t.panel.edit(p.name)}
                    </a>
                  </li>
                  <li>
                    <a href={routeHash('fleet', [p.name])}>{t.printers.status(p.name)}</a>
                  </li>
                </ul>
              </article>
            </li>
          ))}
        </ul>
      )}
      <AddPrinterForm onAdded={printers.reload} />
    </>
  );
}
