import dgram from 'node:dgram';
import fs from 'node:fs/promises';
import path from 'node:path';
import { run, type Spawned, start, tempDir } from './process';

/** One value a `pass_persist` script answers with (snmpd.conf(5): the types `pass` knows). */
export interface SnmpdValue {
  /** Numeric, without a leading dot. */
  oid: string;
  type: 'integer' | 'gauge' | 'counter' | 'timeticks' | 'objectid' | 'octet' | 'string';
  /** For `octet`: the bytes as space-separated hex ("04 00"). */
  value: string | number;
}

export interface SnmpdOptions {
  sysDescr: string;
  sysName: string;
  sysLocation: string;
  /** What the agent serves under hrDeviceTable, hrPrinterTable and the Printer MIB. */
  values: SnmpdValue[];
  /** @default public */
  community?: string;
  /** An SNMPv3 user with SHA authentication and AES privacy (authPriv). */
  v3?: { user: string; authPassword: string; privPassword: string };
}

export interface Snmpd {
  port: number;
  process: Spawned;
  /** Replaces what the agent serves; the next request sees it (no restart). */
  setValues(values: SnmpdValue[]): Promise<void>;
  stop(): Promise<void>;
}

/** The subtrees handed to the script; snmpd's own hr_device and hr_print modules are turned off. */
const SUBTREES = ['1.3.6.1.2.1.25.3.2', '1.3.6.1.2.1.25.3.5', '1.3.6.1.2.1.43'];

/**
 * A `pass_persist` script (snmpd.conf(5)): PING/PONG, then `get`/`getnext` and an OID on stdin, the OID,
 * type and value (or NONE) on stdout. It answers from a JSON file it reads again when it changes, and
 * only inside the subtree it was registered for (its first argument).
 */
const PASS_PERSIST = `
const fs = require('node:fs');
const [, , subtree, file] = process.argv;
const arcs = (o) => o.replace(/^\\./, '').split('.').map(Number);
const cmp = (a, b) => {
  const x = arcs(a), y = arcs(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
};
let mtime = 0, values = [];
function load() {
  const m = fs.statSync(file).mtimeMs;
  if (m !== mtime) {
    mtime = m;
    values = JSON.parse(fs.readFileSync(file, 'utf8'))
      .filter((v) => v.oid === subtree || v.oid.startsWith(subtree + '.'))
      .sort((a, b) => cmp(a.oid, b.oid));
  }
}
let command = null;
const lines = require('node:readline').createInterface({ input: process.stdin });
lines.on('line', (line) => {
  if (command === null) {
    if (line === 'PING') return void process.stdout.write('PONG\\n');
    if (line === 'get' || line === 'getnext' || line === 'set') command = line;
    return;
  }
  const c = command;
  command = null;
  if (c === 'set') return; // the value line follows: read-only agent
  load();
  const oid = line.trim().replace(/^\\./, '');
  const hit = c === 'get' ? values.find((v) => v.oid === oid) : values.find((v) => cmp(v.oid, oid) > 0);
  process.stdout.write(hit ? '.' + hit.oid + '\\n' + hit.type + '\\n' + hit.value + '\\n' : 'NONE\\n');
});
`;

/** A UDP port nobody listens on right now. */
export function freeUdpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = dgram.createSocket('udp4');
    socket.once('error', reject);
    socket.bind(0, '127.0.0.1', () => {
      const { port } = socket.address();
      socket.close(() => resolve(port));
    });
  });
}

/**
 * Debian's `snmpd` (TOOLING.md) on loopback and a free port, configured by the test: system group from
 * the conf file, the printer objects from a `pass_persist` script over a JSON file. Started with `-f -C
 * -c conf -I -smux,hr_device,hr_print`, `MIBS=` (no IETF MIB files on Debian), stopped by PID.
 */
export async function startSnmpd(o: SnmpdOptions): Promise<Snmpd> {
  // The free port found may be taken by someone else before snmpd binds it: try again then.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(o);
    } catch (error) {
      if (attempt >= 3 || !(error instanceof SnmpdExited)) throw error;
    }
  }
}

/** snmpd stopped before answering, e.g. because its port was taken meanwhile. */
class SnmpdExited extends Error {}

async function startOnce(o: SnmpdOptions): Promise<Snmpd> {
  const dir = await tempDir('snmpd');
  const port = await freeUdpPort();
  const script = path.join(dir, 'pass-persist.cjs');
  const valuesFile = path.join(dir, 'values.json');
  await fs.writeFile(script, PASS_PERSIST, { mode: 0o755 });
  const write = async (values: SnmpdValue[]) => {
    await fs.writeFile(`${valuesFile}.tmp`, JSON.stringify(values));
    await fs.rename(`${valuesFile}.tmp`, valuesFile);
  };
  await write(o.values);
  const quote = (s: string) => `"${s.replaceAll('"', '')}"`;
  const conf = [
    `agentaddress udp:127.0.0.1:${port}`,
    `rocommunity ${o.community ?? 'public'} 127.0.0.1`,
    `sysdescr ${o.sysDescr}`,
    `sysname ${o.sysName}`,
    `syslocation ${o.sysLocation}`,
    'dontLogTCPWrappersConnects yes',
    ...(o.v3
      ? [
          `createUser ${o.v3.user} SHA ${quote(o.v3.authPassword)} AES ${quote(o.v3.privPassword)}`,
          `rouser ${o.v3.user} priv`,
        ]
      : []),
    ...SUBTREES.map((t) => `pass_persist .${t} ${process.execPath} ${script} ${t} ${valuesFile}`),
  ].join('\n');
  const confFile = path.join(dir, 'snmpd.conf');
  await fs.writeFile(confFile, `${conf}\n`);
  const env = { MIBS: '', SNMP_PERSISTENT_DIR: path.join(dir, 'persist') };
  const proc = start('snmpd', ['-f', '-C', '-c', confFile, '-I', '-smux,hr_device,hr_print', '-Lo'], { env });
  const stop = async () => {
    await proc.stop();
    await fs.rm(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilAnswering(port, o.community ?? 'public', proc);
  } catch (error) {
    await stop();
    throw error;
  }
  return { port, process: proc, setValues: write, stop };
}

async function waitUntilAnswering(port: number, community: string, proc: Spawned): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const { code } = await run(
      'snmpget',
      ['-v2c', '-c', community, '-t', '0.3', '-r', '0', `127.0.0.1:${port}`, '.1.3.6.1.2.1.1.5.0'],
      {
        env: { MIBS: '' },
      },
    );
    if (code === 0) return;
    if (proc.child.exitCode !== null)
      throw new SnmpdExited(`snmpd exited (${proc.child.exitCode}):\n${proc.output()}`);
    if (Date.now() > deadline) throw new Error(`snmpd did not answer on udp ${port}:\n${proc.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
