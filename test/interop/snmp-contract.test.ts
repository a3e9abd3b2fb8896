import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSnmpReader,
  type SnmpCredentials,
  SnmpPollError,
  type SnmpTarget,
} from '../../release-server/src/adapters/snmp';
import { decodeReading, type PrinterReading } from '../../release-server/src/domain/fleet';
import { type SnmpSimPrinter, startSnmpSimPrinter } from '../../simulator/src/snmp';
import { type Snmpd, type SnmpdValue, startSnmpd } from '../support/snmpd';

/**
 * One contract, two agents (STYLE.md §6): the poller's SNMP client reads the same colour printer from
 * the simulator's agent and from Debian's snmpd configured by hand from STANDARDS.md §2, and decodes
 * both the same. The printer: jammed, black toner at 8 %, life count 123456.
 */

const V3 = { user: 'quire', authPassword: 'quire-auth-pass', privPassword: 'quire-priv-pass' };
const NAME = 'contract';
const MODEL = 'Quire Contract Printer';
const LOCATION = 'Lab 3';

/** [index, colorant index, class, type, description, max, level] */
const SUPPLIES: [number, number, number, number, string, number, number][] = [
  [1, 1, 3, 3, 'Black Toner Cartridge', 10000, 800],
  [2, 2, 3, 3, 'Cyan Toner Cartridge', 6000, 6000],
  [3, 3, 3, 3, 'Magenta Toner Cartridge', 6000, 3000],
  [4, 4, 3, 3, 'Yellow Toner Cartridge', 6000, 1500],
  [5, 0, 4, 4, 'Waste Toner Box', 40000, 40000],
  [6, 0, 3, 9, 'Imaging Drum', 50000, 45000],
];
/** [index, severity, training, group, group index, location, code, description] */
const ALERTS: [number, number, number, number, number, number, number, string][] = [
  [1, 4, 3, 11, 1, -2, 1104, 'Black Toner Cartridge low'],
  [2, 3, 3, 13, 1, -2, 8, 'Paper jam'],
];

/** The same printer written out OID by OID for snmpd, from the RFCs, not from the simulator's code. */
function snmpdValues(): SnmpdValue[] {
  const v = (oid: string, type: SnmpdValue['type'], value: string | number): SnmpdValue => ({
    oid,
    type,
    value,
  });
  const out: SnmpdValue[] = [
    v('1.3.6.1.2.1.25.3.2.1.1.1', 'integer', 1),
    v('1.3.6.1.2.1.25.3.2.1.2.1', 'objectid', '.1.3.6.1.2.1.25.3.1.5'),
    v('1.3.6.1.2.1.25.3.2.1.3.1', 'string', MODEL),
    v('1.3.6.1.2.1.25.3.2.1.5.1', 'integer', 5), // down
    v('1.3.6.1.2.1.25.3.5.1.1.1', 'integer', 1), // other
    v('1.3.6.1.2.1.25.3.5.1.2.1', 'octet', '24 00'), // lowToner (bit 2) + jammed (bit 5)
    v('1.3.6.1.2.1.43.5.1.1.17.1', 'string', 'QC-0001'),
    v('1.3.6.1.2.1.43.10.2.1.3.1.1', 'integer', 7),
    v('1.3.6.1.2.1.43.10.2.1.4.1.1', 'counter', 123456),
  ];
  for (const [i, colorant, cls, type, descr, max, level] of SUPPLIES) {
    out.push(
      v(`1.3.6.1.2.1.43.11.1.1.2.1.${i}`, 'integer', 1),
      v(`1.3.6.1.2.1.43.11.1.1.3.1.${i}`, 'integer', colorant),
      v(`1.3.6.1.2.1.43.11.1.1.4.1.${i}`, 'integer', cls),
      v(`1.3.6.1.2.1.43.11.1.1.5.1.${i}`, 'integer', type),
      v(`1.3.6.1.2.1.43.11.1.1.6.1.${i}`, 'string', descr),
      v(`1.3.6.1.2.1.43.11.1.1.7.1.${i}`, 'integer', 7),
      v(`1.3.6.1.2.1.43.11.1.1.8.1.${i}`, 'integer', max),
      v(`1.3.6.1.2.1.43.11.1.1.9.1.${i}`, 'integer', level),
    );
  }
  for (const [i, name] of ['black', 'cyan', 'magenta', 'yellow'].entries())
    out.push(v(`1.3.6.1.2.1.43.12.1.1.4.1.${i + 1}`, 'string', name));
  for (const [i, severity, training, group, groupIndex, location, code, descr] of ALERTS) {
    out.push(
      v(`1.3.6.1.2.1.43.18.1.1.2.1.${i}`, 'integer', severity),
      v(`1.3.6.1.2.1.43.18.1.1.3.1.${i}`, 'integer', training),
      v(`1.3.6.1.2.1.43.18.1.1.4.1.${i}`, 'integer', group),
      v(`1.3.6.1.2.1.43.18.1.1.5.1.${i}`, 'integer', groupIndex),
      v(`1.3.6.1.2.1.43.18.1.1.6.1.${i}`, 'integer', location),
      v(`1.3.6.1.2.1.43.18.1.1.7.1.${i}`, 'integer', code),
      v(`1.3.6.1.2.1.43.18.1.1.8.1.${i}`, 'string', descr),
      v(`1.3.6.1.2.1.43.18.1.1.9.1.${i}`, 'timeticks', 100 * i),
    );
  }
  return out;
}

/** What the poller must decode from either agent. */
const EXPECTED = {
  isPrinter: true,
  deviceIndex: 1,
  sysDescr: MODEL,
  sysName: NAME,
  location: LOCATION,
  model: MODEL,
  deviceStatus: 'down',
  printerStatus: 'other',
  flags: ['lowToner', 'jammed'],
  serial: 'QC-0001',
  pageCount: 123456,
  counterUnit: 'impressions',
  supplies: [
    {
      index: 1,
      description: 'Black Toner Cartridge',
      class: 'consumed',
      type: 'toner',
      colorant: 'black',
      level: 800,
      max: 10000,
      percent: 8,
      condition: 'low',
    },
    {
      index: 2,
      description: 'Cyan Toner Cartridge',
      class: 'consumed',
      type: 'toner',
      colorant: 'cyan',
      level: 6000,
      max: 6000,
      percent: 100,
      condition: 'ok',
    },
    {
      index: 3,
      description: 'Magenta Toner Cartridge',
      class: 'consumed',
      type: 'toner',
      colorant: 'magenta',
      level: 3000,
      max: 6000,
      percent: 50,
      condition: 'ok',
    },
    {
      index: 4,
      description: 'Yellow Toner Cartridge',
      class: 'consumed',
      type: 'toner',
      colorant: 'yellow',
      level: 1500,
      max: 6000,
      percent: 25,
      condition: 'ok',
    },
    {
      index: 5,
      description: 'Waste Toner Box',
      class: 'receptacle',
      type: 'wasteToner',
      colorant: null,
      level: 40000,
      max: 40000,
      percent: 0,
      condition: 'ok',
    },
    {
      index: 6,
      description: 'Imaging Drum',
      class: 'consumed',
      type: 'opc',
      colorant: null,
      level: 45000,
      max: 50000,
      percent: 90,
      condition: 'ok',
    },
  ],
  alerts: ALERTS.map(([index, severityCode, , group, groupIndex, , code, description]) => ({
    index,
    severityCode,
    code,
    group,
    groupIndex,
    description,
  })),
};

/** A reading without what differs by nature between two agents: when each alert was raised. */
const comparable = (r: PrinterReading) => ({ ...r, alerts: r.alerts.map(({ time: _time, ...a }) => a) });

let sim: SnmpSimPrinter;
let snmpd: Snmpd;
const agents: Record<string, () => number> = {
  'the simulator': () => sim.agent.port,
  "Debian's snmpd": () => snmpd.port,
};
const decoded: Record<string, PrinterReading> = {};

beforeAll(async () => {
  [sim, snmpd] = await Promise.all([
    startSnmpSimPrinter(
      { name: NAME, makeAndModel: MODEL, location: LOCATION, color: true, processingMs: 0 },
      {
        v3: V3,
        serial: 'QC-0001',
        lifeCount: 123456,
        levels: { black: 8, cyan: 100, magenta: 50, yellow: 25, waste: 100, drum: 90 },
      },
    ),
    startSnmpd({ sysDescr: MODEL, sysName: NAME, sysLocation: LOCATION, values: snmpdValues(), v3: V3 }),
  ]);
  // The low toner alert came at start (index 1); the jam comes now (index 2).
  sim.printer.setFault('jam', true);
  await sim.agent.sync();
});

afterAll(async () => {
  await Promise.all([sim?.stop(), snmpd?.stop()]);
});

const reader = createSnmpReader();
const read = (port: number, credentials: SnmpCredentials) => {
  const target: SnmpTarget = { host: '127.0.0.1', port, credentials };
  return reader.read(target, { timeoutMs: 1000, retries: 1 });
};

describe.each(Object.keys(agents))('the poller reading %s', (agent) => {
  const port = () => agents[agent]!();

  it('decodes the printer over SNMPv2c', async () => {
    const reading = decodeReading(await read(port(), { version: '2c', community: 'public' }));
    expect(comparable(reading)).toEqual(EXPECTED);
    decoded[agent] = reading;
  });

  it('decodes the same over SNMPv1 (GetNext walks)', async () => {
    const reading = decodeReading(await read(port(), { version: '1', community: 'public' }));
    expect(comparable(reading)).toEqual(EXPECTED);
  });

  it('decodes the same over SNMPv3 authPriv (SHA, AES)', async () => {
    const reading = decodeReading(
      await read(port(), {
        version: '3',
        user: V3.user,
        level: 'authPriv',
        authProtocol: 'sha',
        authPassword: V3.authPassword,
        privProtocol: 'aes',
        privPassword: V3.privPassword,
      }),
    );
    expect(comparable(reading)).toEqual(EXPECTED);
  });

  it('reports a wrong SNMPv3 password as such', async () => {
    const error = await read(port(), {
      version: '3',
      user: V3.user,
      level: 'authPriv',
      authProtocol: 'sha',
      authPassword: 'not-the-password',
      privProtocol: 'aes',
      privPassword: V3.privPassword,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SnmpPollError);
    expect((error as SnmpPollError).kind).toBe('wrong-password');
    expect((error as SnmpPollError).message).toMatch(/Wrong authentication password .*"quire"/);
    expect((error as SnmpPollError).message).not.toContain('not-the-password');
  });

  it('reports an unknown SNMPv3 user as such', async () => {
    const error = await read(port(), {
      version: '3',
      user: 'nobody',
      level: 'authPriv',
      authProtocol: 'sha',
      authPassword: V3.authPassword,
      privProtocol: 'aes',
      privPassword: V3.privPassword,
    }).catch((e: unknown) => e);
    expect((error as SnmpPollError).kind).toBe('unknown-user');
  });
});

it('both agents decode identically', () => {
  const [a, b] = Object.keys(agents).map((k) => decoded[k]);
  expect(a && b).toBeTruthy();
  expect(comparable(a!)).toEqual(comparable(b!));
});
