import fs from 'node:fs/promises';
import path from 'node:path';
import { type SimPrinterView, simPrintersSchema } from '@quire/protocol';
import { expect } from 'vitest';
import { run, type Spawned, start, tempDir, waitForOutput } from './process';
import { ADMIN_TOKEN } from './server';

export interface Demo {
  url: string;
  port: number;
  dataDir: string;
  /** The running process; replaced by {@link Demo.restart}. */
  process: Spawned;
  /**
   * Stops the process (SIGTERM, as an operator would) and starts a new one on the same port and data
   * directory: the server restarted under the panel's feet.
   */
  restart(): Promise<void>;
  /** Calls the admin API with the admin token. */
  admin(path: string, init?: RequestInit): Promise<Response>;
  stop(): Promise<void>;
}

export interface DemoOptions {
  /** Extra environment for `simulator/src/start.ts`. */
  env?: NodeJS.ProcessEnv;
  /** @default a free port picked by the OS */
  port?: number;
  /** An existing data directory to start on (not removed by `stop`). @default a new temporary one */
  dataDir?: string;
}

/**
 * Runs what `npm start` runs (`simulator/src/start.ts`: the server, the simulated printers, demo users,
 * badges and jobs) with its own data directory. The process is started directly, not through npm, so that
 * stopping it by PID stops everything.
 */
export async function startDemo(o: DemoOptions = {}): Promise<Demo> {
  const owned = o.dataDir === undefined;
  const dataDir = o.dataDir ?? (await tempDir('demo'));
  const launch = async (port: number): Promise<{ proc: Spawned; url: string }> => {
    const proc = start(process.execPath, ['--import', 'tsx', 'simulator/src/start.ts'], {
      env: {
        PORT: String(port),
        SIM_PORT: '0',
        SIM_PROCESSING_MS: '300',
        DATA_DIR: dataDir,
        DEMO: '1',
        ADMIN_TOKEN,
        ...o.env,
      },
    });
    try {
      const [, url] = await waitForOutput(proc, /Quire is ready on (http:\/\/127\.0\.0\.1:\d+)/, 30_000);
      return { proc, url: url! };
    } catch (error) {
      await proc.stop();
      throw error;
    }
  };
  const first = await launch(o.port ?? 0);
  const demo: Demo = {
    url: first.url,
    port: Number(new URL(first.url).port),
    dataDir,
    process: first.proc,
    async restart() {
      await demo.process.stop();
      const next = await launch(demo.port);
      demo.process = next.proc;
    },
    admin: (p, init = {}) =>
      fetch(`${demo.url}/api/admin${p}`, {
        ...init,
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...(init.headers as Record<string, string>) },
      }),
    async stop() {
      await demo.process.stop();
      if (owned) await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
  return demo;
}

/** The simulated printers with their trays (`GET /sim/api/printers`). */
export async function simPrinters(demo: Demo): Promise<SimPrinterView[]> {
  return simPrintersSchema.parse(await (await fetch(`${demo.url}/sim/api/printers`)).json());
}

/** What arrived in one simulated printer's tray under `name`, newest first. */
export async function trayOf(demo: Demo, printer: string, name: string): Promise<SimPrinterView['tray']> {
  const found = (await simPrinters(demo)).find((p) => p.name === printer);
  return found ? found.tray.filter((t) => t.name === name) : [];
}

/** `POST /sim/api/printers/:name/faults`. */
export async function setFault(demo: Demo, printer: string, fault: string, active: boolean): Promise<void> {
  const res = await fetch(`${demo.url}/sim/api/printers/${printer}/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ fault, active }),
  });
  expect(res.status, await res.text()).toBe(200);
}

/**
 * Holds a job for `owner` on the demo's queue with ipptool and `simulator/ipp/print-held.test`, the way a
 * workstation would send it; `pdf` is the document.
 */
export async function holdJob(
  demo: Demo,
  pdf: Buffer,
  owner: string,
  title: string,
  settings: Record<string, string> = {},
): Promise<void> {
  const dir = await tempDir('job');
  const file = path.join(dir, 'doc.pdf');
  await fs.writeFile(file, pdf);
  try {
    const vars = Object.entries({ owner, title, ...settings }).flatMap(([k, v]) => ['-d', `${k}=${v}`]);
    const { code, stdout } = await run('ipptool', [
      '-t',
      '-f',
      file,
      ...vars,
      `${demo.url.replace('http', 'ipp')}/ipp/print`,
      'simulator/ipp/print-held.test',
    ]);
    expect(code, stdout).toBe(0);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
