/**
 * Counts failed sign-in attempts per key (a printer's panel) and blocks the key for a while after too
 * many, so nobody can try badge numbers at a panel by the thousand (PRODUCT.md §12).
 */
export class AttemptLimiter {
  private readonly failures = new Map<string, number[]>();
  private readonly blockedUntil = new Map<string, number>();

  /**
   * @param maxFailures failures allowed inside `windowMs`. @default 5
   * @param windowMs the window failures are counted in. @default 60000
   * @param blockMs how long a key stays blocked after too many failures. @default 30000
   */
  constructor(
    private readonly maxFailures = 5,
    private readonly windowMs = 60_000,
    private readonly blockMs = 30_000,
  ) {}

  /** Milliseconds until `key` may try again, or 0 when it may try now. */
  retryAfter(key: string, now = Date.now()): number {
    const until = this.blockedUntil.get(key) ?? 0;
    if (until <= now) this.blockedUntil.delete(key);
    return Math.max(0, until - now);
  }

  fail(key: string, now = Date.now()): void {
    const recent = (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
    recent.push(now);
    if (recent.length >= this.maxFailures) {
      this.blockedUntil.set(key, now + this.blockMs);
      this.failures.delete(key);
      return;
    }
    this.failures.set(key, recent);
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }
}
