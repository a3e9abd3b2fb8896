import { getReadingsCsv } from '../../lib/admin-api';
import { useApi } from '../../lib/use-api';
import { CsvButton } from '../csv-button';

interface Props {
  /** One printer's readings; all printers' when absent. */
  printer?: string;
  label: string;
  onMessage: (message: string) => void;
}

/** Downloads the meter readings as CSV (UTF-8 with a BOM, for Excel), fetched with the page's credentials. */
export function ExportButton({ printer, label, onMessage }: Props) {
  const api = useApi();
  return (
    <CsvButton
      label={label}
      filename={printer ? `meter-readings-${printer}.csv` : 'meter-readings.csv'}
      fetchFile={() => getReadingsCsv(api, printer)}
      onMessage={onMessage}
    />
  );
}
