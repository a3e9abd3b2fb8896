import * as snmp from 'net-snmp';
import { OID, printerDeviceIndex, type SnmpValue, WALKED_SUBTREES } from '../../domain/fleet';
import { describeSnmpError } from './errors';
import type { SnmpReader, SnmpReadOptions, SnmpTarget } from './target';
import { toSnmpValue } from './varbind';

/** GetBulk size for table walks (v2c, v3). */
const MAX_REPETITIONS = 25;

type Session = snmp.Session;

/**
 * The poller's SNMP client over net-snmp: v1 and v2c with a community, v3 with a USM user. One session
 * per read, closed at the end; a signal (the per-printer deadline) closes it early.
 */
export function createSnmpReader(): SnmpReader {
  return { read: readPrinter };
}

async function readPrinter(target: SnmpTarget, options: SnmpReadOptions): Promise<Map<string, SnmpValue>> {
  const session = openSession(target, options);
  let closed = false;
  const close = (): void => {
    if (closed) return;
    closed = true;
    try {
      session.close();
    } catch {
      // already closed by a socket error
    }
  };
  options.signal?.addEventListener('abort', close, { once: true });
  const raw = new Map<string, SnmpValue>();
  const v1 = target.credentials.version === '1';
  try {
    await get(session, [OID.sysDescr, OID.sysUpTime, OID.sysName, OID.sysLocation], raw, v1);
    await walk(session, OID.hrDeviceType, raw);
    const { index: i } = printerDeviceIndex(raw);
    await get(
      session,
      [
        `${OID.hrDeviceDescr}.${i}`,
        `${OID.hrDeviceStatus}.${i}`,
        `${OID.hrPrinterStatus}.${i}`,
        `${OID.hrPrinterDetectedErrorState}.${i}`,
        `${OID.prtGeneralSerialNumber}.${i}`,
      ],
      raw,
      v1,
    );
    await Promise.all(WALKED_SUBTREES.map((oid) => walk(session, oid, raw)));
    return raw;
  } catch (error) {
    throw describeSnmpError(error, {
      credentials: target.credentials,
      timeoutMs: options.timeoutMs,
      retries: options.retries,
      aborted: options.signal?.aborted ?? false,
    });
  } finally {
    options.signal?.removeEventListener('abort', close);
    close();
  }
}

function openSession(target: SnmpTarget, options: SnmpReadOptions): Session {
  const common = {
    port: target.port,
    timeout: options.timeoutMs,
    retries: options.retries,
    backoff: 1,
    transport: target.host.includes(':') ? ('udp6' as const) : ('udp4' as const),
  };
  const c = target.credentials;
  const session =
    c.version === '3'
      ? snmp.createV3Session(
          target.host,
          {
            name: c.user,
            level: snmp.SecurityLevel[c.level],
            ...(c.level !== 'noAuthNoPriv' && {
              authProtocol: snmp.AuthProtocols[c.authProtocol],
              authKey: c.authPassword ?? '',
            }),
            ...(c.level === 'authPriv' && {
              privProtocol: snmp.PrivProtocols[c.privProtocol],
              privKey: c.privPassword ?? '',
            }),
          },
          { ...common, version: snmp.Version3 },
        )
      : snmp.createSession(target.host, c.community, {
          ...common,
          version: c.version === '1' ? snmp.Version1 : snmp.Version2c,
        });
  // A socket error must not become an unhandled 'error' event; the request in flight reports it.
  session.on('error', () => {});
  return session;
}

/**
 * Gets scalars. SNMPv1 fails a whole request when one object is missing (noSuchName): then each is
 * asked for alone and the missing ones are left out.
 */
async function get(
  session: Session,
  oids: string[],
  raw: Map<string, SnmpValue>,
  v1: boolean,
): Promise<void> {
  try {
    collect(await getOnce(session, oids), raw);
  } catch (error) {
    const noSuchName = (error as { status?: unknown }).status === snmp.ErrorStatus.NoSuchName;
    if (!v1 || !noSuchName || oids.length === 1) {
      if (v1 && noSuchName) return;
      throw error;
    }
    for (const oid of oids) await get(session, [oid], raw, v1);
  }
}

function getOnce(session: Session, oids: string[]): Promise<snmp.Varbind[]> {
  return new Promise((resolve, reject) => {
    session.get(oids, (error, varbinds) => (error ? reject(error) : resolve(varbinds ?? [])));
  });
}

/**
 * Walks one subtree (GetBulk on v2c and v3, GetNext on v1). Stops at an error varbind or an OID that
 * does not increase, as snmpwalk does: some agents answer a GetNext at the end of their MIB with the
 * same OID again (noSuchObject), which would otherwise loop until the deadline.
 */
function walk(session: Session, oid: string, raw: Map<string, SnmpValue>): Promise<void> {
  let last = oid;
  return new Promise((resolve, reject) => {
    session.subtree(
      oid,
      MAX_REPETITIONS,
      (varbinds) => {
        for (const vb of varbinds) {
          if (snmp.isVarbindError(vb) || compareOids(vb.oid, last) <= 0) return true;
          last = vb.oid;
          collect([vb], raw);
        }
        return false;
      },
      (error) => (error ? reject(error) : resolve()),
    );
  });
}

/** Lexicographic order of numeric OIDs (RFC 3416 §4.2.2: GetNext answers increase). */
export function compareOids(a: string, b: string): number {
  const x = a.replace(/^\./, '').split('.');
  const y = b.replace(/^\./, '').split('.');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = Number(x[i]) - Number(y[i]);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

function collect(varbinds: readonly snmp.Varbind[], raw: Map<string, SnmpValue>): void {
  for (const vb of varbinds) {
    const value = toSnmpValue(vb);
    if (value) raw.set(vb.oid.replace(/^\./, ''), value);
  }
}
