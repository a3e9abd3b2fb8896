/** Options for {@link backoffDelay}. */
export interface BackoffOptions {
  /** First delay, in ms. @default 500 */
  baseMs?: number;
  /** Longest delay, in ms. @default 10000 */
  maxMs?: number;
  /** Fraction of the delay taken off at random, 0..1. @default 0.3 */
  jitter?: number;
}

/**
 * How long to wait before reconnect attempt number `attempt` (0 = first retry): 0.5 s doubling to 10 s
 * (PRODUCT.md §5.7). The jitter spreads out a building's worth of panels so they do not all reconnect in
 * the same instant after a server restart; it only shortens the delay, so the ceiling stays 10 s.
 */
export function backoffDelay(
  attempt: number,
  random: () => number = Math.random,
  options: BackoffOptions = {},
): number {
  const { baseMs = 500, maxMs = 10_000, jitter = 0.3 } = options;
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(Math.max(attempt, 0), 30));
  return Math.round(ceiling * (1 - jitter * random()));
}
