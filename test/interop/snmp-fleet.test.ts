import fs from 'node:fs/promises';
import path from 'node:path';
import {
  ERROR_CODES,
  type ErrorBody,
  type FleetDetail,
  type FleetStatus,
  type PrinterCapabilities,
  type SnmpSettingsView,
  toErrorBody,
} from '@quire/protocol';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../release-server/src/adapters/sqlite/database';
import { migrate } from '../../release-server/src/adapters/sqlite/migrate';
import { PrinterStore } from '../../release-server/src/adapters/sqlite/printer-store';
import { mountFleet } from '../../release-server/src/admin/fleet';
import { silentLogger } from '../../release-server/src/log';
import { createFleetService, type FleetService } from '../../release-server/src/services/fleet';
import { type SnmpSimPrinter, startSnmpSimPrinter } from '../../simulator/src/snmp';
import { makePdf } from '../support/pdf';
import { run, tempDir } from '../support/process';

/**
 * The poller in the release server against simulated printers, through the admin REST routes:
 * SNMPv3 authPriv, a wrong password said as such, a jam seen within one poll and cleared when fixed,
 * meters moving with what is printed, a 32-bit wrap, and the CSV export.
 */

const V3 = { user: 'quire', authPassword: 'quire-auth-pass', privPassword: 'quire-priv-pass' };
const CAPABILITIES: PrinterCapabilities = {
  makeAndModel: 'x',
  colorModes: ['monochrome'],
  sides: ['one-sided'],
  copiesMax: 1,
  finishings: [],
  media: [],
  mediaDefault: null,
  numberUp: [1],
  documentFormats: ['application/pdf'],
};

let dir: string;
let db: Database;
let fleet: FleetService;
let app: Hono;
let mono: SnmpSimPrinter;
let color: SnmpSimPrinter;
let wrap: SnmpSimPrinter;

const api = async <T>(
  method: string,
  url: string,
  body?: unknown,
): Promise<{ status: number; body: T; text: string }> => {
  const res = await app.request(url, {
    method,
    ...(body !== undefined && {
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    }),
  });
  const text = await res.text();
  const json = res.headers.get('content-type')?.includes('json') ? (JSON.parse(text) as T) : (text as T);
  return { status: res.status, body: json, text };
};
const poll = (name: string) => api<FleetStatus>('POST', `/fleet/${name}/poll`);

async function printPdf(p: SnmpSimPrinter, pages: number): Promise<void> {
  const file = path.join(dir, `${pages}.pdf`);
  await fs.writeFile(file, await makePdf(pages));
  const { code, stdout, stderr } = await run('ipptool', ['-tv', '-f', file, p.printer.uri, 'print-job.test']);
  expect(code, stdout + stderr).toBe(0);
  for (let i = 0; i < 100 && p.printer.jobs().some((j) => j.state !== 9); i++)
    await new Promise((r) => setTimeout(r, 20));
}

beforeAll(async () => {
  dir = await tempDir('snmp-fleet');
  db = await Database.open(path.join(dir, 'quire.db'));
  await migrate(db);
  [mono, color, wrap] = await Promise.all([
    startSnmpSimPrinter(
      { name: 'sim-mono', color: false, processingMs: 0 },
      { serial: 'QSM-1', lifeCount: 1000 },
    ),
    startSnmpSimPrinter(
      { name: 'sim-color', color: true, processingMs: 0 },
      { community: null, v3: V3, levels: { black: 8 } },
    ),
    startSnmpSimPrinter({ name: 'sim-wrap', color: false, processingMs: 0 }, { lifeCount: 2 ** 32 - 2 }),
  ]);
  const printers = new PrinterStore(db);
  await db.transaction(async (tx) => {
    for (const [name, p] of [
      ['sim-mono', mono],
      ['sim-color', color],
      ['wrong-pass', color],
      ['sim-wrap', wrap],
    ] as const)
      await printers.upsert(tx, {
        name,
        uri: p.printer.uri,
        capabilities: CAPABILITIES,
      });
  });
  fleet = createFleetService({ db, log: silentLogger }, { timeoutMs: 500, retries: 0 });
  app = new Hono();
  mountFleet(app, { fleet });
  app.onError((error, c) => {
    const body = toErrorBody(error);
    return c.json(body, ERROR_CODES[body.code].http as 400);
  });
});

afterAll(async () => {
  await fleet?.stop();
  await Promise.all([mono?.stop(), color?.stop(), wrap?.stop()]);
  await db?.close();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('SNMP settings', () => {
  it('are zod-checked, stored, and never sent back', async () => {
    const bad = await api<ErrorBody>('PUT', '/printers/sim-color/snmp', {
      version: '3',
      user: 'quire',
      authPassword: 'short',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/^authPassword: /);
    expect(bad.text).not.toContain('short');

    const missing = await api<ErrorBody>('PUT', '/printers/sim-color/snmp', { version: '3', user: 'quire' });
    expect(missing.status).toBe(400);
    expect(missing.body.message).toMatch(/authPassword: required/);

    const saved = await api<SnmpSettingsView>('PUT', '/printers/sim-color/snmp', {
      version: '3',
      user: V3.user,
      authPassword: V3.authPassword,
      privPassword: V3.privPassword,
      port: color.agent.port,
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      version: '3',
      user: 'quire',
      level: 'authPriv',
      authPasswordSet: true,
      privPasswordSet: true,
    });
    for (const secret of [V3.authPassword, V3.privPassword]) expect(saved.text).not.toContain(secret);
    expect((await api<string>('GET', '/printers/sim-color/snmp')).text).not.toContain(V3.privPassword);

    const wrong = await api('PUT', '/printers/wrong-pass/snmp', {
      version: '3',
      user: V3.user,
      authPassword: 'not-the-password',
      privPassword: V3.privPassword,
      port: color.agent.port,
    });
    expect(wrong.status).toBe(200);
    for (const [name, p] of [
      ['sim-mono', mono],
      ['sim-wrap', wrap],
    ] as const) {
      const r = await api<SnmpSettingsView>('PUT', `/printers/${name}/snmp`, {
        version: '2c',
        community: 'public',
        port: p.agent.port,
      });
      expect(r.body.communitySet).toBe(true);
      expect(r.text).not.toContain('public');
    }
    expect(
      (await api<ErrorBody>('PUT', '/printers/nope/snmp', { version: '2c', community: 'x' })).status,
    ).toBe(404);
  });
});

describe('polling', () => {
  it('reads a printer over SNMPv3 authPriv, with the low toner raising an alert', async () => {
    const { status, body } = await poll('sim-color');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      printer: 'sim-color',
      monitoring: 'on',
      reachable: true,
      state: 'warning',
      serial: 'SN-SIM-COLOR',
      pageCount: 0,
      counterUnit: 'impressions',
      meterEvent: 'first',
      pollError: null,
    });
    expect(body.flags).toEqual(['lowToner']);
    expect(body.supplies.map((s) => [s.colorant ?? s.type, s.percent])).toEqual([
      ['black', 8],
      ['cyan', 100],
      ['magenta', 100],
      ['yellow', 100],
      ['wasteToner', 0],
      ['opc', 100],
    ]);
    // The printer raises its own alert about the black toner, so Quire's threshold adds none.
    expect(body.alerts.map((a) => [a.source, a.code, a.severity])).toEqual([['printer', 1104, 'warning']]);
  });

  it('says a wrong SNMPv3 password is a wrong password', async () => {
    const { body } = await poll('wrong-pass');
    expect(body).toMatchObject({ reachable: false, state: 'error', pollError: { kind: 'wrong-password' } });
    expect(body.error).toMatch(/Wrong authentication password .*"quire"/);
  });

  it('sees a jam within one poll, refuses release with the reason, and clears the alert when fixed', async () => {
    const first = (await poll('sim-mono')).body;
    expect(first, JSON.stringify(first.pollError)).toMatchObject({ state: 'ok', flags: [], alerts: [] });
    expect(await fleet.checkRelease('sim-mono')).toBeNull();

    mono.printer.setFault('jam', true);
    const jammed = (await poll('sim-mono')).body;
    expect(jammed).toMatchObject({
      reachable: true,
      state: 'error',
      error: 'paper jam',
      flags: ['jammed'],
      deviceStatus: 'down',
    });
    expect(jammed.alerts).toMatchObject([
      { source: 'printer', code: 8, severity: 'critical', description: 'Paper jam', clearedAt: null },
    ]);
    expect(fleet.current('sim-mono')?.state).toBe('error');
    expect(await fleet.checkRelease('sim-mono')).toEqual({
      code: 'printer-stopped',
      message: 'sim-mono reports paper jam. Your jobs stay held.',
    });
    const errors = (await api<FleetStatus[]>('GET', '/fleet?state=error')).body.map((s) => s.printer);
    expect(errors.sort()).toEqual(['sim-mono', 'wrong-pass']);

    mono.printer.setFault('jam', false);
    // checkRelease polls again before refusing: the jam is fixed, the release may go.
    expect(await fleet.checkRelease('sim-mono')).toBeNull();
    const fixed = (await api<FleetDetail>('GET', '/fleet/sim-mono')).body;
    expect(fixed).toMatchObject({ state: 'ok', flags: [], alerts: [] });
    expect(fixed.history).toMatchObject([{ code: 8, description: 'Paper jam' }]);
    expect(fixed.history[0]?.clearedAt).not.toBeNull();
    // ok; jammed; jammed again when the release was checked; fixed when it was checked again.
    expect(fixed.readings.map((r) => r.state)).toEqual(['ok', 'error', 'error', 'ok']);
    expect((await api<FleetStatus[]>('GET', '/fleet?state=ok')).body.map((s) => s.printer)).toContain(
      'sim-mono',
    );
  });

  it('counts usage from the meter, across a 32-bit wrap', async () => {
    await printPdf(mono, 4);
    const mono1 = (await poll('sim-mono')).body;
    expect(mono1).toMatchObject({ pageCount: 1004, meterEvent: 'normal' });

    expect((await poll('sim-wrap')).body).toMatchObject({ pageCount: 2 ** 32 - 2, meterEvent: 'first' });
    await printPdf(wrap, 3);
    expect((await poll('sim-wrap')).body).toMatchObject({ pageCount: 1, meterEvent: 'wrap' });
    const readings = (await api<FleetDetail>('GET', '/fleet/sim-wrap')).body.readings;
    expect(readings.map((r) => [r.pageCount, r.usage, r.meterEvent])).toEqual([
      [2 ** 32 - 2, null, 'first'],
      [1, 3, 'wrap'],
    ]);

    // A counter that goes down is flagged, not negative usage.
    wrap.agent.setLifeCount(0);
    expect((await poll('sim-wrap')).body).toMatchObject({ pageCount: 0, meterEvent: 'reset' });
  });

  it('exports the meter readings as UTF-8 CSV with a BOM', async () => {
    const res = await app.request('/fleet/readings.csv?printer=sim-mono');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).trim().split('\r\n');
    expect(lines[0]).toBe('printer,read_at,serial,model,page_count,counter_unit,usage,meter_event,state');
    expect(lines.slice(1).map((l) => l.split(',').slice(4, 8).join(','))).toEqual([
      '1000,impressions,,first',
      '1000,impressions,0,normal',
      '1000,impressions,0,normal',
      '1000,impressions,0,normal',
      '1004,impressions,4,normal',
    ]);
  });

  it('answers unknown printers and printers without SNMP with a clear error', async () => {
    expect((await poll('nope')).status).toBe(404);
    expect((await api<ErrorBody>('GET', '/fleet?state=broken')).status).toBe(400);
  });
});
