import { linearScale, niceTicks } from '../../lib/chart';

/**
 * Bars of one value per day, as inline SVG without a chart library: the bars' x and width are
 * percentages of the drawing's width, their y and height pixels of a fixed height, so the chart fills
 * its box from a phone to a wide screen and its 12 px text never scales (no measuring, no viewBox).
 */

/** The drawing's height and the room above (the top tick's label) and below (the day labels), in px. */
export interface BarFrame {
  height: number;
  top: number;
  bottom: number;
}

export const BAR_FRAME: BarFrame = { height: 180, top: 16, bottom: 22 };

/** A bar takes this share of its day's slot; the rest is the gap that tells neighbours apart. */
const BAR_SHARE = 0.76;
/** A day label near an edge is anchored to it, so that it is not cut. */
const EDGE = 10;

export interface BarLayout {
  /** x and width in % of the width; y and height in px. A value above zero is at least 1 px high. */
  bars: { x: number; width: number; y: number; height: number }[];
  yTicks: { y: number; v: number }[];
  /**
   * The days labelled: the last one (today) and every `step` before it, at most `maxLabels`. Every
   * other one, counted from today, is `minor`: a narrow screen leaves those out (dashboard.css).
   */
  xTicks: { index: number; x: number; anchor: 'start' | 'middle' | 'end'; minor: boolean }[];
  /** The y of zero, where the bars stand. */
  baseline: number;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

export function layoutBars(
  values: readonly number[],
  o: { integer?: boolean; maxLabels?: number; frame?: BarFrame } = {},
): BarLayout {
  const frame = o.frame ?? BAR_FRAME;
  const n = values.length;
  const ticks = niceTicks(0, Math.max(0, ...values), 4, o.integer ?? false);
  const baseline = frame.height - frame.bottom;
  const y = linearScale([ticks[0] ?? 0, ticks.at(-1) ?? 1], [baseline, frame.top]);
  const slot = n > 0 ? 100 / n : 100;
  const bars = values.map((v, i) => {
    const height = v > 0 ? Math.max(1, baseline - y(v)) : 0;
    return {
      x: round2(i * slot + (slot * (1 - BAR_SHARE)) / 2),
      width: round2(slot * BAR_SHARE),
      y: round2(baseline - height),
      height: round2(height),
    };
  });
  const step = Math.max(1, Math.ceil(n / (o.maxLabels ?? 6)));
  const xTicks: BarLayout['xTicks'] = [];
  for (let i = n - 1, k = 0; i >= 0; i -= step, k++) {
    const x = round2((i + 0.5) * slot);
    const anchor = x < EDGE ? 'start' : x > 100 - EDGE ? 'end' : 'middle';
    xTicks.unshift({ index: i, x, anchor, minor: k % 2 === 1 });
  }
  return { bars, yTicks: ticks.map((v) => ({ y: round2(y(v)), v })), xTicks, baseline };
}
