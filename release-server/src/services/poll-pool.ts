export interface PoolOptions {
  /** Items worked on at once while they are quick. */
  concurrency: number;
  /**
   * After this long an item gives its place to the next one and carries on in the background: a slow
   * or dead printer waiting for its timeout never holds up the others.
   */
  slowAfterMs: number;
  /** Items under way at once, slow ones included: the bound on open sockets. */
  maxInFlight: number;
}

/**
 * Runs `work` on every item, at most `concurrency` quick ones at a time and never more than
 * `maxInFlight` in all; resolves when every item has finished. `work` should not throw (a rejection
 * is ignored: each item reports its own outcome).
 */
export function runPool<T>(
  items: readonly T[],
  work: (item: T) => Promise<unknown>,
  o: PoolOptions,
): Promise<void> {
  return new Promise((resolve) => {
    let next = 0;
    let holding = 0;
    let inFlight = 0;
    const pump = (): void => {
      while (next < items.length && holding < o.concurrency && inFlight < o.maxInFlight) {
        const item = items[next++]!;
        holding++;
        inFlight++;
        let held = true;
        const release = (): void => {
          if (!held) return;
          held = false;
          holding--;
        };
        const slow = setTimeout(() => {
          release();
          pump();
        }, o.slowAfterMs);
        void Promise.resolve()
          .then(() => work(item))
          .catch(() => undefined)
          .finally(() => {
            clearTimeout(slow);
            release();
            inFlight--;
            if (next >= items.length && inFlight === 0) resolve();
            else pump();
          });
      }
    };
    if (items.length === 0) resolve();
    else pump();
  });
}
