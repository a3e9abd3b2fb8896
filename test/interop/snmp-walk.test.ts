import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SnmpSimPrinter, startSnmpSimPrinter } from '../../simulator/src/snmp';
import { makePdf } from '../support/pdf';
import { run, tempDir } from '../support/process';

/**
 * Debian's net-snmp tools (`snmpwalk`, `snmpget`, `MIBS=`, numeric OIDs) read the simulated printers'
 * agents: the Printer-MIB values of STANDARDS.md §2, moved by what the printer does.
 */

const V3 = { user: 'quire', authPassword: 'quire-auth-pass', privPassword: 'quire-priv-pass' };
let mono: SnmpSimPrinter;
let color: SnmpSimPrinter;
let dir: string;

const snmp = async (tool: 'snmpwalk' | 'snmpget', args: string[]) => {
  const { code, stdout, stderr } = await run(tool, ['-On', '-t', '1', '-r', '1', ...args], {
    env: { MIBS: '' },
  });
  return { code, out: stdout + stderr };
};
const walk = (port: number, oid = '.1.3.6.1.2.1') =>
  snmp('snmpwalk', ['-v2c', '-c', 'public', `127.0.0.1:${port}`, oid]);
const get = async (port: number, ...oids: string[]) => {
  const { code, out } = await snmp('snmpget', ['-v2c', '-c', 'public', `127.0.0.1:${port}`, ...oids]);
  expect(code, out).toBe(0);
  return out;
};
/** The value part of `.oid = TYPE: value` for one OID. */
const valueAt = (out: string, oid: string) =>
  out.match(new RegExp(`^${oid.replaceAll('.', '\\.')} = (.*)$`, 'm'))?.[1]?.trim();

/** Print-Job with copies and colour mode: ipptool's stock print-job.test sets neither. */
const PRINT_TEST = `{
  NAME "Print-Job with copies"
  OPERATION Print-Job
  GROUP operation-attributes-tag
  ATTR charset attributes-charset utf-8
  ATTR naturalLanguage attributes-natural-language en
  ATTR uri printer-uri $uri
  ATTR name requesting-user-name alice
  ATTR mimeMediaType document-format application/pdf
  GROUP job-attributes-tag
  ATTR integer copies $copies
  ATTR keyword print-color-mode $mode
  FILE $filename
  STATUS successful-ok
}
`;

beforeAll(async () => {
  dir = await tempDir('snmp-walk');
  await fs.writeFile(path.join(dir, 'print.test'), PRINT_TEST);
  await fs.writeFile(path.join(dir, 'three.pdf'), await makePdf(3));
  [mono, color] = await Promise.all([
    startSnmpSimPrinter(
      {
        name: 'sim-mono',
        makeAndModel: 'Quire Sim Mono 30',
        location: 'Floor 1',
        color: false,
        duplex: false,
        processingMs: 0,
      },
      { serial: 'QSM-000123', lifeCount: 15320, levels: { black: 62 } },
    ),
    startSnmpSimPrinter(
      {
        name: 'sim-color',
        makeAndModel: 'Quire Sim Color 60',
        location: 'Floor 2',
        color: true,
        processingMs: 0,
      },
      { serial: 'QSC-000456', lifeCount: 48211, v3: V3 },
    ),
  ]);
});

afterAll(async () => {
  await Promise.all([mono?.stop(), color?.stop()]);
  await fs.rm(dir, { recursive: true, force: true });
});

async function print(p: SnmpSimPrinter, copies: number, mode: 'color' | 'monochrome'): Promise<void> {
  const { code, stdout, stderr } = await run('ipptool', [
    '-tv',
    '-f',
    path.join(dir, 'three.pdf'),
    '-d',
    `copies=${copies}`,
    '-d',
    `mode=${mode}`,
    p.printer.uri,
    path.join(dir, 'print.test'),
  ]);
  expect(code, stdout + stderr).toBe(0);
  // processingMs 0: the job completes at once; wait until the printer says so.
  for (let i = 0; i < 100 && p.printer.jobs().some((j) => j.state !== 9); i++)
    await new Promise((r) => setTimeout(r, 20));
}

describe('snmpwalk -v2c -On against a simulated printer', () => {
  it('reads the system group, hrDeviceTable, hrPrinterTable and the Printer MIB (mono)', async () => {
    const { code, out } = await walk(mono.agent.port);
    expect(code, out).toBe(0);
    const expected: Record<string, string> = {
      '.1.3.6.1.2.1.1.1.0': 'STRING: "Quire Sim Mono 30"',
      '.1.3.6.1.2.1.1.5.0': 'STRING: "sim-mono"',
      '.1.3.6.1.2.1.1.6.0': 'STRING: "Floor 1"',
      '.1.3.6.1.2.1.25.3.2.1.2.1': 'OID: .1.3.6.1.2.1.25.3.1.5', // hrDeviceType: printer
      '.1.3.6.1.2.1.25.3.2.1.3.1': 'STRING: "Quire Sim Mono 30"',
      '.1.3.6.1.2.1.25.3.2.1.5.1': 'INTEGER: 2', // running
      '.1.3.6.1.2.1.25.3.5.1.1.1': 'INTEGER: 3', // idle
      '.1.3.6.1.2.1.25.3.5.1.2.1': 'Hex-STRING: 00 00',
      '.1.3.6.1.2.1.43.5.1.1.17.1': 'STRING: "QSM-000123"',
      '.1.3.6.1.2.1.43.10.2.1.3.1.1': 'INTEGER: 7', // impressions
      '.1.3.6.1.2.1.43.10.2.1.4.1.1': 'Counter32: 15320',
      '.1.3.6.1.2.1.43.11.1.1.4.1.1': 'INTEGER: 3', // consumed
      '.1.3.6.1.2.1.43.11.1.1.5.1.1': 'INTEGER: 3', // toner
      '.1.3.6.1.2.1.43.11.1.1.6.1.1': 'STRING: "Black Toner Cartridge"',
      '.1.3.6.1.2.1.43.11.1.1.8.1.1': 'INTEGER: 10000',
      '.1.3.6.1.2.1.43.11.1.1.9.1.1': 'INTEGER: 6200',
      '.1.3.6.1.2.1.43.11.1.1.4.1.2': 'INTEGER: 4', // receptacle
      '.1.3.6.1.2.1.43.11.1.1.5.1.2': 'INTEGER: 4', // wasteToner
      '.1.3.6.1.2.1.43.11.1.1.5.1.3': 'INTEGER: 9', // opc (drum)
      '.1.3.6.1.2.1.43.12.1.1.4.1.1': 'STRING: "black"',
    };
    for (const [oid, value] of Object.entries(expected)) expect(valueAt(out, oid), oid).toBe(value.trim());
    // Black only: no fourth supply, no second colorant, and no alert yet.
    expect(out).not.toContain('.1.3.6.1.2.1.43.11.1.1.6.1.4 ');
    expect(out).not.toContain('.1.3.6.1.2.1.43.12.1.1.4.1.2 ');
    expect(out).not.toContain('.1.3.6.1.2.1.43.18.1.1');
  });

  it('serves CMYK toner for a colour printer', async () => {
    const out = (await walk(color.agent.port, '.1.3.6.1.2.1.43.12.1.1.4')).out;
    expect(['1', '2', '3', '4'].map((i) => valueAt(out, `.1.3.6.1.2.1.43.12.1.1.4.1.${i}`))).toEqual([
      'STRING: "black"',
      'STRING: "cyan"',
      'STRING: "magenta"',
      'STRING: "yellow"',
    ]);
  });

  it('sets the error bits and raises alerts with increasing prtAlertIndex, and clears them when fixed', async () => {
    mono.printer.setFault('jam', true);
    let out = (await walk(mono.agent.port, '.1.3.6.1.2.1.25.3')).out;
    expect(valueAt(out, '.1.3.6.1.2.1.25.3.5.1.2.1')).toBe('Hex-STRING: 04 00'); // jammed: bit 5
    expect(valueAt(out, '.1.3.6.1.2.1.25.3.2.1.5.1')).toBe('INTEGER: 5'); // down
    expect(valueAt(out, '.1.3.6.1.2.1.25.3.5.1.1.1')).toBe('INTEGER: 1'); // other
    out = (await walk(mono.agent.port, '.1.3.6.1.2.1.43.18')).out;
    expect(valueAt(out, '.1.3.6.1.2.1.43.18.1.1.7.1.1')).toBe('INTEGER: 8'); // jam
    expect(valueAt(out, '.1.3.6.1.2.1.43.18.1.1.2.1.1')).toBe('INTEGER: 3'); // critical

    mono.printer.setFault('door-open', true);
    out = (await walk(mono.agent.port)).out;
    expect(valueAt(out, '.1.3.6.1.2.1.25.3.5.1.2.1')).toBe('Hex-STRING: 0C 00'); // doorOpen + jammed
    expect(valueAt(out, '.1.3.6.1.2.1.43.18.1.1.7.1.2')).toBe('INTEGER: 3'); // coverOpen, index 2

    mono.printer.setFault('jam', false);
    out = (await walk(mono.agent.port)).out;
    expect(valueAt(out, '.1.3.6.1.2.1.25.3.5.1.2.1')).toBe('Hex-STRING: 08 00');
    expect(valueAt(out, '.1.3.6.1.2.1.43.18.1.1.7.1.1')).toBeUndefined();
    expect(valueAt(out, '.1.3.6.1.2.1.43.18.1.1.7.1.2')).toBe('INTEGER: 3');

    mono.printer.setFault('door-open', false);
    mono.printer.setFault('no-paper', true);
    out = (await walk(mono.agent.port)).out;
    expect(valueAt(out, '.1.3.6.1.2.1.25.3.5.1.2.1')).toBe('Hex-STRING: 40 00'); // noPaper: bit 1
    expect(valueAt(out, '.1.3.6.1.2.1.43.18.1.1.7.1.3')).toBe('INTEGER: 808'); // a new index: 3
    mono.printer.setFault('no-paper', false);
    out = (await walk(mono.agent.port)).out;
    expect(valueAt(out, '.1.3.6.1.2.1.25.3.5.1.2.1')).toBe('Hex-STRING: 00 00');
    expect(valueAt(out, '.1.3.6.1.2.1.25.3.2.1.5.1')).toBe('INTEGER: 2');
    expect(out).not.toContain('.1.3.6.1.2.1.43.18.1.1');
  });

  it('counts impressions (pages x copies) and uses toner as the printer prints', async () => {
    const counter = '.1.3.6.1.2.1.43.10.2.1.4.1.1';
    const level = (i: number) => `.1.3.6.1.2.1.43.11.1.1.9.1.${i}`;
    const before = await get(color.agent.port, counter, level(1), level(2), level(5));
    await print(color, 2, 'color'); // 3 pages x 2 copies
    const afterColor = await get(color.agent.port, counter, level(1), level(2), level(5));
    await print(color, 1, 'monochrome'); // 3 pages
    const afterMono = await get(color.agent.port, counter, level(1), level(2), level(5));
    const n = (out: string, oid: string) => Number(valueAt(out, oid)?.split(': ')[1]);
    expect(n(afterColor, counter) - n(before, counter)).toBe(6);
    expect(n(before, level(1)) - n(afterColor, level(1))).toBe(6); // black
    expect(n(before, level(2)) - n(afterColor, level(2))).toBe(6); // cyan: a colour job
    expect(n(before, level(5)) - n(afterColor, level(5))).toBe(6); // waste box fills: less space left
    expect(n(afterMono, counter) - n(afterColor, counter)).toBe(3);
    expect(n(afterColor, level(1)) - n(afterMono, level(1))).toBe(3);
    expect(n(afterMono, level(2))).toBe(n(afterColor, level(2))); // no cyan for a monochrome job
  });

  it('answers SNMPv3 authPriv (SHA, AES) and says when the password is wrong', async () => {
    const v3 = (auth: string) =>
      snmp('snmpget', [
        '-v3',
        '-l',
        'authPriv',
        '-u',
        V3.user,
        '-a',
        'SHA',
        '-A',
        auth,
        '-x',
        'AES',
        '-X',
        V3.privPassword,
        `127.0.0.1:${color.agent.port}`,
        '.1.3.6.1.2.1.43.5.1.1.17.1',
      ]);
    const ok = await v3(V3.authPassword);
    expect(ok.code, ok.out).toBe(0);
    expect(valueAt(ok.out, '.1.3.6.1.2.1.43.5.1.1.17.1')).toBe('STRING: "QSC-000456"');
    const wrong = await v3('a-wrong-password');
    expect(wrong.code).not.toBe(0);
    expect(wrong.out).toContain('Authentication failure (incorrect password, community or key)');
  });

  it('does not answer a wrong community', async () => {
    const { code, out } = await snmp('snmpget', [
      '-v2c',
      '-c',
      'private',
      `127.0.0.1:${mono.agent.port}`,
      '.1.3.6.1.2.1.1.5.0',
    ]);
    expect(code).not.toBe(0);
    expect(out).toContain('Timeout');
  });
});
