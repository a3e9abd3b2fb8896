import { useState } from 'preact/hooks';
import { ConfirmButton } from '../../components/confirm-button';
import { errorText } from '../../lib/error-text';
import { routeHash } from '../../lib/route';
import { useApi } from '../../lib/use-api';
import { useStrings, useWords } from '../../lib/use-strings';
import { removePrinter } from './api';
import { printersWords } from './words';

/**
 * Removing a printer (issue 5), `DELETE /api/admin/printers/:name`, asked twice, with what it does said
 * first: its panel stops, its settings go, held jobs and its history stay. Done, the list says so; the
 * server's refusal (a release under way) is said here.
 */
export function RemovePrinter({ printer }: { printer: string }) {
  const t = useStrings();
  const w = useWords(printersWords).remove;
  const api = useApi();
  const [failure, setFailure] = useState('');
  const remove = async () => {
    setFailure('');
    try {
      await removePrinter(api, printer);
      location.hash = routeHash('printers', [], { removed: printer });
    } catch (error) {
      setFailure(w.failed(printer, errorText(error, t)));
    }
  };
  return (
    <section class="settings remove-printer" aria-labelledby="remove-printer-title">
      <h2 id="remove-printer-title">{w.title}</h2>
      <p>{w.intro(printer)}</p>
      <ul class="consequences">
        <li>{w.panel}</li>
        <li>{w.settings}</li>
        <li>{w.held}</li>
        <li>{w.history(printer)}</li>
      </ul>
      <p class="hint">{w.busy}</p>
      <div class="form-actions">
        <ConfirmButton
          label={w.button}
          name={w.name(printer)}
          question={w.question(printer)}
          yes={w.yes}
          no={w.no}
          busy={w.removing}
          testId="remove-printer"
          onConfirm={remove}
        />
        <p class="form-status form-failed" role="status" data-testid="status-remove-printer">
          {failure}
        </p>
      </div>
    </section>
  );
}
