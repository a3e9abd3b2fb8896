import { LoadState } from '../../components/load-state';
import { getPrinters } from '../../lib/admin-api';
import { type Route, routeHash } from '../../lib/route';
import { useApi } from '../../lib/use-api';
import { useRefresh } from '../../lib/use-refresh';
import { useStrings, useWords } from '../../lib/use-strings';
import { AddPrinterForm } from './add-printer-form';
import { PrinterFacts } from './printer-facts';
import { PrinterPage } from './printer-page';
import { PrinterPanelForm } from './printer-panel-form';
import { printersWords } from './words';

/**
 * `#/printers` lists the printers (`?removed=<name>` says one was just removed); `#/printers/<name>`
 * edits one's panel settings; `#/printers/<name>/edit` its address, a test page and its removal.
 */
export function PrintersSection({ route }: { route: Route }) {
  const [printer, view] = route.path;
  if (printer === undefined) return <PrinterList removed={route.params.removed} />;
  // Keyed: another printer's page starts afresh, nothing of the last one's answers kept.
  return view === 'edit' ? (
    <PrinterPage key={printer} printer={printer} />
  ) : (
    <PrinterPanelForm key={printer} printer={printer} />
  );
}

/**
 * The registered printers and what each can do, in words, each with links to its page, its panel
 * settings and its state in the fleet; a form below adds one by its IPP address.
 */
function PrinterList({ removed }: { removed: string | undefined }) {
  const t = useStrings();
  const w = useWords(printersWords);
  const api = useApi();
  // Printers change rarely: a minute between refreshes is plenty.
  const printers = useRefresh('printers', (signal) => getPrinters(api, signal), 60_000);
  return (
    <>
      <h1 tabIndex={-1}>{t.printers.title}</h1>
      <p class="intro">{t.printers.intro}</p>
      <p class="notice" role="status" data-testid="printers-notice">
        {removed && w.remove.done(removed)}
      </p>
      <LoadState refresh={printers} />
      {printers.data?.length === 0 && <p class="empty">{t.printers.empty}</p>}
      {printers.data && printers.data.length > 0 && (
        <ul class="cards printers">
          {printers.data.map((p) => (
            <li key={p.name} class="card" data-testid="printer" data-printer={p.name}>
              <article aria-labelledby={`p-${p.name}`}>
                <h2 id={`p-${p.name}`}>{p.name}</h2>
                <PrinterFacts printer={p} />
                <ul class="links">
                  <li>
                    <a href={routeHash('printers', [p.name, 'edit'])} data-testid="edit-printer">
                      {w.edit(p.name)}
                    </a>
                  </li>
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
