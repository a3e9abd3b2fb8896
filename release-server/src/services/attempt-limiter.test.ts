import { describe, expect, it } from 'vitest';
import { AttemptLimiter } from './attempt-limiter';

describe('AttemptLimiter', () => {
  it('blocks a key after too many failures in the window, then lets it try again', () => {
    const limiter = new AttemptLimiter(3, 60_000, 30_000);
    limiter.fail('p', 0);
    limiter.fail('p', 1000);
    expect(limiter.retryAfter('p', 1000)).toBe(0);
    limiter.fail('p', 2000);
    expect(limiter.retryAfter('p', 2000)).toBe(30_000);
    expect(limiter.retryAfter('other', 2000)).toBe(0);
    expect(limiter.retryAfter('p', 32_000)).toBe(0);
  });

  it('forgets failures older than the window and after a success', () => {
    const limiter = new AttemptLimiter(2, 10_000, 5_000);
    limiter.fail('p', 0);
    limiter.fail('p', 20_000);
    expect(limiter.retryAfter('p', 20_000)).toBe(0);
    limiter.succeed('p');
    limiter.fail('p', 21_000);
    expect(limiter.retryAfter('p', 21_000)).toBe(0);
  });
});
