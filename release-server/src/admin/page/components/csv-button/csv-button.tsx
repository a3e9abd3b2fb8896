import { useState } from 'preact/hooks';
import { errorText } from '../../lib/error-text';
import { saveBlob } from '../../lib/save-blob';
import { useStrings } from '../../lib/use-strings';

interface Props {
  label: string;
  filename: string;
  /** Fetches the file with the page's credentials (a link could not send them). */
  fetchFile: () => Promise<Blob>;
  onMessage: (message: string) => void;
}

/** A CSV download (UTF-8 with a BOM, for Excel): fetched, then handed to the browser as a file. */
export function CsvButton({ label, filename, fetchFile, onMessage }: Props) {
  const t = useStrings();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    if (busy) return;
    setBusy(true);
    try {
      saveBlob(await fetchFile(), filename);
      onMessage(t.csv.done(filename));
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
