/**
 * Line charts as inline SVG without a chart library (issue 6: toner level and pages over time): scales,
 * ticks, paths and label placement, all pure so that the numbers are tested; `components/line-chart`
 * only draws what this computes.
 */

export interface Point {
  /** Milliseconds since the epoch. */
  t: number;
  /** null breaks the line (the printer did not say). */
  v: number | null;
}

export interface Series {
  key: string;
  label: string;
  /** A colorant's name (`black`, `cyan`...) to draw the line in; the dash pattern tells lines apart too. */
  colorant?: string | null;
  points: readonly Point[];
}

/** The drawing area inside the SVG's viewBox; the margins hold the axes' labels and the end labels. */
export interface Box {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const DEFAULT_BOX: Box = { width: 640, height: 220, left: 64, right: 160, top: 12, bottom: 28 };

/** About how wide one character of a 12 px label is, to leave room for the lines' names. */
const CHAR_PX = 7.5;
/** The plot keeps at least this width; past it, the names move to the legend alone. */
const MIN_PLOT = 220;

/**
 * The box for a chart `width` px wide, drawn at 1:1 so that its text stays 12 px from a phone to a
 * wide screen: room on the right for the longest line name when it fits (`endLabels`), else none.
 */
export function chartBox(width: number, labels: readonly string[]): Box & { endLabels: boolean } {
  const w = Math.max(240, Math.round(width));
  const longest = Math.max(0, ...labels.map((l) => l.length));
  const right = 16 + Math.ceil(longest * CHAR_PX);
  const endLabels = w - DEFAULT_BOX.left - right >= MIN_PLOT;
  return { ...DEFAULT_BOX, width: w, right: endLabels ? right : 12, endLabels };
}

/** Maps `domain` onto `range` linearly; a domain of one value maps to the middle of the range. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]) {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return (): number => (r0 + r1) / 2;
  const k = (r1 - r0) / (d1 - d0);
  return (v: number): number => r0 + (v - d0) * k;
}

/** A step of 1, 2, 2.5 or 5 times a power of ten near `raw`. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const f = raw / power;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * power;
}

/**
 * Round tick values covering [min, max] in about `count` steps: the y axis and its domain (the first and
 * last tick). A flat series (min = max) gets a small band around its value, never below 0 when the
 * value is not; `integer` keeps steps whole (a page counter has no half pages).
 */
export function niceTicks(min: number, max: number, count = 4, integer = false): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  let lo = Math.min(min, max);
  let hi = Math.max(min, max);
  if (lo === hi) {
    const pad = Math.max(integer ? 2 : 0, lo === 0 ? 1 : niceStep(Math.abs(lo) / 1000));
    lo = lo >= 0 ? Math.max(0, lo - pad) : lo - pad;
    hi += pad;
  }
  const raw = niceStep((hi - lo) / count);
  const step = integer ? Math.max(1, raw) : raw;
  const first = Math.floor(lo / step) * step;
  const last = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  // Rounded to the step's precision: 0.1 + 0.2 must read 0.3.
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  for (let v = first; v <= last + step / 2; v += step) ticks.push(Number(v.toFixed(digits)));
  return ticks;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const TIME_STEPS = [
  MINUTE,
  5 * MINUTE,
  15 * MINUTE,
  30 * MINUTE,
  HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  DAY,
  2 * DAY,
  7 * DAY,
  14 * DAY,
  30 * DAY,
  91 * DAY,
  365 * DAY,
];

/**
 * Times on whole minutes, hours or days (in local time: `offsetMinutes` is `Date.getTimezoneOffset()`)
 * inside [t0, t1], about `count` of them (at most one more).
 */
export function timeTicks(t0: number, t1: number, count = 5, offsetMinutes = 0): number[] {
  if (!(t1 > t0)) return Number.isFinite(t0) ? [t0] : [];
  // The finest step that gives at most `count` ticks.
  const step = TIME_STEPS.find((s) => Math.floor((t1 - t0) / s) <= count) ?? TIME_STEPS.at(-1)!;
  const offset = offsetMinutes * MINUTE;
  const ticks: number[] = [];
  for (let t = Math.ceil((t0 - offset) / step) * step + offset; t <= t1; t += step) ticks.push(t);
  return ticks;
}

/** How a time axis labels its ticks: hours and minutes over a day and a half or less, else dates. */
export const timeTickKind = (spanMs: number): 'time' | 'date' => (spanMs <= 36 * HOUR ? 'time' : 'date');

/** An SVG path through the points; a null value lifts the pen. Coordinates to 0.1 unit. */
export function linePath(points: readonly { x: number; y: number | null }[]): string {
  let d = '';
  let pen = false;
  for (const { x, y } of points) {
    if (y === null || !Number.isFinite(y)) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${round1(x)},${round1(y)}`;
    pen = true;
  }
  return d;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

/**
 * At most about `buckets` x 2 points: per bucket of time order, its lowest and highest value in the
 * order they came. Thirty days of 5-minute polls are 8640 points for a 640-unit wide chart; a toner
 * refill or a jump in the counter still shows.
 */
export function thin(points: readonly Point[], buckets: number): Point[] {
  if (points.length <= buckets * 2) return [...points];
  const out: Point[] = [];
  const size = points.length / buckets;
  for (let b = 0; b < buckets; b++) {
    const slice = points.slice(Math.floor(b * size), Math.floor((b + 1) * size));
    const known = slice.filter((p) => p.v !== null);
    if (known.length === 0) {
      if (slice[0]) out.push(slice[0]);
      continue;
    }
    let lo = known[0]!;
    let hi = known[0]!;
    for (const p of known) {
      if (p.v! < lo.v!) lo = p;
      if (p.v! > hi.v!) hi = p;
    }
    if (lo === hi) out.push(lo);
    else out.push(...(lo.t <= hi.t ? [lo, hi] : [hi, lo]));
  }
  return out;
}

/**
 * End labels placed at their lines' last values, pushed apart so that none is closer than `gap` to the
 * next, kept inside [min, max]; the order of the input is kept.
 */
export function spreadLabels(ys: readonly number[], gap: number, min: number, max: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = order.map((o) => Math.min(max, Math.max(min, o.y)));
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k]!, placed[k - 1]! + gap);
  // Past the bottom: slide the whole stack up, then keep the top inside too.
  const over = (placed.at(-1) ?? min) - max;
  if (over > 0) for (let k = 0; k < placed.length; k++) placed[k] = placed[k]! - over;
  for (let k = placed.length - 2; k >= 0; k--) placed[k] = Math.min(placed[k]!, placed[k + 1]! - gap);
  const out: number[] = new Array(ys.length);
  order.forEach((o, k) => {
    out[o.i] = placed[k]!;
  });
  return out;
}

export interface ChartLine {
  key: string;
  label: string;
  d: string;
  /** The last known point, where the line's marker and label go; null when the series has no value. */
  end: { x: number; y: number } | null;
  labelY: number;
}

export interface ChartLayout {
  box: Box;
  lines: ChartLine[];
  xTicks: { x: number; t: number }[];
  yTicks: { y: number; v: number }[];
  xKind: 'time' | 'date';
  /** No series has any value: the chart says so in words instead. */
  empty: boolean;
}

export interface LayoutOptions {
  box?: Box;
  /** Fixed y range (0-100 for percentages); else round ticks around the data. */
  yDomain?: readonly [number, number];
  /** Whole-number ticks (counters). @default false */
  integer?: boolean;
  offsetMinutes?: number;
}

/** Everything the chart draws, in viewBox units. */
export function layoutChart(series: readonly Series[], o: LayoutOptions = {}): ChartLayout {
  const box = o.box ?? DEFAULT_BOX;
  const all = series.flatMap((s) => s.points);
  const values = all.flatMap((p) => (p.v === null ? [] : [p.v]));
  const times = all.map((p) => p.t);
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const yTickValues = o.yDomain
    ? niceTicks(o.yDomain[0], o.yDomain[1])
    : niceTicks(Math.min(...values), Math.max(...values), 4, o.integer);
  const yLo = yTickValues[0] ?? 0;
  const yHi = yTickValues.at(-1) ?? 1;
  const plotRight = box.width - box.right;
  const plotBottom = box.height - box.bottom;
  const x = linearScale([t0, t1], [box.left, plotRight]);
  const y = linearScale([yLo, yHi], [plotBottom, box.top]);
  const buckets = Math.max(1, Math.floor((plotRight - box.left) / 2));
  const lines = series.map((s) => {
    const pts = thin(s.points, buckets).map((p) => ({ x: x(p.t), y: p.v === null ? null : y(p.v) }));
    const last = [...pts].reverse().find((p) => p.y !== null);
    return {
      key: s.key,
      label: s.label,
      d: linePath(pts),
      end: last ? { x: last.x, y: last.y! } : null,
      labelY: 0,
    };
  });
  const labelled = lines.filter((l) => l.end);
  spreadLabels(
    labelled.map((l) => l.end!.y),
    14,
    box.top + 4,
    plotBottom,
  ).forEach((ly, i) => {
    labelled[i]!.labelY = ly;
  });
  return {
    box,
    lines,
    xTicks: values.length === 0 ? [] : timeTicks(t0, t1, 5, o.offsetMinutes).map((t) => ({ x: x(t), t })),
    yTicks: yTickValues.map((v) => ({ y: y(v), v })),
    xKind: timeTickKind(t1 - t0),
    empty: values.length === 0,
  };
}
