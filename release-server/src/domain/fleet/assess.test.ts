import type { FleetStatus } from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import { type Assessment, assess, fleetBlockingReason } from './assess';
import type { PrinterReading } from './decode';
import { toFleetSupply } from './supplies';

const reading = (over: Partial<PrinterReading>): PrinterReading => ({
  isPrinter: true,
  deviceIndex: 1,
  sysDescr: null,
  sysName: null,
  location: null,
  model: null,
  deviceStatus: 'running',
  printerStatus: 'idle',
  flags: [],
  serial: null,
  pageCount: 1,
  counterUnit: 'impressions',
  supplies: [],
  alerts: [],
  ...over,
});
const black = (level: number) =>
  toFleetSupply({
    index: 1,
    classCode: 3,
    typeCode: 3,
    description: 'Black',
    colorant: null,
    level,
    max: 100,
  });

describe('assess', () => {
  it.each<[string, Partial<PrinterReading>, Assessment]>([
    ['idle and well', {}, { state: 'ok', words: null }],
    ['printing', { printerStatus: 'printing' }, { state: 'ok', words: null }],
    ['jammed', { flags: ['jammed'], deviceStatus: 'down' }, { state: 'error', words: 'paper jam' }],
    [
      'offline with low toner',
      { flags: ['lowToner', 'offline'], deviceStatus: 'down' },
      { state: 'error', words: 'offline, toner low' },
    ],
    [
      'door open and no paper',
      { flags: ['noPaper', 'doorOpen'] },
      { state: 'error', words: 'out of paper, door open' },
    ],
    ['down without a flag', { deviceStatus: 'down' }, { state: 'error', words: 'down' }],
    [
      'low toner flag',
      { flags: ['lowToner'], deviceStatus: 'warning' },
      { state: 'warning', words: 'toner low' },
    ],
    ['supply under the threshold', { supplies: [black(5)] }, { state: 'warning', words: 'Black low' }],
    ['device warning alone', { deviceStatus: 'warning' }, { state: 'warning', words: 'warning' }],
  ])('%s', (_name, over, expected) => {
    expect(assess(reading(over), [])).toEqual(expected);
  });

  it('an open critical alert is a warning even without flags', () => {
    expect(
      assess(reading({}), [
        { source: 'printer', index: 1, code: 30, severity: 'critical', description: 'Fuser failure' },
      ]),
    ).toEqual({ state: 'warning', words: 'Fuser failure' });
  });
});

describe('fleetBlockingReason', () => {
  const now = Date.parse('2025-01-01T12:00:00Z');
  const status = (over: Partial<FleetStatus>): FleetStatus => ({
    printer: 'p1',
    monitoring: 'on',
    reachable: true,
    state: 'error',
    error: 'paper jam',
    flags: ['jammed'],
    deviceStatus: 'down',
    printerStatus: 'other',
    model: null,
    serial: null,
    sysName: null,
    location: null,
    pageCount: 1,
    counterUnit: 'impressions',
    meterEvent: 'normal',
    supplies: [],
    alerts: [],
    lastReadingAt: '2025-01-01T11:58:00Z',
    lastPollAt: '2025-01-01T11:58:00Z',
    pollError: null,
    ...over,
  });
  it.each<[string, Partial<FleetStatus>, string | null]>([
    ['jammed', {}, 'p1 reports paper jam. Your jobs stay held.'],
    [
      'door open and out of paper',
      { flags: ['noPaper', 'doorOpen', 'lowToner'] },
      'p1 reports out of paper and door open. Your jobs stay held.',
    ],
    ['down without flags', { flags: [] }, 'p1 reports that it is down. Your jobs stay held.'],
    ['warning only', { state: 'warning', flags: ['lowToner'] }, null],
    ['unreachable', { reachable: false }, null],
    ['too old to trust', { lastReadingAt: '2025-01-01T11:00:00Z' }, null],
  ])('%s', (_name, over, message) => {
    const reason = fleetBlockingReason(status(over), now, 15 * 60_000);
    expect(reason?.message ?? null).toBe(message);
    if (reason) expect(reason.code).toBe('printer-stopped');
  });
});
