import type { FleetStatus } from '@quire/protocol';
import { describeSnmpError, type SnmpCredentials, SnmpPollError, type SnmpReader } from '../adapters/snmp';
import type { Database, Transaction } from '../adapters/sqlite/database';
import {
  assess,
  decodeReading,
  diffAlerts,
  hostOfUri,
  type MeterDelta,
  meterDelta,
  printerAlerts,
  type RawReading,
  type StoredSnmpSettings,
  supplyAlerts,
} from '../domain/fleet';
import type { Logger } from '../log';
import type { FleetOptions } from './fleet-options';
import type { FleetPrinter, FleetStore, NewReading } from './fleet-store';
import { toFleetStatus } from './fleet-views';

export interface PollerDeps {
  db: Database;
  log: Logger;
  store: FleetStore;
  reader: SnmpReader;
  now: () => number;
}

export interface PollOutcome {
  status: FleetStatus;
  /** Why the printer gave no reading, null when it did. */
  error: SnmpPollError | null;
}

/**
 * One poll of one printer: read it over SNMP within its deadline, decode, compare with what is stored
 * (meter usage, alerts raised and cleared), and write the reading, all in one transaction.
 */
export class FleetPoller {
  constructor(
    private readonly d: PollerDeps,
    private readonly options: Readonly<FleetOptions>,
  ) {}

  /**
   * Reads `p` within its deadline and records what it found. Null when `stop` aborted the read:
   * nothing is written while the service stops.
   */
  async poll(p: FleetPrinter, stop: AbortSignal): Promise<PollOutcome | null> {
    const settings = p.settings!;
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), this.options.deadlineMs);
    const onStop = () => deadline.abort();
    stop.addEventListener('abort', onStop, { once: true });
    let raw: RawReading | null = null;
    let error: SnmpPollError | null = null;
    try {
      const host = settings.host ?? hostOfUri(p.uri);
      if (!host)
        throw new SnmpPollError('network', `No SNMP host: set one, the printer's URI ${p.uri} has none.`);
      raw = await this.d.reader.read(
        { host, port: settings.port, credentials: credentialsOf(settings) },
        { timeoutMs: this.options.timeoutMs, retries: this.options.retries, signal: deadline.signal },
      );
    } catch (e) {
      error = deadline.signal.aborted
        ? new SnmpPollError(
            'timeout',
            `No complete answer within ${this.options.deadlineMs / 1000} s (the limit for one printer).`,
          )
        : describeSnmpError(e, {
            credentials: credentialsOf(settings),
            timeoutMs: this.options.timeoutMs,
            retries: this.options.retries,
            aborted: false,
          });
    } finally {
      clearTimeout(timer);
      stop.removeEventListener('abort', onStop);
    }
    if (stop.aborted) return null;
    return { status: await this.record(p, raw, error, this.d.now()), error };
  }

  /** Stores one poll's outcome and answers the printer's status as of that write. */
  private record(
    p: FleetPrinter,
    raw: RawReading | null,
    error: SnmpPollError | null,
    at: number,
  ): Promise<FleetStatus> {
    return this.d.db.transaction(async (tx) => {
      await this.d.store.insertReading(tx, p.id, await this.readingOf(tx, p, raw, error, at));
      // Read back in the transaction: the reader connection may hold an older snapshot.
      const [{ latest, answered }, open] = await Promise.all([
        this.d.store.latest(tx, p.id),
        this.d.store.openAlerts(tx, p.id),
      ]);
      return toFleetStatus(p, latest[0] ?? null, answered[0] ?? null, open);
    });
  }

  /** What one poll found; the alerts it raises and clears are written in `tx`. */
  private async readingOf(
    tx: Transaction,
    p: FleetPrinter,
    raw: RawReading | null,
    error: SnmpPollError | null,
    at: number,
  ): Promise<NewReading> {
    const failed = (reachable: boolean, e: SnmpPollError): NewReading => ({
      ...EMPTY_READING,
      at,
      reachable,
      state: reachable ? 'unknown' : 'error',
      pollError: { kind: e.kind, message: e.message },
      summary: e.message,
    });
    if (!raw) return failed(false, error!);
    const reading = decodeReading(raw, { lowSupplyPercent: this.options.lowSupplyPercent });
    if (!reading.isPrinter) {
      return failed(
        true,
        new SnmpPollError(
          'not-a-printer',
          'The SNMP agent answers but describes no printer (RFC 2790, RFC 3805).',
        ),
      );
    }
    const wanted = [...printerAlerts(reading.alerts), ...supplyAlerts(reading.supplies, reading.alerts)];
    const open = (await this.d.store.openAlerts(tx, p.id)).map((a) => ({ ...a, index: a.idx }));
    const { raised, cleared } = diffAlerts(open, wanted);
    for (const a of cleared) await this.d.store.clearAlert(tx, a.id, at);
    for (const a of raised) await this.d.store.raiseAlert(tx, p.id, a, at);
    for (const a of raised) {
      this.d.log.info('printer alert raised', {
        printer: p.name,
        code: a.code,
        severity: a.severity,
        description: a.description,
      });
    }
    for (const a of cleared) this.d.log.info('printer alert cleared', { printer: p.name, code: a.code });

    let meter: MeterDelta | null = null;
    if (reading.pageCount !== null) {
      const previous = await this.d.store.lastMeter(tx, p.id);
      meter = meterDelta(
        previous,
        { count: reading.pageCount, serial: reading.serial },
        this.options.maxWrapUsage,
      );
      if (meter.event === 'reset' || meter.event === 'serial-change') {
        this.d.log.warn('printer meter flagged', {
          printer: p.name,
          event: meter.event,
          before: previous?.count,
          now: reading.pageCount,
        });
      }
    }
    const { state, words } = assess(reading, wanted);
    return {
      at,
      reachable: true,
      pollError: null,
      state,
      summary: words,
      flags: reading.flags,
      deviceStatus: reading.deviceStatus,
      printerStatus: reading.printerStatus,
      model: reading.model,
      serial: reading.serial,
      sysName: reading.sysName,
      location: reading.location,
      pageCount: reading.pageCount,
      counterUnit: reading.counterUnit,
      usage: meter?.usage ?? null,
      meterEvent: meter?.event ?? null,
      supplies: reading.supplies,
    };
  }
}

function credentialsOf(s: StoredSnmpSettings): SnmpCredentials {
  if (s.version === '3') {
    return {
      version: '3',
      user: s.user,
      level: s.level,
      authProtocol: s.authProtocol,
      authPassword: s.authPassword,
      privProtocol: s.privProtocol,
      privPassword: s.privPassword,
    };
  }
  return { version: s.version, community: s.community ?? '' };
}

const EMPTY_READING: Omit<NewReading, 'at' | 'reachable' | 'state' | 'pollError' | 'summary'> = {
  flags: [],
  deviceStatus: null,
  printerStatus: null,
  model: null,
  serial: null,
  sysName: null,
  location: null,
  pageCount: null,
  counterUnit: null,
  usage: null,
  meterEvent: null,
  supplies: [],
};
