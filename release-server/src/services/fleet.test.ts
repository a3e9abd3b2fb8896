import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AppError, type PrinterCapabilities } from '@quire/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SnmpPollError, type SnmpReader, type SnmpTarget } from '../adapters/snmp';
import { Database } from '../adapters/sqlite/database';
import { migrate } from '../adapters/sqlite/migrate';
import { PrinterStore } from '../adapters/sqlite/printer-store';
import type { RawReading, SnmpValue } from '../domain/fleet';
import { silentLogger } from '../log';
import { createFleetService, type FleetService } from './fleet';
import { FleetStore } from './fleet-store';

const CAPS: PrinterCapabilities = {
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

/** What a fake agent answers: enough of a printer for the decoder. */
interface Fake {
  count: number;
  serial: string;
  errorByte: number;
  alerts: [index: number, code: number][];
}
const s = (text: string): SnmpValue => ({ type: 'string', value: new TextEncoder().encode(text) });
const n = (value: number): SnmpValue => ({ type: 'integer', value });
function answer(f: Fake): RawReading {
  const raw = new Map<string, SnmpValue>([
    ['1.3.6.1.2.1.1.1.0', s('Fake')],
    ['1.3.6.1.2.1.25.3.2.1.2.1', { type: 'oid', value: '1.3.6.1.2.1.25.3.1.5' }],
    ['1.3.6.1.2.1.25.3.2.1.5.1', n(f.errorByte ? 5 : 2)],
    ['1.3.6.1.2.1.25.3.5.1.2.1', { type: 'string', value: Uint8Array.from([f.errorByte, 0]) }],
    ['1.3.6.1.2.1.43.5.1.1.17.1', s(f.serial)],
    ['1.3.6.1.2.1.43.10.2.1.3.1.1', n(7)],
    ['1.3.6.1.2.1.43.10.2.1.4.1.1', { type: 'counter', value: f.count }],
  ]);
  for (const [index, code] of f.alerts) {
    raw.set(`1.3.6.1.2.1.43.18.1.1.2.1.${index}`, n(3));
    raw.set(`1.3.6.1.2.1.43.18.1.1.7.1.${index}`, n(code));
  }
  return raw;
}

let dir: string;
let db: Database;
let fleet: FleetService;
let fake: Fake;
let behaviour: 'answer' | 'hang' | 'wrong-password';
const targets: SnmpTarget[] = [];

const reader: SnmpReader = {
  read(target, options) {
    targets.push(target);
    if (behaviour === 'wrong-password')
      return Promise.reject(new SnmpPollError('wrong-password', 'Wrong authentication password.'));
    if (behaviour === 'hang')
      return new Promise((_, reject) =>
        options.signal?.addEventListener('abort', () => reject(new Error('closed'))),
      );
    return Promise.resolve(answer(fake));
  },
};

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'quire-fleet-'));
  db = await Database.open(path.join(dir, 'quire.db'));
  await migrate(db);
  await db.transaction(async (tx) => {
    const printers = new PrinterStore(db);
    await printers.upsert(tx, { name: 'p1', uri: 'ipp://10.0.0.5:631/ipp/print', capabilities: CAPS });
    await printers.upsert(tx, { name: 'p2', uri: 'ipp://10.0.0.6:631/ipp/print', capabilities: CAPS });
  });
  fake = { count: 1000, serial: 'SN1', errorByte: 0, alerts: [] };
  behaviour = 'answer';
  targets.length = 0;
  // A clock that moves a second on every look, so two polls never share a timestamp.
  let clock = Date.UTC(2026, 10, 21, 12);
  fleet = createFleetService(
    { db, log: silentLogger, reader, now: () => (clock += 1000) },
    { deadlineMs: 200, firstRoundDelayMs: 10 },
  );
  await fleet.setSnmpSettings('p1', {
    version: '2c',
    community: 'public',
    enabled: true,
    host: null,
    port: 161,
  });
});

afterEach(async () => {
  await fleet.stop();
  await db.close();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('FleetService', () => {
  it('reads the printer at the host of its IPP URI unless told otherwise', async () => {
    await fleet.pollPrinter('p1');
    expect(targets[0]).toEqual({
      host: '10.0.0.5',
      port: 161,
      credentials: { version: '2c', community: 'public' },
    });
    await fleet.setSnmpSettings('p1', { version: '2c', enabled: true, host: '10.9.9.9', port: 1161 });
    await fleet.pollPrinter('p1');
    expect(targets[1]).toMatchObject({ host: '10.9.9.9', port: 1161, credentials: { community: 'public' } });
  });

  it('flags a meter that goes down or a new serial number, never negative usage', async () => {
    const poll = async () => {
      const status = await fleet.pollPrinter('p1');
      return [status.pageCount, status.meterEvent];
    };
    expect(await poll()).toEqual([1000, 'first']);
    fake.count = 1010;
    expect(await poll()).toEqual([1010, 'normal']);
    fake.count = 5;
    expect(await poll()).toEqual([5, 'reset']);
    fake.count = 8;
    expect(await poll()).toEqual([8, 'normal']);
    fake.serial = 'SN2';
    fake.count = 50_000;
    expect(await poll()).toEqual([50_000, 'serial-change']);
    const { readings } = await fleet.detail('p1');
    expect(readings.map((r) => r.usage)).toEqual([null, 10, null, 3, null]);
    const counts: (number | null)[] = [];
    for await (const page of await fleet.meterReadings({ printer: 'p1' }))
      counts.push(...page.map((r) => r.pageCount));
    expect(counts).toEqual([1000, 1010, 5, 8, 50_000]);
  });

  it('draws the whole period asked for, thinned evenly, not just its latest readings', async () => {
    for (let i = 0; i < 100; i++) await fleet.pollPrinter('p1');
    const all = (await fleet.detail('p1', { limit: 1000 })).readings;
    expect(all).toHaveLength(100);
    const first = Date.parse(all[0]!.at);
    const last = Date.parse(all.at(-1)!.at);
    const days = (last - first) / 86_400_000;
    const { readings } = await fleet.detail('p1', { days: days * 1.05, limit: 10 });
    expect(readings.length).toBeGreaterThanOrEqual(8);
    expect(readings.length).toBeLessThanOrEqual(10);
    expect(readings.at(-1)!.at).toBe(all.at(-1)!.at); // the newest is always there
    expect(Date.parse(readings[0]!.at) - first).toBeLessThan((last - first) / 5); // and the oldest slice too
  });

  it('exports every meter reading once, oldest first, page by page, even where readings share a time', async () => {
    for (let i = 0; i < 40; i++) {
      fake.count = 1000 + i; // each reading known by its count
      await fleet.pollPrinter('p1');
    }
    // Readings taken in the same 10 s share their time, so ties fall across page boundaries.
    await db.transaction((tx) => tx.run('UPDATE fleet_readings SET at = at - (at % 10000)'));
    const store = new FleetStore(db);
    const counts: (number | null)[] = [];
    for await (const page of store.meterRowPages({ from: 0, to: Number.MAX_SAFE_INTEGER }, 3)) {
      expect(page.length).toBeLessThanOrEqual(3);
      counts.push(...page.map((r) => r.pageCount));
    }
    expect(counts).toEqual(Array.from({ length: 40 }, (_, i) => 1000 + i));
  });

  it('raises an alert once per prtAlertIndex and clears it when the row goes', async () => {
    fake.errorByte = 0x04;
    fake.alerts = [[5, 8]];
    expect((await fleet.pollPrinter('p1')).alerts).toMatchObject([{ index: 5, code: 8 }]);
    expect((await fleet.pollPrinter('p1')).alerts).toHaveLength(1);
    fake.alerts = [[6, 8]];
    const next = await fleet.pollPrinter('p1');
    expect(next.alerts).toMatchObject([{ index: 6, code: 8 }]);
    fake.errorByte = 0;
    fake.alerts = [];
    expect((await fleet.pollPrinter('p1')).alerts).toEqual([]);
    const { history } = await fleet.detail('p1');
    expect(history.map((a) => [a.index, a.clearedAt !== null])).toEqual([
      [6, true],
      [5, true],
    ]);
  });

  it('gives up on a printer at its deadline and says so', async () => {
    behaviour = 'hang';
    const started = Date.now();
    const status = await fleet.pollPrinter('p1');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(status).toMatchObject({ reachable: false, state: 'error', pollError: { kind: 'timeout' } });
    expect(status.error).toMatch(/within 0.2 s/);
  });

  it('keeps the last values shown while a printer does not answer', async () => {
    await fleet.pollPrinter('p1');
    behaviour = 'wrong-password';
    const status = await fleet.pollPrinter('p1');
    expect(status).toMatchObject({
      reachable: false,
      state: 'error',
      pageCount: 1000,
      serial: 'SN1',
      pollError: { kind: 'wrong-password' },
    });
    expect(status.lastReadingAt).not.toBe(status.lastPollAt);
  });

  it('lists every printer, with a filter, and says which are not monitored', async () => {
    fake.errorByte = 0x40; // noPaper
    await fleet.pollPrinter('p1');
    const all = await fleet.list();
    expect(all.map((x) => [x.printer, x.monitoring, x.state])).toEqual([
      ['p1', 'on', 'error'],
      ['p2', 'off', 'unknown'],
    ]);
    expect((await fleet.list('error')).map((x) => x.printer)).toEqual(['p1']);
    expect(await fleet.list('ok')).toEqual([]);
    await expect(fleet.pollPrinter('p2')).rejects.toThrow(/not set up for p2/);
    await expect(fleet.pollPrinter('nope')).rejects.toThrow(AppError);
  });

  it('refuses a release only while the printer still reports the error', async () => {
    expect(await fleet.checkRelease('p1')).toBeNull(); // never polled
    fake.errorByte = 0x08; // doorOpen
    await fleet.pollPrinter('p1');
    expect(fleet.current('p1')?.error).toBe('door open');
    expect(await fleet.checkRelease('P1')).toMatchObject({
      code: 'printer-stopped',
      message: 'p1 reports door open. Your jobs stay held.',
    });
    fake.errorByte = 0;
    expect(await fleet.checkRelease('p1')).toBeNull();
    behaviour = 'wrong-password';
    fake.errorByte = 0x04;
    expect(await fleet.checkRelease('p1')).toBeNull(); // an SNMP problem is not the printer's error
  });

  it('polls on its schedule once started, and stops', async () => {
    const scheduled = createFleetService(
      { db, log: silentLogger, reader },
      { firstRoundDelayMs: 10, intervalMs: 50, deadlineMs: 200 },
    );
    scheduled.start();
    await new Promise((r) => setTimeout(r, 200));
    await scheduled.stop();
    const polls = targets.length;
    expect(polls).toBeGreaterThanOrEqual(2);
    await new Promise((r) => setTimeout(r, 120));
    expect(targets.length).toBe(polls);
  });
});
