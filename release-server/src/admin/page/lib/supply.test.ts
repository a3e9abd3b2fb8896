import type { FleetSupply } from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import { orderedSupplies, supplyBar } from './supply';

const supply = (over: Partial<FleetSupply>): FleetSupply => ({
  index: 1,
  description: 'Black Toner Cartridge',
  class: 'consumed',
  type: 'toner',
  colorant: 'black',
  level: 7400,
  max: 10000,
  percent: 74,
  condition: 'ok',
  ...over,
});

describe('supplyBar', () => {
  it.each([
    ['toner 74 % left', {}, { measure: 'left', fill: 74, vague: null, tone: 'ok', condition: null }],
    [
      'toner low',
      { percent: 9, condition: 'low' },
      { measure: 'left', fill: 9, vague: null, tone: 'attention', condition: 'low' },
    ],
    [
      'toner empty',
      { percent: 0, level: 0, condition: 'empty' },
      { measure: 'left', fill: 0, vague: null, tone: 'problem', condition: 'empty' },
    ],
    [
      'a waste box 30 % full (the server inverted its space left)',
      { class: 'receptacle', type: 'wasteToner', level: 28000, max: 40000, percent: 30 },
      { measure: 'full', fill: 30, vague: null, tone: 'ok', condition: null },
    ],
    [
      'a waste box full',
      { class: 'receptacle', percent: 100, level: 0, condition: 'full' },
      { measure: 'full', fill: 100, vague: null, tone: 'problem', condition: 'full' },
    ],
    [
      'a waste box nearly full',
      { class: 'receptacle', percent: 95, condition: 'nearly-full' },
      { measure: 'full', fill: 95, vague: null, tone: 'attention', condition: 'nearly-full' },
    ],
    [
      'some remaining (-3)',
      { level: -3, max: 10000, percent: null, condition: 'unknown' },
      { measure: 'left', fill: null, vague: 'some', tone: 'unknown', condition: null },
    ],
    [
      'unknown level (-2)',
      { level: -2, percent: null, condition: 'unknown' },
      { measure: 'left', fill: null, vague: 'unknown', tone: 'unknown', condition: null },
    ],
    [
      'no maximum (-1)',
      { level: 500, max: -1, percent: null, condition: 'unknown' },
      { measure: 'left', fill: null, vague: 'unknown', tone: 'unknown', condition: null },
    ],
    ['a fraction is rounded', { percent: 33.6 }, { fill: 34 }],
    ['over 100 is clamped', { percent: 140 }, { fill: 100 }],
    ['under 0 is clamped', { percent: -5 }, { fill: 0 }],
  ] as const)('%s', (_, over, expected) => {
    expect(supplyBar(supply(over as Partial<FleetSupply>))).toMatchObject(expected);
  });
});

describe('orderedSupplies', () => {
  it('puts toners first, then other consumables, then receptacles, each in the printer order', () => {
    const list = [
      supply({ index: 5, class: 'receptacle', type: 'wasteToner' }),
      supply({ index: 6, type: 'opc' }),
      supply({ index: 2, colorant: 'cyan' }),
      supply({ index: 1 }),
    ];
    expect(orderedSupplies(list).map((s) => s.index)).toEqual([1, 2, 6, 5]);
  });
});
