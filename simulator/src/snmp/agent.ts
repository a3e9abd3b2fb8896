import dgram from 'node:dgram';
import type { AddressInfo } from 'node:net';
import { JobStateEnum } from '@quire/protocol/ipp';
import * as snmp from 'net-snmp';
import type { SimPrinter } from '../printer';
import { impressionsOf } from './impressions';
import { type NetSnmpMib, registerPrinterMib, writeState } from './mib-tables';
import { resolveSnmpOptions, type SnmpAgentInput, type SnmpAgentOptions } from './options';
import { PrinterMibModel, type SupplyKey } from './printer-mib';
import { FLAG_AUTH, FLAG_REPORTABLE, parseV3Header, wrongDigestReport } from './usm-report';

/** What the agent watches: any simulated printer (or a stand-in with the same reads). */
export type SnmpPrinterSource = Pick<SimPrinter, 'name' | 'options' | 'status' | 'faults' | 'jobs'>;

/** A running SNMP agent for one simulated printer. */
export interface SnmpAgent {
  readonly host: string;
  readonly port: number;
  readonly options: SnmpAgentOptions;
  /** `false` makes the agent drop every request, like a printer switched off; `true` answers again. */
  setAnswering(answering: boolean): void;
  /** Sets a supply's level, in its unit (impressions); a receptacle's level is its space left. */
  setSupplyLevel(key: SupplyKey, level: number): void;
  /** Sets prtMarkerLifeCount (e.g. near 2^32 to see it wrap, or lower to look like a reset). */
  setLifeCount(count: number): void;
  /** What the agent serves now, after looking at the printer. */
  snapshot(): Promise<{ lifeCount: number; supplies: { key: SupplyKey; level: number; max: number }[] }>;
  /** Looks at the printer now: faults, finished jobs. Requests do this too, before they are answered. */
  sync(): Promise<void>;
  stop(): Promise<void>;
}

const FINISHED_OK = JobStateEnum.completed;

/**
 * Starts an SNMP agent (net-snmp) on its own UDP port serving the printer's Host Resources and Printer
 * MIB objects. It follows the printer through its public reads: faults set and cleared become error
 * bits and alerts, completed jobs move the life counter and the supplies by the impressions printed.
 * It looks before answering each request and every `syncMs`, so alerts carry a time close to the fault's.
 */
export async function startSnmpAgent(
  printer: SnmpPrinterSource,
  input: SnmpAgentInput = {},
): Promise<SnmpAgent> {
  const options = resolveSnmpOptions(input);
  const startedAt = Date.now();
  const upTime = (): number => Math.floor((Date.now() - startedAt) / 10);
  const model = new PrinterMibModel({
    color: printer.options.color,
    lifeCount: options.lifeCount,
    levels: options.levels,
    lowPercent: options.lowPercent,
  });
  const startCount = model.lifeCount;
  const users = new Map<string, { authProtocol: snmp.AuthProtocols; authKey: string }>();
  let answering = true;
  /** Set once the MIB is in place: nothing is answered before. */
  let ready = false;
  let wrongDigests = 0;
  let socket: dgram.Socket | null = null;

  const agent = snmp.createAgent(
    {
      port: options.port || 161,
      address: options.host,
      transport: options.host.includes(':') ? 'udp6' : 'udp4',
      dgramModule: interceptingDgram(
        options.port,
        (s) => {
          socket = s;
        },
        onMessage,
      ),
    },
    // Errors here are about one bad packet (a wrong community, a failed digest): not the agent's end.
    () => {},
  );
  const socketNow = socket as dgram.Socket | null;
  if (!socketNow) throw new Error('net-snmp did not open a socket');
  try {
    await new Promise<void>((resolve, reject) => {
      socketNow.once('listening', resolve);
      socketNow.once('error', reject);
    });
  } catch (error) {
    agent.close();
    throw error;
  }
  const port = (socketNow.address() as AddressInfo).port;

  const authorizer = agent.getAuthorizer();
  if (options.community) authorizer.addCommunity(options.community);
  if (options.v3) {
    const u = options.v3;
    authorizer.addUser({
      name: u.user,
      level: snmp.SecurityLevel.authPriv,
      authProtocol: snmp.AuthProtocols[u.authProtocol],
      authKey: u.authPassword,
      privProtocol: snmp.PrivProtocols[u.privProtocol],
      privKey: u.privPassword,
    });
    users.set(u.user, { authProtocol: snmp.AuthProtocols[u.authProtocol], authKey: u.authPassword });
  }

  const mib = agent.getMib() as NetSnmpMib;
  registerPrinterMib(
    mib,
    model,
    {
      descr: printer.options.makeAndModel,
      deviceId: `MFG:Quire;MDL:${printer.options.makeAndModel};CMD:PDF,PWGRaster,URF,JPEG;CLS:PRINTER;`,
      name: printer.name,
      location: printer.options.location,
      serial: options.serial ?? `SN-${printer.name.toUpperCase()}`,
    },
    upTime,
  );

  // Jobs already finished when the agent starts are in the starting life count.
  const counted = new Set(
    printer
      .jobs()
      .filter((j) => j.state === FINISHED_OK)
      .map((j) => j.id),
  );
  let counting: Promise<void> = Promise.resolve();

  function refresh(): void {
    model.setFaults(printer.faults());
    writeState(mib, model, printer.status().state, startCount, model.reconcile(upTime()));
  }

  /** Faults now; completed jobs counted in order, their pages read from the PDF. */
  function sync(): Promise<void> {
    const jobs = printer.jobs();
    for (const job of jobs) {
      if (job.state !== FINISHED_OK || counted.has(job.id)) continue;
      counted.add(job.id);
      const color = printer.options.color && job.template.colorMode === 'color';
      const pages = impressionsOf(job);
      counting = counting.then(async () => model.print(await pages, color));
    }
    // Forget ids the printer no longer remembers, so the set stays as small as its job list.
    if (counted.size > jobs.length + 16) {
      const known = new Set(jobs.map((j) => j.id));
      for (const id of counted) if (!known.has(id)) counted.delete(id);
    }
    refresh();
    return counting.then(refresh);
  }

  /** Every datagram: dropped when not answering; a v3 message with a wrong digest gets its Report. */
  function onMessage(msg: Buffer, rinfo: dgram.RemoteInfo, deliver: () => void): void {
    if (!answering || !ready) return;
    if (wrongDigest(msg, rinfo)) return;
    sync().then(deliver, deliver);
  }

  /** A v3 message whose digest does not match its user's password: answered with a Report, dropped. */
  function wrongDigest(msg: Buffer, rinfo: dgram.RemoteInfo): boolean {
    const header = parseV3Header(msg);
    const user = header && header.flags & FLAG_AUTH ? users.get(header.userName) : undefined;
    if (!header || !user) return false;
    let authentic: boolean;
    try {
      authentic = snmp.Authentication.isAuthentic(
        msg,
        user.authProtocol,
        user.authKey,
        header.engineID,
        header.authParams,
      );
    } catch {
      return false; // net-snmp will refuse it with its own checks
    }
    if (authentic) return false;
    if (header.flags & FLAG_REPORTABLE && socket)
      socket.send(wrongDigestReport(header, ++wrongDigests), rinfo.port, rinfo.address);
    return true;
  }

  refresh();
  ready = true;
  const timer = setInterval(() => void sync(), options.syncMs);
  timer.unref();

  return {
    host: options.host,
    port,
    options,
    setAnswering(on) {
      answering = on;
    },
    setSupplyLevel(key, level) {
      model.setLevel(key, level);
      refresh();
    },
    setLifeCount(count) {
      model.lifeCount = Math.max(0, Math.floor(count)) % 2 ** 32;
      refresh();
    },
    async snapshot() {
      await sync();
      return {
        lifeCount: model.lifeCount,
        supplies: model.supplies.map((s) => ({ key: s.key, level: s.level, max: s.max })),
      };
    },
    sync,
    async stop() {
      clearInterval(timer);
      await counting.catch(() => undefined);
      await new Promise<void>((resolve) => {
        agent.close(() => resolve());
      });
    },
  };
}

/**
 * A `dgram` for net-snmp's listener that binds where we say (net-snmp turns port 0 into 161), hands
 * us the socket, and passes each datagram through `onMessage` first.
 */
function interceptingDgram(
  port: number,
  onSocket: (socket: dgram.Socket) => void,
  onMessage: (msg: Buffer, rinfo: dgram.RemoteInfo, deliver: () => void) => void,
): Pick<typeof dgram, 'createSocket'> {
  return {
    createSocket: ((type: dgram.SocketType) => {
      const socket = dgram.createSocket(type);
      const on = socket.on.bind(socket);
      const bind = socket.bind.bind(socket);
      Object.assign(socket, {
        on(event: string, listener: (...args: unknown[]) => void) {
          if (event !== 'message') return on(event, listener);
          return on('message', (msg: Buffer, rinfo: dgram.RemoteInfo) =>
            onMessage(msg, rinfo, () => listener(msg, rinfo)),
          );
        },
        bind(_port: number, address?: string) {
          return bind(port, address);
        },
      });
      onSocket(socket);
      return socket;
    }) as typeof dgram.createSocket,
  };
}
