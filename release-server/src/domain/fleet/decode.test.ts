import { describe, expect, it } from 'vitest';
import { counterUnitOf, decodeReading, printerDeviceIndex } from './decode';
import type { RawReading, SnmpValue } from './snmp-value';

const s = (text: string | number[]): SnmpValue => ({
  type: 'string',
  value: typeof text === 'string' ? new TextEncoder().encode(text) : Uint8Array.from(text),
});
const i = (value: number): SnmpValue => ({ type: 'integer', value });
const c = (value: number): SnmpValue => ({ type: 'counter', value });
const o = (value: string): SnmpValue => ({ type: 'oid', value });
const raw = (entries: Record<string, SnmpValue>): RawReading => new Map(Object.entries(entries));

/** A colour printer at hrDeviceIndex 2, with a jam alert, as a real one answers. */
const COLOR = raw({
  '1.3.6.1.2.1.1.1.0': s('ACME ColorLaser 9000'),
  '1.3.6.1.2.1.1.5.0': s('copy-room'),
  '1.3.6.1.2.1.1.6.0': s('Floor 2'),
  '1.3.6.1.2.1.25.3.2.1.2.1': o('1.3.6.1.2.1.25.3.1.2'),
  '1.3.6.1.2.1.25.3.2.1.2.2': o('1.3.6.1.2.1.25.3.1.5'),
  '1.3.6.1.2.1.25.3.2.1.3.2': s('ACME ColorLaser 9000 PS'),
  '1.3.6.1.2.1.25.3.2.1.5.2': i(5),
  '1.3.6.1.2.1.25.3.5.1.1.2': i(1),
  '1.3.6.1.2.1.25.3.5.1.2.2': s([0x04, 0x00]),
  '1.3.6.1.2.1.43.5.1.1.17.2': s('CNX12345'),
  '1.3.6.1.2.1.43.10.2.1.3.2.1': i(7),
  '1.3.6.1.2.1.43.10.2.1.4.2.1': c(48211),
  '1.3.6.1.2.1.43.11.1.1.3.2.1': i(1),
  '1.3.6.1.2.1.43.11.1.1.4.2.1': i(3),
  '1.3.6.1.2.1.43.11.1.1.5.2.1': i(21),
  '1.3.6.1.2.1.43.11.1.1.6.2.1': s('Black Cartridge'),
  '1.3.6.1.2.1.43.11.1.1.8.2.1': i(10000),
  '1.3.6.1.2.1.43.11.1.1.9.2.1': i(800),
  '1.3.6.1.2.1.43.11.1.1.3.2.2': i(2),
  '1.3.6.1.2.1.43.11.1.1.4.2.2': i(3),
  '1.3.6.1.2.1.43.11.1.1.5.2.2': i(21),
  '1.3.6.1.2.1.43.11.1.1.6.2.2': s([0x43, 0x79, 0x61, 0x6e, 0xe9]), // "Cyané" in Latin-1
  '1.3.6.1.2.1.43.11.1.1.8.2.2': i(-2),
  '1.3.6.1.2.1.43.11.1.1.9.2.2': i(-3),
  '1.3.6.1.2.1.43.11.1.1.3.2.3': i(0),
  '1.3.6.1.2.1.43.11.1.1.4.2.3': i(4),
  '1.3.6.1.2.1.43.11.1.1.5.2.3': i(4),
  '1.3.6.1.2.1.43.11.1.1.6.2.3': s('Waste Toner\0\0'),
  '1.3.6.1.2.1.43.11.1.1.8.2.3': i(40000),
  '1.3.6.1.2.1.43.11.1.1.9.2.3': i(30000),
  '1.3.6.1.2.1.43.12.1.1.4.2.1': s('black'),
  '1.3.6.1.2.1.43.12.1.1.4.2.2': s('cyan'),
  '1.3.6.1.2.1.43.18.1.1.2.2.7': i(3),
  '1.3.6.1.2.1.43.18.1.1.4.2.7': i(13),
  '1.3.6.1.2.1.43.18.1.1.5.2.7': i(1),
  '1.3.6.1.2.1.43.18.1.1.7.2.7': i(8),
  '1.3.6.1.2.1.43.18.1.1.8.2.7': s('Paper jam in tray 1'),
  '1.3.6.1.2.1.43.18.1.1.9.2.7': { type: 'ticks', value: 4200 },
  // another device's rows are not this printer's
  '1.3.6.1.2.1.43.18.1.1.7.1.1': i(3),
});

describe('decodeReading', () => {
  it('reads a colour printer at hrDeviceIndex 2', () => {
    const r = decodeReading(COLOR);
    expect(r).toMatchObject({
      isPrinter: true,
      deviceIndex: 2,
      sysDescr: 'ACME ColorLaser 9000',
      sysName: 'copy-room',
      location: 'Floor 2',
      model: 'ACME ColorLaser 9000 PS',
      deviceStatus: 'down',
      printerStatus: 'other',
      flags: ['jammed'],
      serial: 'CNX12345',
      pageCount: 48211,
      counterUnit: 'impressions',
    });
    expect(r.supplies).toEqual([
      {
        index: 1,
        description: 'Black Cartridge',
        class: 'consumed',
        type: 'tonerCartridge',
        colorant: 'black',
        level: 800,
        max: 10000,
        percent: 8,
        condition: 'low',
      },
      {
        index: 2,
        description: 'Cyané',
        class: 'consumed',
        type: 'tonerCartridge',
        colorant: 'cyan',
        level: -3,
        max: -2,
        percent: null,
        condition: 'ok',
      },
      {
        index: 3,
        description: 'Waste Toner',
        class: 'receptacle',
        type: 'wasteToner',
        colorant: null,
        level: 30000,
        max: 40000,
        percent: 25,
        condition: 'ok',
      },
    ]);
    expect(r.alerts).toEqual([
      {
        index: 7,
        severityCode: 3,
        code: 8,
        group: 13,
        groupIndex: 1,
        description: 'Paper jam in tray 1',
        time: 4200,
      },
    ]);
  });

  it('takes the threshold for supply conditions', () => {
    expect(decodeReading(COLOR, { lowSupplyPercent: 5 }).supplies[0]?.condition).toBe('ok');
  });

  it('reads what it can from a bare agent, and says it is not a printer', () => {
    const r = decodeReading(raw({ '1.3.6.1.2.1.1.1.0': s('Linux router') }));
    expect(r).toMatchObject({
      isPrinter: false,
      deviceIndex: 1,
      model: 'Linux router',
      flags: [],
      serial: null,
      pageCount: null,
      counterUnit: null,
      supplies: [],
      alerts: [],
      deviceStatus: null,
      printerStatus: null,
    });
  });
});

describe('printerDeviceIndex', () => {
  it.each<[string, Record<string, SnmpValue>, { index: number; found: boolean }]>([
    ['by hrDeviceType', { '1.3.6.1.2.1.25.3.2.1.2.3': o('1.3.6.1.2.1.25.3.1.5') }, { index: 3, found: true }],
    [
      'with a leading dot',
      { '1.3.6.1.2.1.25.3.2.1.2.1': o('.1.3.6.1.2.1.25.3.1.5') },
      { index: 1, found: true },
    ],
    ['by hrPrinterTable', { '1.3.6.1.2.1.25.3.5.1.1.4': i(3) }, { index: 4, found: true }],
    ['none: 1', {}, { index: 1, found: false }],
  ])('%s', (_name, entries, expected) => {
    expect(printerDeviceIndex(raw(entries))).toEqual(expected);
  });
});

it.each([
  [7, 'impressions'],
  [8, 'sheets'],
  [3, 'other'],
  [null, null],
] as const)('counter unit %s is %s', (code, unit) => expect(counterUnitOf(code)).toBe(unit));
