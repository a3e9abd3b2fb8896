import { errorText } from '../../lib/error-text';
import { formatTime } from '../../lib/format';
import { useApi } from '../../lib/use-api';
import { useStrings, useWords } from '../../lib/use-strings';
import { printTestPage } from './api';
import { actionWords, statusClass, useAction } from './use-action';
import { printersWords } from './words';

/**
 * "Print a test page" (issue 5): `POST /api/admin/printers/:name/test-page` sends one page straight to
 * the printer and waits for it to accept it; what the printer said, or why it did not, is said beside
 * the button (and read out).
 */
export function TestPage({ printer }: { printer: string }) {
  const t = useStrings();
  const w = useWords(printersWords).testPage;
  const api = useApi();
  const send = useAction(() => printTestPage(api, printer));
  const s = send.state;
  const status = actionWords(s, {
    busy: w.sending(printer),
    done: (r) => w.sent(printer, r.printerJobId, formatTime(r.sentAt, t, Date.now())),
    failed: (error) => w.failed(printer, errorText(error, t)),
  });
  return (
    <section class="settings" aria-labelledby="test-page-title">
      <h2 id="test-page-title">{w.title}</h2>
      <p class="hint">{w.intro}</p>
      <div class="form-actions">
        <button
          type="button"
          aria-label={w.name(printer)}
          aria-disabled={s.kind === 'busy' ? 'true' : undefined}
          data-testid="test-page"
          onClick={() => void send.start()}
        >
          {w.button}
        </button>
        <p class={statusClass(s)} role="status" data-testid="status-test-page">
          {status}
        </p>
      </div>
    </section>
  );
}
