/** One meter reading as exported (PRODUCT.md §11: CSV export of meter readings). */
export interface MeterCsvRow {
  printer: string;
  /** Milliseconds since the epoch; written as ISO 8601 UTC. */
  at: number;
  serial: string | null;
  model: string | null;
  pageCount: number | null;
  counterUnit: string | null;
  usage: number | null;
  meterEvent: string | null;
  state: string;
}

export const METER_CSV_HEADER = [
  'printer',
  'read_at',
  'serial',
  'model',
  'page_count',
  'counter_unit',
  'usage',
  'meter_event',
  'state',
] as const;

/**
 * A CSV value (RFC 4180): quoted when it holds a comma, quote or line break. A text value that starts
 * with = + - @ or a tab would be run as a formula by a spreadsheet (CWE-1236): it gets a leading quote.
 */
export function csvValue(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The meter readings as CSV: UTF-8 with a byte-order mark (so spreadsheets read accents), CRLF lines. */
export function meterReadingsCsv(rows: readonly MeterCsvRow[]): string {
  const lines = [METER_CSV_HEADER.join(',')];
  for (const r of rows) {
    lines.push(
      [
        r.printer,
        new Date(r.at).toISOString(),
        r.serial,
        r.model,
        r.pageCount,
        r.counterUnit,
        r.usage,
        r.meterEvent,
        r.state,
      ]
        .map(csvValue)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
