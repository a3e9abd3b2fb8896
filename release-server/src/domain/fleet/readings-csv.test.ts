import { expect, it } from 'vitest';
import { parseCsv } from '../csv';
import { toCsv } from '../csv-write';
import { METER_CSV_HEADER, type MeterCsvRow, meterCsvCells } from './readings-csv';

it('meter readings export as UTF-8 CSV with a BOM that the importer reads back', () => {
  const rows: MeterCsvRow[] = [
    {
      printer: 'sim-color',
      at: Date.parse('2025-03-01T10:00:00Z'),
      serial: 'SN1',
      model: 'Laser, Colour "Pro"',
      pageCount: 4242,
      counterUnit: 'impressions',
      usage: 12,
      meterEvent: 'normal',
      state: 'ok',
    },
    {
      printer: 'sim-mono',
      at: Date.parse('2025-03-01T10:05:00Z'),
      serial: null,
      model: null,
      pageCount: 10,
      counterUnit: 'impressions',
      usage: null,
      meterEvent: 'reset',
      state: 'warning',
    },
  ];
  const csv = toCsv(METER_CSV_HEADER, rows.map(meterCsvCells));
  expect(
    csv.startsWith('\uFEFFprinter,read_at,serial,model,page_count,counter_unit,usage,meter_event,state\r\n'),
  ).toBe(true);
  const table = parseCsv(csv);
  expect(table.errors).toEqual([]);
  expect(table.rows.map((r) => r.values)).toEqual([
    [
      'sim-color',
      '2025-03-01T10:00:00.000Z',
      'SN1',
      'Laser, Colour "Pro"',
      '4242',
      'impressions',
      '12',
      'normal',
      'ok',
    ],
    ['sim-mono', '2025-03-01T10:05:00.000Z', '', '', '10', 'impressions', '', 'reset', 'warning'],
  ]);
});
