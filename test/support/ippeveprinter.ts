import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { freePort, run, type Spawned, start, tempDir } from './process';

const DBUS_SOCKET = '/run/dbus/system_bus_socket';

const DBUS_LOCK = '/run/dbus/quire-test.lock';

/**
 * ippeveprinter needs a D-Bus system bus even with DNS-SD off (TOOLING.md); start one unless one
 * answers. A socket file left behind by a bus that has since died (a container restarted, the daemon
 * killed) answers nothing, so the file alone proves nothing: connect to it, and on refusal remove the
 * stale socket and pid file and start a fresh daemon.
 *
 * Test files run in parallel workers, and each may get here at once: the check-remove-start runs under
 * a lock directory (mkdir is atomic), and the bus is asked again once the lock is held, so one worker
 * starts the daemon and the others find it answering instead of deleting its socket or pid file.
 * The vitest global setup calls this once before any worker starts; the lock covers the benchmarks and
 * a bus that dies mid-run.
 */
export async function ensureDbus(): Promise<void> {
  if (await busAnswers()) return;
  await fs.mkdir('/run/dbus', { recursive: true });
  await withLock(DBUS_LOCK, async () => {
    if (await busAnswers()) return;
    await fs.rm(DBUS_SOCKET, { force: true });
    await fs.rm('/run/dbus/pid', { force: true });
    const { code, stderr } = await run('dbus-daemon', ['--system', '--fork']);
    if (code !== 0 && !(await busAnswers())) throw new Error(`dbus-daemon failed: ${stderr}`);
  });
}

/** Runs `work` holding a lock directory; a lock older than `staleMs` was left by a dead holder. */
async function withLock(lock: string, work: () => Promise<void>, staleMs = 15_000): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      await fs.mkdir(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = await fs.stat(lock).then(
        (stat) => Date.now() - stat.mtimeMs,
        () => 0,
      );
      if (age > staleMs) await fs.rm(lock, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`${lock} held for more than 30 s`);
      else await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  try {
    await work();
  } finally {
    await fs.rm(lock, { recursive: true, force: true });
  }
}

function busAnswers(): Promise<boolean> {
  if (!existsSync(DBUS_SOCKET)) return Promise.resolve(false);
  return new Promise((resolve) => {
    const socket = net.connect(DBUS_SOCKET);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export interface ReceivedJob {
  printerJobId: number;
  file: string;
  document: Buffer;
  /** The job's attributes as ippeveprinter handed them to its command (`IPP_COPIES`, `IPP_SIDES`, ...). */
  attrs: Record<string, string>;
}

export interface Ippeveprinter {
  uri: string;
  port: number;
  process: Spawned;
  /** Documents the printer has finished, oldest first. */
  received(): Promise<ReceivedJob[]>;
  /** Waits until at least `n` jobs have arrived. */
  waitForJobs(n: number, timeoutMs?: number): Promise<ReceivedJob[]>;
  stop(): Promise<void>;
}

export interface IppeveOptions {
  name?: string;
  /** Advertise two-sided printing (`-2`). @default true */
  duplex?: boolean;
  /** Advertise colour (`-s 20,10` gives colour and mono speeds). @default true */
  color?: boolean;
  /**
   * Seconds each job takes; while one prints, another Print-Job gets server-error-busy, as on
   * ippeveprinter's own slow path. @default 0
   */
  processSeconds?: number;
  /** Every job fails: the printer aborts it (job-state 8), as a jammed or broken printer does. @default false */
  abortJobs?: boolean;
  /**
   * Every job reports this many impressions printed (`job-impressions-completed`, which ippeveprinter
   * takes from its command's `ATTR:` messages), and PostScript is accepted, as a printer that
   * interprets it counts the pages nobody could count before. @default none reported, no PostScript
   */
  impressionsPrinted?: number;
  port?: number;
}

/**
 * A real IPP Everywhere printer from CUPS (`ippeveprinter`) on loopback, DNS-SD off, that keeps every
 * document it receives and records the job attributes it received next to it.
 */
export async function startIppeveprinter(options: IppeveOptions = {}): Promise<Ippeveprinter> {
  await ensureDbus();
  const dir = await tempDir('ippeve');
  const out = path.join(dir, 'out');
  await fs.mkdir(out);
  const command = path.join(dir, 'record.sh');
  const pause = options.processSeconds ? `sleep ${options.processSeconds}\n` : '';
  // Written under a temporary name and renamed, so a reader never sees a half-written file.
  const record = options.abortJobs ? 'exit 1' : 'env > "$1.tmp" && mv "$1.tmp" "$1.attrs"';
  const count =
    options.impressionsPrinted === undefined
      ? ''
      : `echo "ATTR: job-impressions-completed=${options.impressionsPrinted}" >&2\n`;
  await fs.writeFile(command, `#!/bin/sh\n${pause}${count}${record}\n`, { mode: 0o755 });
  const port = options.port ?? (await freePort());
  const args = ['-p', String(port), '-n', 'localhost', '-r', 'off', '-d', out, '-k'];
  args.push('-c', command);
  const postscript = options.impressionsPrinted === undefined ? '' : ',application/postscript';
  args.push(
    '-f',
    `application/pdf,application/octet-stream,image/jpeg,image/pwg-raster,image/urf${postscript}`,
  );
  if (options.duplex ?? true) args.push('-2');
  if (options.color ?? true) args.push('-s', '20,10');
  else args.push('-s', '20');
  args.push(
    '-M',
    'Acme',
    '-m',
    options.duplex === false ? 'Simplex 1' : 'Duplex 1',
    options.name ?? 'TestPrinter',
  );
  const proc = start('ippeveprinter', args);
  const uri = `ipp://127.0.0.1:${port}/ipp/print`;
  await waitUntilAnswering(proc, uri);

  const received = async (): Promise<ReceivedJob[]> => {
    const names = (await fs.readdir(out)).filter((f) => /^\d+-/.test(f) && !/\.(attrs|prn|tmp)$/.test(f));
    const jobs: ReceivedJob[] = [];
    for (const name of names) {
      const attrsFile = path.join(out, `${name}.attrs`);
      if (!existsSync(attrsFile)) continue; // still arriving
      const attrs = Object.fromEntries(
        (await fs.readFile(attrsFile, 'utf8'))
          .split('\n')
          .filter((l) => l.startsWith('IPP_') || l.startsWith('CONTENT_TYPE='))
          .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
      );
      jobs.push({
        printerJobId: Number(name.split('-')[0]),
        file: name,
        document: await fs.readFile(path.join(out, name)),
        attrs,
      });
    }
    return jobs.sort((a, b) => a.printerJobId - b.printerJobId);
  };

  return {
    uri,
    port,
    process: proc,
    received,
    async waitForJobs(n, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const jobs = await received();
        if (jobs.length >= n) return jobs;
        if (Date.now() > deadline)
          throw new Error(`ippeveprinter received ${jobs.length} of ${n} jobs:\n${proc.output()}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async stop() {
      await proc.stop();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

async function waitUntilAnswering(proc: Spawned, uri: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const { code } = await run('ipptool', ['-q', '-T', '2', uri, 'get-printer-attributes.test']);
    if (code === 0) return;
    if (proc.child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`ippeveprinter did not start answering at ${uri}:\n${proc.output()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
