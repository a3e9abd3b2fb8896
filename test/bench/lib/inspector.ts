import WebSocket from 'ws';
import type { Spawned } from '../../support/process';
import { waitForOutput } from '../../support/process';

/** Environment that opens a Node process's inspector on a free loopback port (printed on its stderr). */
export const INSPECT_ENV = { NODE_OPTIONS: '--inspect=127.0.0.1:0' } as const;

export interface Inspector {
  /** A full garbage collection (HeapProfiler.collectGarbage), twice so weak references are cleared too. */
  gc(): Promise<void>;
  /** V8 heap in use, in bytes (Runtime.getHeapUsage). */
  heapUsed(): Promise<number>;
  /** A V8 CPU profile (Profiler domain, sampling every 200 µs) of the process while `work` runs. */
  cpuProfile(work: () => Promise<void>): Promise<CpuProfile>;
  close(): void;
}

/** The Chrome DevTools Protocol's Profiler.Profile, as much of it as the summary reads. */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Connects to the inspector of a process started with {@link INSPECT_ENV}, through the Chrome DevTools
 * Protocol, to collect garbage before memory is read: what stays is what the process holds, not what
 * it has not collected yet.
 */
export async function connectInspector(proc: Spawned): Promise<Inspector> {
  const [, url] = await waitForOutput(proc, /Debugger listening on (ws:\/\/\S+)/);
  const ws = new WebSocket(url!);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let nextId = 1;
  const pending = new Map<number, (result: Record<string, unknown>) => void>();
  ws.on('message', (data) => {
    const m = JSON.parse(data.toString()) as { id?: number; result?: Record<string, unknown> };
    if (m.id !== undefined) pending.get(m.id)?.(m.result ?? {});
  });
  const call = (method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      ws.send(JSON.stringify({ id, method, params }));
    });
  return {
    async gc() {
      await call('HeapProfiler.collectGarbage');
      await call('HeapProfiler.collectGarbage');
    },
    async heapUsed() {
      return Number((await call('Runtime.getHeapUsage')).usedSize);
    },
    async cpuProfile(work) {
      await call('Profiler.enable');
      await call('Profiler.setSamplingInterval', { interval: 200 });
      await call('Profiler.start');
      try {
        await work();
      } catch (error) {
        await call('Profiler.stop');
        throw error;
      }
      return (await call('Profiler.stop')).profile as CpuProfile;
    },
    close: () => ws.close(),
  };
}
