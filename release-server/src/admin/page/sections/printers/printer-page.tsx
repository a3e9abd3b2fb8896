import type { PrinterRecord } from '@quire/protocol';
import { useState } from 'preact/hooks';
import { LoadFailure } from '../../components/load-state';
import { getPrinters } from '../../lib/admin-api';
import { routeHash } from '../../lib/route';
import { useAccess } from '../../lib/use-access';
import { useApi } from '../../lib/use-api';
import { useLoad } from '../../lib/use-load';
import { useStrings, useWords } from '../../lib/use-strings';
import { AddressForm } from './address-form';
import { PrinterFacts } from './printer-facts';
import { RemovePrinter } from './remove-printer';
import { TestPage } from './test-page';
import { printersWords } from './words';
import './printers.css';

/**
 * `#/printers/<name>/edit`: one printer, what Quire knows of it, its address (capabilities read again on
 * a change and shown at once), a test page, and removing it. Helpdesk sees it all and changes nothing:
 * the address form is disabled, the test page and removal are not offered.
 */
export function PrinterPage({ printer }: { printer: string }) {
  const t = useStrings();
  const w = useWords(printersWords);
  const api = useApi();
  const { canChange } = useAccess();
  const load = useLoad(`printers/${printer}`, (signal) => getPrinters(api, signal));
  // What the last address change answered, newer than the list loaded before it.
  const [saved, setSaved] = useState<PrinterRecord | null>(null);
  const record = saved ?? load.data?.find((p) => p.name === printer) ?? null;
  return (
    <>
      <p class="back">
        <a href={routeHash('printers')}>
          <span aria-hidden="true">← </span>
          {t.panel.back}
        </a>
      </p>
      <h1 tabIndex={-1}>{w.title(printer)}</h1>
      <LoadFailure load={load} />
      {load.data && !record && (
        <p class="empty" role="alert" data-testid="unknown-printer">
          {w.unknown(printer)}
        </p>
      )}
      {record && (
        <>
          <p class="intro">{w.intro}</p>
          {!canChange && (
            <p class="read-only" data-testid="read-only">
              {t.access.readOnly}
            </p>
          )}
          <section class="settings" aria-labelledby="printer-facts-title">
            <h2 id="printer-facts-title">{w.facts}</h2>
            <PrinterFacts printer={record} changed />
            <ul class="links">
              <li>
                <a href={routeHash('printers', [record.name])}>{t.panel.edit(record.name)}</a>
              </li>
              <li>
                <a href={routeHash('fleet', [record.name])}>{t.printers.status(record.name)}</a>
              </li>
            </ul>
          </section>
          <AddressForm printer={record} onSaved={setSaved} />
          {canChange && <TestPage printer={record.name} />}
          {canChange && <RemovePrinter printer={record.name} />}
        </>
      )}
    </>
  );
}
