import type { SimPrinterView, TrayEntry } from '@quire/protocol';
import { documentUrl } from '../lib/api';
import { COLOR_WORDS, finishingsWords, SIDES_WORDS } from '../lib/words';

const time = (iso: string): string =>
  new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** What came out of the printer, newest first, each with the settings the printer received. */
export function OutputTray({ printer }: { printer: SimPrinterView }) {
  const { tray } = printer;
  return (
    <section class="tray" aria-label={`Output tray of ${printer.name}`}>
      <h2>
        Output tray{' '}
        <span class="tray-count">{tray.length === 1 ? '1 document' : `${tray.length} documents`}</span>
      </h2>
      {tray.length === 0 && (
        <p class="tray-empty">Nothing printed yet. Tap a badge, then print a job on the panel.</p>
      )}
      <ol class="tray-list" data-testid="tray">
        {tray.map((e) => (
          <Entry key={`${e.printer}-${e.printerJobId}`} entry={e} />
        ))}
      </ol>
    </section>
  );
}

function Entry({ entry: e }: { entry: TrayEntry }) {
  return (
    <li
      class={`sheet sheet-${e.colorMode}`}
      data-testid="tray-entry"
      data-copies={e.copies}
      data-sides={e.sides}
      data-color-mode={e.colorMode}
      data-finishings={e.finishings.join(',')}
      data-job-name={e.name}
      data-user={e.user}
    >
      <div class="sheet-top">
        <a class="sheet-name" href={documentUrl(e.printer, e.printerJobId)} target="_blank" rel="noreferrer">
          {e.name}
        </a>
        <span class="sheet-time">{time(e.receivedAt)}</span>
      </div>
      <div class="sheet-user">{e.user}</div>
      <ul class="sheet-tags">
        <li class="tag tag-copies">{e.copies === 1 ? '1 copy' : `${e.copies} copies`}</li>
        <li class="tag">{SIDES_WORDS[e.sides]}</li>
        <li class={`tag tag-${e.colorMode}`}>{COLOR_WORDS[e.colorMode]}</li>
        <li class="tag">{finishingsWords(e.finishings)}</li>
        {e.numberUp > 1 && <li class="tag">{e.numberUp} pages per side</li>}
        {e.media && <li class="tag">{e.media}</li>}
      </ul>
    </li>
  );
}
