import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff';

describe('backoffDelay', () => {
  it.each([
    [0, 500],
    [1, 1000],
    [2, 2000],
    [3, 4000],
    [4, 8000],
    [5, 10_000],
    [6, 10_000],
    [50, 10_000],
  ])('attempt %i waits at most %i ms', (attempt, ceiling) => {
    expect(backoffDelay(attempt, () => 0)).toBe(ceiling);
  });

  it.each([0, 3, 9])('jitter only shortens, by at most 30 %% (attempt %i)', (attempt) => {
    const ceiling = backoffDelay(attempt, () => 0);
    const shortest = backoffDelay(attempt, () => 0.999_999);
    expect(shortest).toBeLessThanOrEqual(ceiling);
    expect(shortest).toBeGreaterThanOrEqual(Math.floor(ceiling * 0.7));
  });

  it('never goes past 10 s nor below 0.35 s whatever the random source says', () => {
    for (let attempt = 0; attempt < 40; attempt++) {
      const d = backoffDelay(attempt, Math.random);
      expect(d).toBeGreaterThanOrEqual(350);
      expect(d).toBeLessThanOrEqual(10_000);
    }
  });
});
