import type { FleetStatus } from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import {
  countByState,
  filterFromParams,
  orderedAlerts,
  reachText,
  STATE_MARK,
  troubleText,
  visibleFleet,
  withLatestStatus,
} from './fleet-words';
import { STRINGS } from './i18n';
import { fleetStatus } from './test-fixtures';

const en = STRINGS.en;
const fr = STRINGS.fr;

const status = (over: Partial<FleetStatus>): FleetStatus =>
  fleetStatus({ printer: 'p1', sysName: 'p1', model: 'M', serial: 'S', pageCount: 10, ...over });

const magentaLow = {
  index: 3,
  description: 'Magenta Toner Cartridge',
  class: 'consumed',
  type: 'toner',
  colorant: 'magenta',
  level: 540,
  max: 6000,
  percent: 9,
  condition: 'low',
} as const;

describe('troubleText', () => {
  it.each([
    ['all well', status({}), null, null],
    [
      'a jam with low toner: errors first',
      status({ state: 'error', flags: ['lowToner', 'jammed'], supplies: [magentaLow] }),
      'Paper jam, toner low, Magenta Toner Cartridge low',
      'Bourrage papier, toner bas, Magenta Toner Cartridge\u00a0: bas',
    ],
    ['down without a reason', status({ state: 'error', deviceStatus: 'down' }), 'Down', 'Hors service'],
    [
      'an open door and no paper',
      status({ state: 'error', flags: ['noPaper', 'doorOpen'] }),
      'Out of paper, door open',
      'Plus de papier, porte ouverte',
    ],
    [
      'a full waste box',
      status({
        state: 'warning',
        supplies: [{ ...magentaLow, description: 'Waste Toner Box', class: 'receptacle', condition: 'full' }],
      }),
      'Waste Toner Box full',
      'Waste Toner Box\u00a0: plein',
    ],
  ])('%s', (_, s, english, french) => {
    expect(troubleText(s, en)).toBe(english);
    expect(troubleText(s, fr)).toBe(french);
  });
});

describe('reachText', () => {
  it.each([
    [
      status({ monitoring: 'off', reachable: null, state: 'unknown' }),
      'off',
      'Not monitored: no SNMP settings',
    ],
    [status({ reachable: null, state: 'unknown' }), 'never', 'Not read yet'],
    [status({}), 'yes', 'Answering'],
    [
      status({ reachable: false, state: 'unknown', pollError: { kind: 'timeout', message: 'x' } }),
      'no',
      'Not answering: no answer in time',
    ],
    [
      status({ reachable: false, state: 'unknown', pollError: { kind: 'wrong-password', message: 'x' } }),
      'no',
      'Not answering: wrong SNMP password',
    ],
  ])('%# %s', (s, reach, text) => {
    expect(reachText(s, en)).toEqual({ reach, text });
  });
});

it('marks every state with a sign of its own, besides its colour', () => {
  expect(new Set(Object.values(STATE_MARK)).size).toBe(4);
});

describe('filters', () => {
  it.each([
    [{ state: 'error' }, 'error'],
    [{ state: 'ok' }, 'ok'],
    [{ state: 'ERROR' }, null],
    [{ state: 'constructor' }, null],
    [{}, null],
  ])('%j -> %s', (params, expected) => {
    expect(filterFromParams(params)).toBe(expected);
  });

  const list = [
    status({ printer: 'b-ok' }),
    status({ printer: 'z-error', state: 'error' }),
    status({ printer: 'a-ok' }),
    status({ printer: 'c-unknown', state: 'unknown' }),
    status({ printer: 'd-warn', state: 'warning' }),
  ];

  it('counts printers by state', () => {
    expect(countByState(list)).toEqual({ all: 5, error: 1, warning: 1, ok: 2, unknown: 1 });
  });

  it('lists the printers needing help first, then by name', () => {
    expect(visibleFleet(list, null).map((s) => s.printer)).toEqual([
      'z-error',
      'd-warn',
      'c-unknown',
      'a-ok',
      'b-ok',
    ]);
    expect(visibleFleet(list, 'ok').map((s) => s.printer)).toEqual(['a-ok', 'b-ok']);
  });
});

it('lists the critical alerts first, then the newest', () => {
  const alert = (id: number, severity: 'critical' | 'warning' | 'other', raisedAt: string) => ({
    id,
    source: 'printer' as const,
    index: id,
    severity,
    code: 8,
    description: `a${id}`,
    raisedAt,
    clearedAt: null,
  });
  const list = [
    alert(1, 'warning', '2026-03-10T10:00:00.000Z'),
    alert(2, 'other', '2026-03-10T12:00:00.000Z'),
    alert(3, 'critical', '2026-03-10T09:00:00.000Z'),
    alert(4, 'warning', '2026-03-10T11:00:00.000Z'),
  ];
  expect(orderedAlerts(list).map((a) => a.id)).toEqual([3, 4, 1, 2]);
});

describe('withLatestStatus', () => {
  const detail = {
    ...status({ state: 'ok', lastPollAt: '2026-03-10T10:00:00.000Z' }),
    readings: [],
    history: [],
  };
  it('takes the listed state when it was polled later, keeping the history and readings', () => {
    const listed = status({ state: 'error', flags: ['jammed'], lastPollAt: '2026-03-10T10:00:05.000Z' });
    const merged = withLatestStatus(detail, listed);
    expect(merged.state).toBe('error');
    expect(merged.flags).toEqual(['jammed']);
    expect(merged.readings).toBe(detail.readings);
  });
  it('keeps the detail when it is as new or newer, or the list is of another printer', () => {
    expect(withLatestStatus(detail, status({ state: 'error' }))).toBe(detail);
    expect(
      withLatestStatus(
        detail,
        status({ printer: 'p2', state: 'error', lastPollAt: '2026-03-10T11:00:00.000Z' }),
      ),
    ).toBe(detail);
    expect(withLatestStatus(detail, null)).toBe(detail);
  });
});
