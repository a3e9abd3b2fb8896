import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { tempDir } from '../../support/process';
import { track } from './cleanup';

/** Whether `strace` is on this machine (Debian package strace; not required by the suite). */
export const haveStrace = (): boolean => existsSync('/usr/bin/strace');

/** The calls that make written data durable. */
export const SYNC_CALLS = ['fsync', 'fdatasync', 'sync_file_range', 'syncfs'] as const;

/**
 * Counts the system calls a running process and all its threads make while `work` runs, by name:
 * `strace -f -c` attached by PID, detached afterwards. Tracing slows the process down, so this is never
 * done during a timed run.
 */
export async function countSyscalls(pid: number, work: () => Promise<void>): Promise<Map<string, number>> {
  const dir = await tempDir('strace');
  const out = path.join(dir, 'summary.txt');
  const child = spawn('strace', ['-f', '-c', '-o', out, '-p', String(pid)]);
  const stop = track(
    'strace',
    async () => {
      if (child.exitCode === null) child.kill('SIGINT');
      await fs.rm(dir, { recursive: true, force: true });
    },
    { pids: [child.pid!], dirs: [dir] },
  );
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  // strace says "Process N attached" for each thread once it is tracing.
  const deadline = Date.now() + 5000;
  while (!stderr.includes('attached') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  try {
    await work();
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGINT');
    await exited;
  }
  const text = await fs.readFile(out, 'utf8').catch(() => '');
  await stop();
  const counts = new Map<string, number>();
  for (const line of text.split('\n')) {
    // % time  seconds  usecs/call  calls  [errors]  syscall
    const m = line.trim().match(/^[\d.]+\s+[\d.]+\s+\d+\s+(\d+)\s+(?:\d+\s+)?(\w+)$/);
    if (m && m[2] !== 'total') counts.set(m[2]!, Number(m[1]));
  }
  return counts;
}
