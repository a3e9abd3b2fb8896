import { describe, expect, it } from 'vitest';
import { BAR_FRAME, layoutBars } from './bar-layout';

const baseline = BAR_FRAME.height - BAR_FRAME.bottom;

describe('layoutBars', () => {
  it('gives each day an equal slot across the width, the bar centred in it', () => {
    const { bars } = layoutBars([1, 2, 3, 4]);
    expect(bars.map((b) => [b.x, b.width])).toEqual([
      [3, 19],
      [28, 19],
      [53, 19],
      [78, 19],
    ]);
  });

  it('stands the bars on the baseline, the highest up to the top tick; a zero day draws nothing', () => {
    const { bars, yTicks } = layoutBars([0, 10, 20], { integer: true });
    expect(yTicks.map((t) => t.v)).toEqual([0, 5, 10, 15, 20]);
    expect(yTicks[0]!.y).toBe(baseline);
    expect(yTicks.at(-1)!.y).toBe(BAR_FRAME.top);
    expect(bars[0]).toMatchObject({ height: 0, y: baseline });
    expect(bars[2]).toMatchObject({ y: BAR_FRAME.top, height: baseline - BAR_FRAME.top });
    expect(bars[1]!.height).toBeCloseTo((baseline - BAR_FRAME.top) / 2, 1);
  });

  it('keeps a tiny value visible: at least 1 px', () => {
    const { bars } = layoutBars([1000, 1]);
    expect(bars[1]!.height).toBe(1);
  });

  it('scales a period of no printing at all to whole ticks, with no bar', () => {
    const { bars, yTicks } = layoutBars([0, 0, 0], { integer: true });
    expect(yTicks.map((t) => t.v)).toEqual([0, 1, 2]);
    expect(bars.every((b) => b.height === 0)).toBe(true);
  });

  it('labels today and every step before it, at most six days, the edges anchored inside', () => {
    const ticks = layoutBars(new Array(30).fill(1)).xTicks;
    expect(ticks.map((t) => t.index)).toEqual([4, 9, 14, 19, 24, 29]);
    expect(ticks.at(-1)).toMatchObject({ x: 98.33, anchor: 'end' });
    expect(ticks[0]!.anchor).toBe('middle');
    const week = layoutBars(new Array(7).fill(1)).xTicks;
    expect(week.map((t) => [t.index, t.anchor, t.minor])).toEqual([
      [0, 'start', true],
      [2, 'middle', false],
      [4, 'middle', true],
      [6, 'end', false],
    ]);
    expect(layoutBars(new Array(90).fill(1)).xTicks).toHaveLength(6);
  });

  it('takes a single day', () => {
    const { bars, xTicks } = layoutBars([3]);
    expect(bars[0]).toMatchObject({ x: 12, width: 76 });
    expect(xTicks).toEqual([{ index: 0, x: 50, anchor: 'middle', minor: false }]);
  });
});
