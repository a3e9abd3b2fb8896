/**
 * Counts failed sign-in attempts per key (a printer's panel) and blocks the key for a while after too
 * many, so nobody can try badge numbers at a panel by the thousand (PRODUCT.md §12).
 *
 * Attempts still being checked count against the limit too, so parallel guesses cannot all pass the check
 * before the first of them fails: an attempt that would go past it waits a moment. Only failures block.
 */
export class AttemptLimiter {
  private readonly failures = new Map<string, number[]>();
  private readonly pending = new Map<string, number>();
  private readonly blockedUntil = new Map<string, number>();

  /**
   * @param maxFailures failures allowed inside `windowMs`. @default 5
   * @param windowMs the window failures are counted in. @default 60000
   * @param blockMs how long a key stays blocked after too many failures. @default 30000
   * @param busyMs the wait asked of an attempt while the ones being checked could use up the limit. @default 1000
   */
  constructor(
    private readonly maxFailures = 5,
    private readonly windowMs = 60_000,
    private readonly blockMs = 30_000,
    private readonly busyMs = 1_000,
  ) {}

  /** Milliseconds until `key` may try again, or 0 when it may try now. */
  retryAfter(key: string, now = Date.now()): number {
    const until = this.blockedUntil.get(key) ?? 0;
    if (until <= now) this.blockedUntil.delete(key);
    return Math.max(0, until - now);
  }

  /**
   * Starts an attempt for `key`, or returns how many ms to wait instead: the key is blocked, or its recent
   * failures and the attempts being checked already reach the limit. Every attempt started ends with
   * {@link fail} or {@link refund}.
   */
  begin(key: string, now = Date.now()): number {
    const wait = this.retryAfter(key, now);
    if (wait > 0) return wait;
    const pending = this.pending.get(key) ?? 0;
    if (this.recent(key, now).length + pending >= this.maxFailures) return this.busyMs;
    this.pending.set(key, pending + 1);
    return 0;
  }

  /** The attempt was a failed guess: it counts, and blocks the key at the limit. */
  fail(key: string, now = Date.now()): void {
    this.end(key);
    const recent = this.recent(key, now);
    recent.push(now);
    if (recent.length >= this.maxFailures) {
      this.blockedUntil.set(key, now + this.blockMs);
      this.failures.delete(key);
    } else {
      this.failures.set(key, recent);
    }
  }

  /**
   * The attempt was not a guess (a good badge, or a failure of the server's): it does not count. Earlier
   * failures stay: one good badge does not wipe the record of bad ones.
   */
  refund(key: string): void {
    this.end(key);
  }

  private end(key: string): void {
    const pending = (this.pending.get(key) ?? 1) - 1;
    if (pending > 0) this.pending.set(key, pending);
    else this.pending.delete(key);
  }

  private recent(key: string, now: number): number[] {
    const recent = (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length === 0) this.failures.delete(key);
    return recent;
  }
}
