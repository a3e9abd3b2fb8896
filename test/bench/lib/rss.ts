import fs from 'node:fs/promises';

/** Resident memory of a process from `/proc/<pid>/status`, in bytes: now (VmRSS) and its peak (VmHWM). */
export async function memoryOf(pid: number): Promise<{ rss: number; hwm: number }> {
  const status = await fs.readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) =>
    Number(status.match(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm'))?.[1] ?? Number.NaN);
  return { rss: kb('VmRSS') * 1024, hwm: kb('VmHWM') * 1024 };
}

/**
 * Polls a process's VmRSS every `everyMs` until stopped; `peak` is the highest seen. VmHWM cannot be
 * reset from outside, so a peak during one phase of a long-lived process is read this way.
 */
export function sampleRss(pid: number, everyMs = 20): { stop(): Promise<{ peak: number; samples: number }> } {
  let peak = 0;
  let samples = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const { rss } = await memoryOf(pid).catch(() => ({ rss: 0 }));
      peak = Math.max(peak, rss);
      samples++;
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { peak, samples };
    },
  };
}

export const MiB = 1024 * 1024;
