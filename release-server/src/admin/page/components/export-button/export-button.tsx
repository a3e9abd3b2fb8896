import { useState } from 'preact/hooks';
import { getReadingsCsv } from '../../lib/admin-api';
import { errorText } from '../../lib/error-text';
import { saveBlob } from '../../lib/save-blob';
import { useApi } from '../../lib/use-api';
import { useStrings } from '../../lib/use-strings';

interface Props {
  /** One printer's readings; all printers' when absent. */
  printer?: string;
  label: string;
  onMessage: (message: string) => void;
}

/** Downloads the meter readings as CSV (UTF-8 with a BOM, for Excel), fetched with the token. */
export function ExportButton({ printer, label, onMessage }: Props) {
  const t = useStrings();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const blob = await getReadingsCsv(api, printer);
      saveBlob(blob, printer ? `meter-readings-${printer}.csv` : 'meter-readings.csv');
      onMessage(t.fleet.exported);
    } catch (error) {
      onMessage(t.fleet.exportFailed(errorText(error, t)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      class="export"
      aria-disabled={busy ? 'true' : undefined}
      data-testid="export-csv"
      onClick={run}
    >
      {busy ? t.fleet.exporting : label}
    </button>
  );
}
