import type { CsvCell } from '../csv-write';

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

/** One reading as a CSV row under {@link METER_CSV_HEADER}. */
export function meterCsvCells(r: MeterCsvRow): CsvCell[] {
  return [
    r.printer,
    new Date(r.at).toISOString(),
    r.serial,
    r.model,
    r.pageCount,
    r.counterUnit,
    r.usage,
    r.meterEvent,
    r.state,
  ];
}
