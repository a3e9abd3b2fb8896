import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { demoUsersSchema, simPrintersSchema, simPrinterViewSchema } from '@quire/protocol';
import { A, ippRequest, Operation, operationRequest } from '@quire/protocol/ipp';
import type { AppEnv } from '@quire/release-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/support/process';
import { type SimPrinter, startSimPrinter } from '../printer';
import { simulatorRoutes } from './routes';
import { DEMO_USERS } from './users';

describe('simulator routes', () => {
  let app: Hono<AppEnv>;
  let printers: SimPrinter[];
  let dist: string;

  beforeAll(async () => {
    dist = await tempDir('sim-dist');
    await fs.mkdir(path.join(dist, 'simulator/kiosk'), { recursive: true });
    await fs.writeFile(path.join(dist, 'simulator/kiosk/index.html'), '<!doctype html><title>kiosk</title>');
    printers = [
      await startSimPrinter({ name: 'sim-mono', color: false, duplex: false, processingMs: 0 }),
      await startSimPrinter({ name: 'sim-color', finishings: [4, 5], processingMs: 0 }),
    ];
    app = new Hono<AppEnv>();
    simulatorRoutes({ printers, users: DEMO_USERS, distDir: dist })(app);
  });
  afterAll(async () => {
    await Promise.all(printers.map((p) => p.stop()));
    await fs.rm(dist, { recursive: true, force: true });
  });

  const postFault = (name: string, body: string) =>
    app.request(`/sim/api/printers/${name}/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });

  it('serves the kiosk page at /kiosk and /kiosk/', async () => {
    for (const url of ['/kiosk', '/kiosk/']) {
      const res = await app.request(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(await res.text()).toContain('kiosk');
    }
  });

  it('lists the printers with their capabilities, state and tray', async () => {
    const res = await app.request('/sim/api/printers');
    expect(res.status).toBe(200);
    const list = simPrintersSchema.parse(await res.json());
    expect(list.map((p) => p.name)).toEqual(['sim-mono', 'sim-color']);
    expect(list[0]).toMatchObject({
      uri: printers[0]!.uri,
      state: 'idle',
      reasons: [],
      faults: [],
      capabilities: { color: false, duplex: false, finishings: [] },
      tray: [],
    });
    expect(list[1]?.capabilities).toMatchObject({ color: true, duplex: true, finishings: [4, 5] });
  });

  it('lists the demo users without their passwords', async () => {
    const body = await (await app.request('/sim/api/demo')).json();
    const users = demoUsersSchema.parse(body);
    expect(users.map((u) => `${u.shortname}:${u.badge}`)).toEqual(['alice:1001', 'bob:1002', 'chloe:1003']);
    expect(JSON.stringify(body)).not.toContain('password');
  });

  it('sets and clears a fault', async () => {
    const set = await postFault('sim-color', JSON.stringify({ fault: 'jam', active: true }));
    expect(set.status).toBe(200);
    expect(simPrinterViewSchema.parse(await set.json())).toMatchObject({
      state: 'stopped',
      faults: ['jam'],
      reasons: ['media-jam-error'],
      acceptingJobs: true,
    });
    const cleared = await postFault('sim-color', JSON.stringify({ fault: 'jam', active: false }));
    expect(simPrinterViewSchema.parse(await cleared.json())).toMatchObject({ state: 'idle', faults: [] });
  });

  it.each([
    ['not JSON', '{fault:'],
    ['an unknown fault', JSON.stringify({ fault: 'fire', active: true })],
    ['no active', JSON.stringify({ fault: 'jam' })],
    ['active as a string', JSON.stringify({ fault: 'jam', active: 'yes' })],
    ['an extra field', JSON.stringify({ fault: 'jam', active: true, printer: 'x' })],
    ['an array', '[]'],
  ])('answers 400 bad-request to %s', async (_what, body) => {
    const res = await postFault('sim-color', body);
    expect(res.status).toBe(400);
    const json = (await res.json()) as { code: string; message: string };
    expect(json.code).toBe('bad-request');
    expect(json.message.length).toBeGreaterThan(0);
    expect(printers[1]!.faults()).toEqual([]);
  });

  it('answers 404 for a printer it does not have', async () => {
    const res = await postFault('nope', JSON.stringify({ fault: 'jam', active: true }));
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 'unknown-printer' });
  });

  it('shows a printed job in the tray and serves its document', async () => {
    const p = printers[1]!;
    const doc = Buffer.from('%PDF-1.7\n% routes test\n%%EOF\n');
    await ippRequest(
      p.uri,
      operationRequest(
        Operation.PrintJob,
        p.uri,
        [A.name('requesting-user-name', 'alice'), A.name('job-name', 'Routes')],
        { job: [A.integer('copies', 2)] },
      ),
      { document: { stream: Readable.from([doc]), length: doc.length } },
    );
    let tray = p.tray();
    for (let i = 0; i < 100 && tray.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 20));
      tray = p.tray();
    }
    const list = simPrintersSchema.parse(await (await app.request('/sim/api/printers')).json());
    expect(list[1]?.tray[0]).toMatchObject({
      name: 'Routes',
      user: 'alice',
      copies: 2,
      format: 'application/pdf',
    });
    const res = await app.request(`/sim/api/printers/sim-color/tray/${tray[0]!.printerJobId}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await res.arrayBuffer()).equals(doc)).toBe(true);
    expect((await app.request('/sim/api/printers/sim-color/tray/999')).status).toBe(404);
  });
});
