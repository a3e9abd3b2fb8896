import type { FleetSupply } from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import {
  type AlertKey,
  alertSeverityOf,
  diffAlerts,
  type PrinterAlertRow,
  printerAlerts,
  supplyAlerts,
  type WantedAlert,
} from './alerts';
import { toFleetSupply } from './supplies';

const printer = (index: number, code: number, description = ''): WantedAlert => ({
  source: 'printer',
  index,
  code,
  severity: 'critical',
  description,
});
const open = (index: number, code: number, id: number, source: AlertKey['source'] = 'printer') => ({
  source,
  index,
  code,
  id,
});

describe('diffAlerts by prtAlertIndex', () => {
  it.each<[string, ReturnType<typeof open>[], WantedAlert[], number[], number[]]>([
    ['nothing before, nothing now', [], [], [], []],
    ['a new alert is raised', [], [printer(1, 8)], [1], []],
    ['the same alert stays', [open(1, 8, 100)], [printer(1, 8)], [], []],
    ['a gone alert is cleared', [open(1, 8, 100)], [], [], [100]],
    ['a higher index is new', [open(1, 8, 100)], [printer(1, 8), printer(2, 3)], [2], []],
    ['one cleared, one raised', [open(1, 8, 100)], [printer(2, 8)], [2], [100]],
    ['index reused for another code after an agent restart', [open(1, 8, 100)], [printer(1, 3)], [1], [100]],
    ['a duplicate row is raised once', [], [printer(4, 8), printer(4, 8)], [4], []],
  ])('%s', (_name, before, now, raisedIndices, clearedIds) => {
    const { raised, cleared } = diffAlerts(before, now);
    expect(raised.map((a) => a.index)).toEqual(raisedIndices);
    expect(cleared.map((a) => a.id)).toEqual(clearedIds);
  });

  it('keeps printer and supply alerts with the same index apart', () => {
    const { raised, cleared } = diffAlerts(
      [open(1, 1104, 7, 'supply')],
      [printer(1, 1104), { ...printer(1, 1104), source: 'supply' }],
    );
    expect(raised).toEqual([printer(1, 1104)]);
    expect(cleared).toEqual([]);
  });
});

describe('alertSeverityOf (prtAlertSeverityLevel)', () => {
  it.each([
    [3, 'critical'],
    [4, 'warning'],
    [5, 'warning'],
    [1, 'other'],
    [null, 'other'],
  ] as const)('%s is %s', (code, severity) => expect(alertSeverityOf(code)).toBe(severity));
});

it('printerAlerts fills in words for a printer that sends no description', () => {
  const rows: PrinterAlertRow[] = [
    { index: 3, severityCode: 3, code: 8, group: 13, groupIndex: 1, description: '', time: 100 },
    { index: 4, severityCode: 4, code: 1104, group: 11, groupIndex: 1, description: 'Toner bas', time: 200 },
    { index: 5, severityCode: 1, code: 4242, group: 5, groupIndex: 1, description: '', time: 300 },
  ];
  expect(printerAlerts(rows)).toEqual([
    { source: 'printer', index: 3, code: 8, severity: 'critical', description: 'Paper jam' },
    { source: 'printer', index: 4, code: 1104, severity: 'warning', description: 'Toner bas' },
    { source: 'printer', index: 5, code: 4242, severity: 'other', description: 'Alert code 4242' },
  ]);
});

it('supplyAlerts leaves alone a supply the printer raises its own alert about', () => {
  const low = (index: number) =>
    toFleetSupply({
      index,
      classCode: 3,
      typeCode: 3,
      description: `T${index}`,
      colorant: null,
      level: 5,
      max: 100,
    });
  const printerSays: PrinterAlertRow[] = [
    { index: 9, severityCode: 4, code: 1104, group: 11, groupIndex: 1, description: 'T1 low', time: 1 },
    // Same index in another group (an input tray) is not about the supply.
    { index: 10, severityCode: 4, code: 807, group: 8, groupIndex: 2, description: 'Tray 2 low', time: 2 },
  ];
  expect(supplyAlerts([low(1), low(2)], printerSays).map((a) => a.index)).toEqual([2]);
  expect(supplyAlerts([low(1), low(2)]).map((a) => a.index)).toEqual([1, 2]);
});

describe('supplyAlerts: the low-supply threshold raises an alert', () => {
  const supply = (typeCode: number, classCode: number, level: number, max: number, threshold?: number) =>
    toFleetSupply({ index: 2, classCode, typeCode, description: 'S', colorant: null, level, max }, threshold);
  it.each<[string, FleetSupply, Omit<WantedAlert, 'source' | 'index'> | null]>([
    ['toner at 80 %', supply(3, 3, 8000, 10000), null],
    ['toner at 10 % is not under 10 %', supply(3, 3, 1000, 10000), null],
    [
      'toner at 9.9 %',
      supply(3, 3, 990, 10000),
      { code: 1104, severity: 'warning', description: 'S: low (9 %)' },
    ],
    [
      'toner cartridge at 5 %',
      supply(21, 3, 5, 100),
      { code: 1104, severity: 'warning', description: 'S: low (5 %)' },
    ],
    ['toner empty', supply(3, 3, 0, 10000), { code: 1101, severity: 'critical', description: 'S: empty' }],
    ['drum low', supply(9, 3, 10, 1000), { code: 12, severity: 'warning', description: 'S: low (1 %)' }],
    ['drum empty', supply(9, 3, 0, 1000), { code: 13, severity: 'critical', description: 'S: empty' }],
    ['waste toner with room', supply(4, 4, 30000, 40000), null],
    [
      'waste toner nearly full',
      supply(4, 4, 1000, 40000),
      { code: 1107, severity: 'warning', description: 'S: nearly full (97 %)' },
    ],
    [
      'waste toner full',
      supply(4, 4, 0, 40000),
      { code: 1109, severity: 'critical', description: 'S: full' },
    ],
    [
      'staples nearly full box is a receptacle too',
      supply(32, 4, 1, 100),
      { code: 14, severity: 'warning', description: 'S: nearly full (99 %)' },
    ],
    ['unknown level', supply(3, 3, -2, 10000), null],
    ['some remaining', supply(3, 3, -3, 10000), null],
    [
      'threshold 20 %',
      supply(3, 3, 1500, 10000, 20),
      { code: 1104, severity: 'warning', description: 'S: low (15 %)' },
    ],
  ])('%s', (_name, s, expected) => {
    const alerts = supplyAlerts([s]);
    expect(alerts).toEqual(expected ? [{ source: 'supply', index: 2, ...expected }] : []);
  });
});
