import { describe, expect, it } from 'vitest';
import { parseCsv } from '../csv';
import { csvValue, meterReadingsCsv } from './readings-csv';

describe('csvValue', () => {
  it.each<[string | number | null, string]>([
    ['plain', 'plain'],
    [42, '42'],
    [null, ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['-1+2', "'-1+2"],
    ['@cmd', "'@cmd"],
    ['Étage 2', 'Étage 2'],
  ])('%j -> %s', (value, out) => expect(csvValue(value)).toBe(out));
});

it('meterReadingsCsv writes UTF-8 with a BOM that the importer reads back', () => {
  const csv = meterReadingsCsv([
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
  ]);
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
