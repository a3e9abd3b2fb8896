import type { SupplyClass, SupplyCondition } from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import { supplyClassOf, supplyCondition, supplyPercent, supplyTypeOf, toFleetSupply } from './supplies';

describe('supplyPercent: only when max > 0 and level >= 0; receptacles inverted', () => {
  it.each<[SupplyClass, number, number, number | null]>([
    ['consumed', 8000, 10000, 80],
    ['consumed', 10000, 10000, 100],
    ['consumed', 0, 10000, 0],
    ['consumed', 1, 3, 33.3],
    ['consumed', 12000, 10000, 100],
    ['consumed', 50, 0, null],
    ['consumed', 50, -1, null],
    ['consumed', 50, -2, null],
    ['consumed', -1, 100, null],
    ['consumed', -2, 100, null],
    ['consumed', -3, 100, null],
    ['receptacle', 45000, 50000, 10],
    ['receptacle', 50000, 50000, 0],
    ['receptacle', 0, 50000, 100],
    ['receptacle', -3, 50000, null],
    ['receptacle', 10, -2, null],
    ['other', 25, 100, 25],
  ])('%s level %d max %d -> %s', (cls, level, max, percent) => {
    expect(supplyPercent(cls, level, max)).toBe(percent);
  });
});

describe('supplyCondition against the threshold (default 10 %)', () => {
  it.each<[SupplyClass, number, number, number | undefined, SupplyCondition]>([
    ['consumed', 8000, 10000, undefined, 'ok'],
    ['consumed', 1000, 10000, undefined, 'ok'],
    ['consumed', 999, 10000, undefined, 'low'],
    ['consumed', 1, 10000, undefined, 'low'],
    ['consumed', 0, 10000, undefined, 'empty'],
    ['consumed', 0, -2, undefined, 'empty'],
    ['consumed', -3, 10000, undefined, 'ok'],
    ['consumed', -2, 10000, undefined, 'unknown'],
    ['consumed', -1, 10000, undefined, 'unknown'],
    ['consumed', 40, -1, undefined, 'ok'],
    ['consumed', 1900, 10000, 20, 'low'],
    ['consumed', 2000, 10000, 20, 'ok'],
    ['receptacle', 50000, 50000, undefined, 'ok'],
    ['receptacle', 5000, 50000, undefined, 'ok'],
    ['receptacle', 4999, 50000, undefined, 'nearly-full'],
    ['receptacle', 0, 50000, undefined, 'full'],
    ['receptacle', -3, 50000, undefined, 'ok'],
  ])('%s level %d max %d threshold %s -> %s', (cls, level, max, threshold, condition) => {
    expect(supplyCondition(cls, level, max, threshold)).toBe(condition);
  });
});

describe('supply class and type words', () => {
  it.each<[number | null, SupplyClass]>([
    [3, 'consumed'],
    [4, 'receptacle'],
    [1, 'other'],
    [null, 'other'],
  ])('class %s is %s', (code, cls) => expect(supplyClassOf(code)).toBe(cls));

  it.each<[number | null, string]>([
    [3, 'toner'],
    [4, 'wasteToner'],
    [9, 'opc'],
    [21, 'tonerCartridge'],
    [32, 'staples'],
    [999, 'other'],
    [null, 'other'],
  ])('type %s is %s', (code, type) => expect(supplyTypeOf(code)).toBe(type));
});

it('toFleetSupply puts it together', () => {
  expect(
    toFleetSupply({
      index: 5,
      classCode: 4,
      typeCode: 4,
      description: 'Waste Toner Box',
      colorant: null,
      level: 2000,
      max: 40000,
    }),
  ).toEqual({
    index: 5,
    description: 'Waste Toner Box',
    class: 'receptacle',
    type: 'wasteToner',
    colorant: null,
    level: 2000,
    max: 40000,
    percent: 95,
    condition: 'nearly-full',
  });
});
