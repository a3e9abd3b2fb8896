import { describe, expect, it } from 'vitest';
import { AttemptLimiter } from './attempt-limiter';

/** One attempt at `now` that turns out to be a wrong guess; returns the wait asked instead, if any. */
function guess(limiter: AttemptLimiter, now: number): number {
  const wait = limiter.begin('p', now);
  if (wait === 0) limiter.fail('p', now);
  return wait;
}

describe('AttemptLimiter', () => {
  it('blocks a key after too many failures in the window, then lets it try again', () => {
    const limiter = new AttemptLimiter(3, 60_000, 30_000);
    guess(limiter, 0);
    guess(limiter, 1000);
    expect(limiter.retryAfter('p', 1000)).toBe(0);
    guess(limiter, 2000);
    expect(limiter.retryAfter('p', 2000)).toBe(30_000);
    expect(limiter.begin('p', 2500)).toBe(29_500);
    expect(limiter.retryAfter('other', 2000)).toBe(0);
    expect(limiter.begin('p', 32_000)).toBe(0);
  });

  it('forgets failures older than the window', () => {
    const limiter = new AttemptLimiter(2, 10_000, 5_000);
    guess(limiter, 0);
    guess(limiter, 20_000);
    expect(limiter.retryAfter('p', 20_000)).toBe(0);
  });

  // Regression (review, finding 5): a valid badge every few tries used to wipe the count, so guessing
  // between two of one's own taps was never limited.
  it('does not forget earlier failures when an attempt succeeds', () => {
    const limiter = new AttemptLimiter(3, 60_000, 30_000);
    guess(limiter, 0);
    guess(limiter, 1);
    expect(limiter.begin('p', 2)).toBe(0);
    limiter.refund('p');
    expect(limiter.retryAfter('p', 3)).toBe(0);
    expect(guess(limiter, 4)).toBe(0);
    expect(limiter.retryAfter('p', 4)).toBe(30_000);
  });

  it('makes parallel attempts wait a moment rather than let them all past the limit', () => {
    const limiter = new AttemptLimiter(3, 60_000, 30_000, 1_000);
    guess(limiter, 0);
    expect(limiter.begin('p', 1)).toBe(0);
    expect(limiter.begin('p', 1)).toBe(0);
    // One failure and two being checked: a fourth could take the key past the limit.
    expect(limiter.begin('p', 1)).toBe(1_000);
    limiter.refund('p');
    expect(limiter.begin('p', 2)).toBe(0);
  });

  // Regression (benchmark finding): valid badges signing in at once at one panel must never block it.
  it('never blocks a key for attempts that refund, however many run at once', () => {
    const limiter = new AttemptLimiter(5, 60_000, 30_000);
    const started = Array.from({ length: 8 }, () => limiter.begin('p', 0));
    expect(started.filter((w) => w === 0)).toHaveLength(5);
    for (let i = 0; i < 5; i++) limiter.refund('p');
    expect(limiter.retryAfter('p', 1)).toBe(0);
    expect(limiter.begin('p', 1)).toBe(0);
  });
});
