import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** What is left to clean up if this process dies without running its stops. */
export interface Leftovers {
  pids: number[];
  dirs: string[];
}

/**
 * The reaper: a small detached process (its own session, so a Ctrl-C does not reach it) that waits for
 * this process to end and then stops every process and removes every directory still listed in the
 * state file. The suite stops everything itself on a normal end, a failure or a Ctrl-C; the reaper is
 * for when it cannot: tsx's parent process kills its child with SIGKILL when the child is slow to
 * acknowledge a Ctrl-C, and no handler runs after that.
 */
const REAPER = `
const fs = require('node:fs');
const [bench, file] = process.argv.slice(1).map((a, i) => (i === 0 ? Number(a) : a));
// A process killed outright may stay a zombie nobody reaps: that counts as ended.
const alive = (pid) => {
  try {
    const stat = fs.readFileSync('/proc/' + pid + '/stat', 'utf8');
    return stat[stat.lastIndexOf(')') + 2] !== 'Z';
  } catch {
    return false;
  }
};
const timer = setInterval(() => {
  if (alive(bench)) return;
  clearInterval(timer);
  let state = { pids: [], dirs: [] };
  try { state = JSON.parse(fs.readFileSync(file, 'utf8')); } catch {}
  for (const pid of state.pids) { try { process.kill(pid, 'SIGTERM'); } catch {} }
  setTimeout(() => {
    for (const pid of state.pids) { try { process.kill(pid, 'SIGKILL'); } catch {} }
    for (const dir of state.dirs) fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(file, { force: true });
  }, 2000);
}, 300);
`;

const stateFile = path.join(os.tmpdir(), `quire-bench-reaper-${process.pid}.json`);
let started = false;

/** Records what the reaper must clean up should this process die now; starts the reaper the first time. */
export function updateReaper(leftovers: Leftovers): void {
  writeFileSync(stateFile, JSON.stringify(leftovers));
  if (started) return;
  started = true;
  spawn(process.execPath, ['-e', REAPER, String(process.pid), stateFile], {
    detached: true,
    stdio: 'ignore',
  }).unref();
}
