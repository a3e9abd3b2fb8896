import { describe, expect, it } from 'vitest';
import {
  type Box,
  chartBox,
  layoutChart,
  linearScale,
  linePath,
  niceTicks,
  type Point,
  spreadLabels,
  thin,
  timeTickKind,
  timeTicks,
} from './chart';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2026, 2, 10, 8, 0, 0);

describe('linearScale', () => {
  it('maps the domain onto the range, inverted for SVG y', () => {
    const y = linearScale([0, 100], [200, 0]);
    expect([y(0), y(50), y(100), y(9)]).toEqual([200, 100, 0, 182]);
  });
  it('maps a one-value domain to the middle', () => {
    expect(linearScale([5, 5], [0, 100])(5)).toBe(50);
  });
});

describe('niceTicks', () => {
  it.each([
    [0, 100, 4, [0, 25, 50, 75, 100]],
    [0, 100, 5, [0, 20, 40, 60, 80, 100]],
    [48211, 48290, 4, [48200, 48220, 48240, 48260, 48280, 48300]],
    [15320, 15320, 4, [15300, 15310, 15320, 15330, 15340]],
    [0, 0, 4, [0, 0.25, 0.5, 0.75, 1]],
    [0.1, 0.3, 2, [0.1, 0.2, 0.3]],
    [Number.NaN, 1, 4, [0, 1]],
  ])('%d..%d in about %d steps', (min, max, count, expected) => {
    expect(niceTicks(min, max, count)).toEqual(expected);
  });

  it('keeps a flat counter on whole numbers', () => {
    expect(niceTicks(0, 0, 4, true)).toEqual([0, 1, 2]);
    expect(niceTicks(7, 9, 4, true)).toEqual([7, 8, 9]);
  });

  it('always covers the data', () => {
    for (const [lo, hi] of [
      [3, 97],
      [1, 2],
      [999_000, 1_004_321],
      [-7, 12],
    ] as const) {
      const ticks = niceTicks(lo, hi);
      expect(ticks[0]).toBeLessThanOrEqual(lo);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(hi);
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      expect(ticks.length).toBeLessThanOrEqual(9);
    }
  });
});

describe('timeTicks', () => {
  it('puts ticks on whole steps inside the span', () => {
    expect(timeTicks(T0 + 7 * MIN, T0 + HOUR + 7 * MIN, 4)).toEqual([
      T0 + 15 * MIN,
      T0 + 30 * MIN,
      T0 + 45 * MIN,
      T0 + HOUR,
    ]);
  });
  it('takes the finest step that gives at most `count` ticks', () => {
    const t0 = T0 + 45_000;
    expect(timeTicks(t0, t0 + 5 * MIN + 12_000, 5)).toEqual([1, 2, 3, 4, 5].map((m) => T0 + m * MIN));
    const month = timeTicks(T0, T0 + 30 * DAY, 5);
    expect(month.length).toBeGreaterThanOrEqual(4);
    expect(month.length).toBeLessThanOrEqual(6);
    expect(month[1]! - month[0]!).toBe(7 * DAY);
  });

  it('puts daily ticks on local midnight', () => {
    // UTC+1 (getTimezoneOffset -60): local midnight is 23:00 UTC the day before.
    const ticks = timeTicks(T0, T0 + 3 * DAY, 3, -60);
    expect(ticks).toEqual([1, 2, 3].map((d) => Date.UTC(2026, 2, 10 + d, 0, 0) - HOUR));
  });
  it('gives the one time of a single reading', () => {
    expect(timeTicks(T0, T0)).toEqual([T0]);
  });
  it('labels hours up to a day and a half, dates beyond', () => {
    expect(timeTickKind(30 * HOUR)).toBe('time');
    expect(timeTickKind(3 * DAY)).toBe('date');
  });
});

describe('linePath', () => {
  it('draws through the points and lifts the pen on a gap', () => {
    expect(
      linePath([
        { x: 0, y: 10 },
        { x: 1.26, y: 9.04 },
        { x: 2, y: null },
        { x: 3, y: 5 },
        { x: 4, y: 4 },
      ]),
    ).toBe('M0,10L1.3,9M3,5L4,4');
  });
  it('is empty without values', () => {
    expect(linePath([{ x: 0, y: null }])).toBe('');
  });
});

describe('thin', () => {
  const points: Point[] = Array.from({ length: 1000 }, (_, i) => ({ t: i, v: i === 500 ? 0 : 100 - i / 20 }));
  it('keeps at most two points per bucket, in time order, with the extremes', () => {
    const out = thin(points, 50);
    expect(out.length).toBeLessThanOrEqual(100);
    expect(out.map((p) => p.t)).toEqual([...out.map((p) => p.t)].sort((a, b) => a - b));
    expect(out.some((p) => p.t === 500 && p.v === 0)).toBe(true);
  });
  it('leaves short series alone', () => {
    expect(thin(points.slice(0, 10), 50)).toEqual(points.slice(0, 10));
  });
});

describe('spreadLabels', () => {
  it.each([
    ['far apart stay put', [10, 50, 90], [10, 50, 90]],
    ['close ones are pushed down', [50, 52, 51], [50, 78, 64]],
    ['at the bottom the stack slides up', [100, 100], [86, 100]],
    ['above the top they are brought in', [-20, 50], [0, 50]],
  ])('%s', (_, ys, expected) => {
    expect(spreadLabels(ys, 14, 0, 100)).toEqual(expected);
  });
});

describe('chartBox', () => {
  it('leaves room for the longest name on a wide chart', () => {
    const box = chartBox(900, ['Black Toner Cartridge', 'Magenta Toner Cartridge']);
    expect(box).toMatchObject({ width: 900, left: 64, right: 16 + Math.ceil(23 * 7.5), endLabels: true });
  });
  it('drops the end names on a phone, the legend names the lines', () => {
    expect(chartBox(358, ['Magenta Toner Cartridge'])).toMatchObject({
      width: 358,
      right: 12,
      endLabels: false,
    });
  });
  it('never goes below a usable width', () => {
    expect(chartBox(100, []).width).toBe(240);
  });
});

describe('layoutChart', () => {
  const box: Box = { width: 200, height: 120, left: 20, right: 40, top: 10, bottom: 10 };
  it('scales percentages onto the box, 0 at the bottom, 100 at the top', () => {
    const chart = layoutChart(
      [
        {
          key: 'k',
          label: 'Black',
          points: [
            { t: T0, v: 100 },
            { t: T0 + HOUR, v: 50 },
            { t: T0 + 2 * HOUR, v: 0 },
          ],
        },
      ],
      { box, yDomain: [0, 100] },
    );
    expect(chart.lines[0]!.d).toBe('M20,10L90,60L160,110');
    expect(chart.lines[0]!.end).toEqual({ x: 160, y: 110 });
    expect(chart.yTicks.map((t) => [t.v, t.y])).toEqual([
      [0, 110],
      [25, 85],
      [50, 60],
      [75, 35],
      [100, 10],
    ]);
    expect(chart.xTicks[0]).toEqual({ x: 20, t: T0 });
    expect(chart.xKind).toBe('time');
    expect(chart.empty).toBe(false);
  });

  it('fits the y axis to a counter', () => {
    const chart = layoutChart(
      [
        {
          key: 'pages',
          label: 'Pages',
          points: [
            { t: T0, v: 48211 },
            { t: T0 + DAY * 3, v: 48290 },
          ],
        },
      ],
      { box },
    );
    expect(chart.yTicks[0]!.v).toBe(48200);
    expect(chart.yTicks.at(-1)!.v).toBe(48300);
    expect(chart.xKind).toBe('date');
  });

  it('says when there is nothing to draw', () => {
    const chart = layoutChart([{ key: 'k', label: 'x', points: [{ t: T0, v: null }] }], { box });
    expect(chart.empty).toBe(true);
    expect(chart.lines[0]!.end).toBeNull();
    expect(chart.xTicks).toEqual([]);
  });
});
