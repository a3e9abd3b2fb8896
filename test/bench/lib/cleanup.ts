import type { Leftovers } from './reaper';
import { updateReaper } from './reaper';

/**
 * Everything the suite starts (server, cupsd, ippeveprinter, chromium, the panel load process, temp
 * directories) registers how to stop it here, so that it is stopped by PID at the end, on a failure and
 * on Ctrl-C alike. Stops run newest first, one at a time. What each holds (process ids, directories) is
 * also handed to the reaper (lib/reaper.ts), which cleans up if this process is killed outright.
 */
interface Entry {
  name: string;
  stop: () => Promise<void>;
  leftovers: Partial<Leftovers>;
}

const entries: Entry[] = [];
let stopping: Promise<void> | null = null;
let interrupted = false;

function syncReaper(): void {
  updateReaper({
    pids: entries.flatMap((e) => e.leftovers.pids ?? []),
    dirs: entries.flatMap((e) => e.leftovers.dirs ?? []),
  });
}

/** Whether Ctrl-C (or SIGTERM) was received: start nothing new. */
export const isInterrupted = (): boolean => interrupted;

/**
 * Registers `stop` (and the process ids and directories it cleans up, for the reaper); returns a
 * function that runs it now and forgets it. After an interrupt nothing may start: the thing is stopped
 * at once and this throws.
 */
export function track(
  name: string,
  stop: () => Promise<void>,
  leftovers: Partial<Leftovers> = {},
): () => Promise<void> {
  if (interrupted) {
    void stop();
    throw new Error(`interrupted: ${name} stopped as soon as it started`);
  }
  const entry = { name, stop, leftovers };
  entries.push(entry);
  syncReaper();
  return async () => {
    const i = entries.indexOf(entry);
    if (i < 0) return;
    entries.splice(i, 1);
    await entry.stop();
    syncReaper();
  };
}

/**
 * Runs every registered stop, newest first; a failing stop is reported and the others still run. Two
 * callers at once (the end of a benchmark and a Ctrl-C) share one pass.
 */
export function stopAll(): Promise<void> {
  stopping ??= (async () => {
    while (entries.length > 0) {
      const entry = entries.pop()!;
      try {
        await entry.stop();
      } catch (error) {
        process.stderr.write(`bench: stopping ${entry.name} failed: ${String(error)}\n`);
      }
      syncReaper();
    }
  })().finally(() => {
    stopping = null;
  });
  return stopping;
}

/**
 * On SIGINT/SIGTERM: stop everything, then exit 130/143. The listeners stay for good: a Ctrl-C reaches
 * this process more than once (from the terminal, and relayed by the tsx parent), and with no listener
 * left, tsx's own handler would exit at once, before the stops ran.
 */
export function stopOnSignals(): void {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.on(signal, () => {
      if (interrupted) return;
      interrupted = true;
      process.stderr.write(`\nbench: ${signal}, stopping everything it started\n`);
      void stopAll().finally(() => process.exit(code));
    });
  }
}
