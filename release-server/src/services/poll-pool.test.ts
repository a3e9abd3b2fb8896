import { describe, expect, it } from 'vitest';
import { runPool } from './poll-pool';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('runPool', () => {
  it('finishes at once with nothing to do', async () => {
    await runPool([], async () => {}, { concurrency: 2, slowAfterMs: 10, maxInFlight: 4 });
  });

  it('runs every item, at most `concurrency` quick ones at a time', async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await runPool(
      Array.from({ length: 20 }, (_, i) => i),
      async (i) => {
        running++;
        most = Math.max(most, running);
        await sleep(5);
        running--;
        done.push(i);
      },
      { concurrency: 4, slowAfterMs: 1000, maxInFlight: 100 },
    );
    expect(done.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(most).toBe(4);
  });

  it('does not let slow items hold up quick ones, within maxInFlight', async () => {
    let running = 0;
    let most = 0;
    const started = Date.now();
    const quickDoneAt: number[] = [];
    await runPool(
      Array.from({ length: 30 }, (_, i) => i),
      async (i) => {
        running++;
        most = Math.max(most, running);
        // Every third item is "dead": it takes 300 ms.
        await sleep(i % 3 === 0 ? 300 : 2);
        running--;
        if (i % 3 !== 0) quickDoneAt.push(Date.now() - started);
      },
      { concurrency: 2, slowAfterMs: 20, maxInFlight: 8 },
    );
    const total = Date.now() - started;
    // Ten dead items at 2 at a time would take 1.5 s if they kept their places.
    expect(total).toBeLessThan(1000);
    expect(Math.max(...quickDoneAt)).toBeLessThan(600);
    expect(most).toBeLessThanOrEqual(8);
  });

  it('carries on when an item throws', async () => {
    const done: number[] = [];
    await runPool(
      [1, 2, 3],
      async (i) => {
        if (i === 2) throw new Error('boom');
        done.push(i);
      },
      { concurrency: 1, slowAfterMs: 100, maxInFlight: 1 },
    );
    expect(done).toEqual([1, 3]);
  });
});
