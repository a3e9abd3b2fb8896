import { describe, expect, it } from 'vitest';
import { COUNTER32, type MeterDelta, type MeterPoint, meterDelta } from './meter';

const at = (count: number, serial: string | null = 'SN1'): MeterPoint => ({ count, serial });

describe('meterDelta: differences, 32-bit wrap, reset and serial change flagged, never negative', () => {
  it.each<[string, MeterPoint | null, MeterPoint, MeterDelta]>([
    ['first reading', null, at(1000), { usage: null, event: 'first' }],
    ['no change', at(1000), at(1000), { usage: 0, event: 'normal' }],
    ['pages printed', at(1000), at(1042), { usage: 42, event: 'normal' }],
    ['wrap at 2^32 from the top', at(COUNTER32 - 1), at(0), { usage: 1, event: 'wrap' }],
    ['wrap across 2^32', at(COUNTER32 - 10), at(5), { usage: 15, event: 'wrap' }],
    [
      'wrap at the plausible limit',
      at(COUNTER32 - 5_000_000),
      at(5_000_000),
      { usage: 10_000_000, event: 'wrap' },
    ],
    ['drop too far to be a wrap is a reset', at(3_000_000_000), at(1000), { usage: null, event: 'reset' }],
    ['small decrease is a reset', at(5000), at(4999), { usage: null, event: 'reset' }],
    ['counter back to zero is a reset', at(123_456), at(0), { usage: null, event: 'reset' }],
    ['new serial number', at(1000, 'SN1'), at(1100, 'SN2'), { usage: null, event: 'serial-change' }],
    ['new serial and lower count', at(90_000, 'SN1'), at(10, 'SN2'), { usage: null, event: 'serial-change' }],
    ['serial unknown before', at(1000, null), at(1010, 'SN1'), { usage: 10, event: 'normal' }],
    ['serial unknown now', at(1000, 'SN1'), at(1010, null), { usage: 10, event: 'normal' }],
  ])('%s', (_name, previous, current, expected) => {
    expect(meterDelta(previous, current)).toEqual(expected);
  });

  it('takes the plausible wrap limit as an option', () => {
    expect(meterDelta(at(COUNTER32 - 100), at(100), 150)).toEqual({ usage: null, event: 'reset' });
    expect(meterDelta(at(COUNTER32 - 100), at(100), 200)).toEqual({ usage: 200, event: 'wrap' });
  });

  it('never answers negative usage', () => {
    for (const [p, c] of [
      [0, 1],
      [10, 0],
      [COUNTER32 - 1, 0],
      [2 ** 31, 2 ** 31 - 1],
    ] as const) {
      const { usage } = meterDelta(at(p), at(c));
      expect(usage === null || usage >= 0).toBe(true);
    }
  });
});
