import fs from 'node:fs/promises';
import path from 'node:path';
import { demoUsersSchema, simPrintersSchema } from '@quire/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, type Spawned, start, tempDir, waitForOutput } from '../../test/support/process';

/** `npm start` without the build step: the simulator's entry point, as a child process on free ports. */
function startDemo(dataDir: string, env: Record<string, string> = {}): Spawned {
  return start(process.execPath, ['--import', 'tsx', 'simulator/src/start.ts'], {
    env: {
      PORT: '0',
      SIM_PORT: '0',
      SIM_PROCESSING_MS: '0',
      DATA_DIR: dataDir,
      DEMO: '1',
      ADMIN_TOKEN: '',
      ...env,
    },
  });
}

async function ready(p: Spawned): Promise<string> {
  await waitForOutput(p, /Stop with Ctrl-C/);
  const [, url] = p.output().match(/^Quire is ready on (http:\/\/127\.0\.0\.1:\d+)$/m) ?? [];
  expect(url, p.output()).toBeDefined();
  return url!;
}

async function stopped(p: Spawned): Promise<number | null> {
  await p.stop();
  return p.child.exitCode;
}

describe('npm start (demo)', () => {
  let dataDir: string;
  let proc: Spawned | undefined;

  beforeAll(async () => {
    dataDir = await tempDir('demo');
  });
  afterAll(async () => {
    await proc?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('starts printers and server, seeds the demo once, and stops cleanly with exit code 0', async () => {
    proc = startDemo(dataDir);
    const url = await ready(proc);
    const tokenFile = path.join(dataDir, 'demo-admin-token');
    expect((await fs.stat(tokenFile)).mode & 0o777).toBe(0o600);
    const token = (await fs.readFile(tokenFile, 'utf8')).trim();
    expect(proc.output()).toContain(`Bearer ${token}`);
    const admin = (p: string) =>
      fetch(`${url}/api/admin${p}`, { headers: { authorization: `Bearer ${token}` } });

    const printers = (await (await admin('/printers')).json()) as { name: string; uri: string }[];
    expect(printers.map((p) => p.name).sort()).toEqual(['sim-color', 'sim-mono']);
    const sim = simPrintersSchema.parse(await (await fetch(`${url}/sim/api/printers`)).json());
    expect(sim.find((p) => p.name === 'sim-color')?.capabilities).toMatchObject({
      color: true,
      duplex: true,
    });
    expect(sim.find((p) => p.name === 'sim-mono')?.capabilities).toMatchObject({
      color: false,
      duplex: false,
    });
    expect(demoUsersSchema.parse(await (await fetch(`${url}/sim/api/demo`)).json())).toHaveLength(3);

    const jobs = (await (await admin('/jobs')).json()) as { owner: string; userEmail: string | null }[];
    expect(jobs).toHaveLength(5);
    expect(new Set(jobs.map((j) => j.userEmail))).toEqual(
      new Set(['alice@example.com', 'bob@example.com', 'chloe@example.com']),
    );

    // The command the banner prints works as printed.
    const command = proc.output().match(/^\s+(ipptool -tv .*print-held\.test)$/m)?.[1];
    expect(command, proc.output()).toBeDefined();
    const [tool, ...args] = command!.split(' ');
    const printed = await run(tool!, args);
    expect(printed.code, printed.stdout + printed.stderr).toBe(0);
    expect(printed.stdout).toContain('pending-held');
    expect((await (await admin('/jobs')).json()) as unknown[]).toHaveLength(6);

    expect(await stopped(proc)).toBe(0);
  });

  it('reuses the token and the data on restart, without seeding twice', async () => {
    const token = (await fs.readFile(path.join(dataDir, 'demo-admin-token'), 'utf8')).trim();
    proc = startDemo(dataDir);
    const url = await ready(proc);
    expect(proc.output()).toContain(`Bearer ${token}`);
    expect(proc.output()).not.toContain('Imported demo users');
    const jobs = await fetch(`${url}/api/admin/jobs`, { headers: { authorization: `Bearer ${token}` } });
    expect((await jobs.json()) as unknown[]).toHaveLength(6);
    expect(await stopped(proc)).toBe(0);
  });

  it('says which port is taken and exits non-zero', async () => {
    const first = startDemo(dataDir);
    const url = await ready(first);
    try {
      const port = new URL(url).port;
      proc = startDemo(dataDir, { PORT: port });
      await new Promise<void>((resolve) => proc!.child.once('exit', () => resolve()));
      expect(proc.child.exitCode).toBe(1);
      expect(proc.output()).toContain(`Port ${port} (PORT)`);
    } finally {
      await first.stop();
    }
  });
});

describe('npm start (DEMO=0)', () => {
  it('starts only the release server with an empty database', async () => {
    const dataDir = await tempDir('nodemo');
    const proc = startDemo(dataDir, { DEMO: '0' });
    try {
      const url = await ready(proc);
      expect(proc.output()).not.toContain('sim-mono');
      expect((await fetch(`${url}/sim/api/printers`)).status).toBe(404);
      expect(await stopped(proc)).toBe(0);
    } finally {
      await proc.stop();
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  });
});
