/** The q-quantile (0..1) of `values` by linear interpolation between the closest ranks. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);
export const p95 = (values: readonly number[]): number => quantile(values, 0.95);

/** A distribution in one line: `p50 / p95 (n)`. */
export interface Distribution {
  p50: number;
  p95: number;
  n: number;
}

export function distribution(values: readonly number[]): Distribution {
  return { p50: median(values), p95: p95(values), n: values.length };
}

/** Milliseconds since an arbitrary origin, sub-millisecond; the one clock every timing here uses. */
export const now = (): number => performance.now();

/** A seeded pseudo-random generator (mulberry32): the same users are sampled run after run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
