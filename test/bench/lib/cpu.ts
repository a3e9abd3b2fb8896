import fs from 'node:fs/promises';

/** Kernel clock ticks per second (`getconf CLK_TCK`): 100 on every Linux this suite runs on. */
const TICKS_PER_SECOND = 100;

/** utime + stime of a `stat` file, in milliseconds. */
async function statCpuMs(file: string): Promise<number> {
  const stat = await fs.readFile(file, 'utf8');
  // The fields after the command name, which is in parentheses and may itself contain spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/**
 * CPU time a process has used so far, in milliseconds: all its threads (for Node: the main thread, the
 * libuv threadpool that runs file system and SQLite work, V8's GC and compiler threads), and its main
 * thread alone. From `/proc/<pid>/stat` and `/proc/<pid>/task/<pid>/stat`; ten-millisecond resolution,
 * so read it around runs of seconds.
 */
export async function cpuMs(pid: number): Promise<{ total: number; main: number }> {
  const [total, main] = await Promise.all([
    statCpuMs(`/proc/${pid}/stat`),
    statCpuMs(`/proc/${pid}/task/${pid}/stat`),
  ]);
  return { total, main };
}
