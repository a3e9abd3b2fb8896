/**
 * Counts sign-in attempts per key (a printer's panel) and blocks the key for a while after too many
 * failures, so nobody can try badge numbers at a panel by the thousand (PRODUCT.md §12).
 *
 * An attempt is counted when it begins, before it is checked, so parallel guesses cannot all pass the
 * check first; it is taken back ({@link refund}) when it turns out not to be a guess.
 */
export class AttemptLimiter {
  private readonly attempts = new Map<string, number[]>();
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

  /**
   * Counts an attempt about to be checked, or returns how many ms to wait instead: the key is blocked,
   * or its failures and the attempts still being checked already reach the limit.
   */
  begin(key: string, now = Date.now()): number {
    const wait = this.retryAfter(key, now);
    if (wait > 0) return wait;
    const recent = this.recent(key, now);
    if (recent.length >= this.maxFailures) return this.block(key, now);
    recent.push(now);
    this.attempts.set(key, recent);
    return 0;
  }

  /** The attempt begun for `key` was a failed guess: it stays counted, and blocks the key at the limit. */
  fail(key: string, now = Date.now()): void {
    if (this.recent(key, now).length >= this.maxFailures) this.block(key, now);
  }

  /**
   * Takes back the newest attempt counted for `key`: it was not a guess. Older failures stay: one good
   * badge does not wipe the record of bad ones.
   */
  refund(key: string): void {
    this.attempts.get(key)?.pop();
  }

  private recent(key: string, now: number): number[] {
    const recent = (this.attempts.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length === 0) this.attempts.delete(key);
    return recent;
  }

  private block(key: string, now: number): number {
    this.blockedUntil.set(key, now + this.blockMs);
    this.attempts.delete(key);
    return this.blockMs;
  }
}
