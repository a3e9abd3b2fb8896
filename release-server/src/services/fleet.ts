import { setMaxListeners } from 'node:events';
import {
  AppError,
  type ErrorBody,
  type FleetDetail,
  type FleetState,
  type FleetStatus,
  type SnmpSettingsBody,
  type SnmpSettingsView,
} from '@quire/protocol';
import { createSnmpReader, type SnmpPollError, type SnmpReader } from '../adapters/snmp';
import type { Database } from '../adapters/sqlite/database';
import { fleetBlockingReason, type MeterCsvRow, mergeSnmpSettings, snmpSettingsView } from '../domain/fleet';
import type { Logger } from '../log';
import { type FleetOptions, fleetOptions } from './fleet-options';
import { FleetPoller } from './fleet-poller';
import { type FleetPrinter, FleetStore } from './fleet-store';
import { toFleetStatus } from './fleet-views';
import { runPool } from './poll-pool';

export { type FleetOptions, fleetOptions } from './fleet-options';

export interface FleetDeps {
  db: Database;
  log: Logger;
  /** @default the net-snmp client */
  reader?: SnmpReader;
  /** @default Date.now */
  now?: () => number;
}

export interface PollRound {
  startedAt: string;
  printers: number;
  answered: number;
  failed: number;
  durationMs: number;
}

/**
 * Fleet monitoring: polls every printer that has SNMP settings on a schedule and on demand, stores the
 * readings and the alerts raised and cleared, and keeps each printer's latest state for the admin
 * API, the panel and release. Slow or dead printers never hold up the others: each poll has a
 * deadline, and one that is slow gives its place to the next printer (see {@link runPool}).
 */
export class FleetService {
  private readonly store: FleetStore;
  private readonly poller: FleetPoller;
  private readonly now: () => number;
  /** Latest status by lower-cased printer name, for the panel and release (no I/O on their path). */
  private readonly cache = new Map<string, FleetStatus>();
  private readonly polling = new Map<number, Promise<FleetStatus>>();
  private round: Promise<PollRound> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopping = unlimited(new AbortController());

  constructor(
    private readonly d: FleetDeps,
    readonly options: Readonly<FleetOptions> = fleetOptions(),
  ) {
    this.store = new FleetStore(d.db);
    this.now = d.now ?? Date.now;
    this.poller = new FleetPoller(
      { db: d.db, log: d.log, store: this.store, reader: d.reader ?? createSnmpReader(), now: this.now },
      options,
    );
  }

  /** Loads the latest states and starts the schedule. */
  start(): void {
    this.stopping = unlimited(new AbortController());
    void this.list().catch((error: unknown) =>
      this.d.log.error('fleet load failed', { error: String(error) }),
    );
    this.schedule(this.options.firstRoundDelayMs);
  }

  /** Stops the schedule and any poll under way (nothing more is written). */
  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.stopping.abort();
    await Promise.allSettled([this.round, ...this.polling.values()]);
  }

  private schedule(delayMs: number): void {
    if (this.stopping.signal.aborted) return;
    this.timer = setTimeout(() => {
      void this.pollAll()
        .catch((error: unknown) => this.d.log.error('fleet round failed', { error: String(error) }))
        .finally(() => this.schedule(this.options.intervalMs));
    }, delayMs);
    this.timer.unref();
  }

  /** One round over every monitored printer; a round already under way is shared, not doubled. */
  pollAll(): Promise<PollRound> {
    this.round ??= this.runRound().finally(() => {
      this.round = null;
    });
    return this.round;
  }

  private async runRound(): Promise<PollRound> {
    const started = this.now();
    const t0 = performance.now();
    const printers = (await this.store.printers()).filter((p) => p.settings?.enabled);
    // Printers that did not answer last time go first: their timeouts then run alongside the others.
    const failedBefore = (p: FleetPrinter) =>
      this.cache.get(p.name.toLowerCase())?.reachable === false ? 0 : 1;
    printers.sort((a, b) => failedBefore(a) - failedBefore(b));
    let answered = 0;
    let failed = 0;
    await runPool(
      printers,
      async (p) => {
        const status = await this.pollOne(p);
        if (status.reachable) answered++;
        else failed++;
      },
      this.options,
    );
    if (!this.stopping.signal.aborted) {
      await this.d.db.transaction((tx) =>
        this.store.pruneReadings(tx, started - this.options.keepReadingsMs),
      );
    }
    const round: PollRound = {
      startedAt: new Date(started).toISOString(),
      printers: printers.length,
      answered,
      failed,
      durationMs: Math.round(performance.now() - t0),
    };
    this.d.log.info('fleet poll round', { ...round });
    return round;
  }

  /** "Get status now" for one printer. */
  async pollPrinter(name: string): Promise<FleetStatus> {
    const printer = await this.printerOrThrow(name);
    if (!printer.settings?.enabled) {
      throw new AppError(
        'conflict',
        `SNMP monitoring is ${printer.settings ? 'turned off' : 'not set up'} for ${printer.name}: set it with PUT /api/admin/printers/${printer.name}/snmp.`,
      );
    }
    return this.pollOne(printer);
  }

  private pollOne(p: FleetPrinter): Promise<FleetStatus> {
    let running = this.polling.get(p.id);
    if (!running) {
      running = this.readAndRecord(p).finally(() => this.polling.delete(p.id));
      this.polling.set(p.id, running);
    }
    return running;
  }

  private async readAndRecord(p: FleetPrinter): Promise<FleetStatus> {
    const key = p.name.toLowerCase();
    const before = this.cache.get(key);
    const outcome = await this.poller.poll(p, this.stopping.signal);
    if (!outcome) return this.statusOf(p);
    this.cache.set(key, outcome.status);
    this.logChange(before, outcome.status, outcome.error);
    return outcome.status;
  }

  private logChange(before: FleetStatus | undefined, now: FleetStatus, error: SnmpPollError | null): void {
    if (error && before?.pollError?.message !== error.message)
      this.d.log.warn('printer poll failed', {
        printer: now.printer,
        kind: error.kind,
        reason: error.message,
      });
    else if (!error && before?.reachable === false)
      this.d.log.info('printer answers again', { printer: now.printer });
  }

  /** Every printer's latest state, optionally only those in `state`. */
  async list(state?: FleetState): Promise<FleetStatus[]> {
    const [printers, { latest, answered }, open] = await Promise.all([
      this.store.printers(),
      this.store.latest(this.d.db),
      this.store.openAlerts(this.d.db),
    ]);
    const byPrinter = <T extends { printerId?: number; printer_id?: number }>(rows: T[]) => {
      const m = new Map<number, T[]>();
      for (const r of rows) {
        const id = (r.printerId ?? r.printer_id)!;
        m.set(id, [...(m.get(id) ?? []), r]);
      }
      return m;
    };
    const latestBy = byPrinter(latest);
    const answeredBy = byPrinter(answered);
    const openBy = byPrinter(open);
    const statuses = printers.map((p) =>
      toFleetStatus(
        p,
        latestBy.get(p.id)?.[0] ?? null,
        answeredBy.get(p.id)?.[0] ?? null,
        openBy.get(p.id) ?? [],
      ),
    );
    this.cache.clear();
    for (const s of statuses) this.cache.set(s.printer.toLowerCase(), s);
    return state ? statuses.filter((s) => s.state === state) : statuses;
  }

  /** One printer's latest state, alert history and readings over the last `days` (at most `limit`, spread evenly). */
  async detail(name: string, o: { days?: number; limit?: number } = {}): Promise<FleetDetail> {
    const printer = await this.printerOrThrow(name);
    const status = await this.statusOf(printer);
    const until = this.now();
    const since = until - (o.days ?? 30) * 86_400_000;
    const [history, readings] = await Promise.all([
      this.store.alertHistory(printer.id, 500),
      this.store.readings(printer.id, since, until, o.limit ?? 720),
    ]);
    return { ...status, history, readings };
  }

  /** The latest known state of a printer, without I/O; null before its first poll or without SNMP. */
  current(name: string): FleetStatus | null {
    return this.cache.get(name.toLowerCase()) ?? null;
  }

  /**
   * Why a release to `name` must wait, or null: the panel and release call this before sending jobs.
   * A printer whose latest reading shows no error costs nothing; one that shows an error is polled
   * again first, so a jam fixed since the last round does not keep jobs held.
   */
  async checkRelease(name: string): Promise<ErrorBody | null> {
    const cached = this.current(name);
    if (!cached || !fleetBlockingReason(cached, this.now(), this.options.staleAfterMs)) return null;
    const printer = await this.store.printer(name);
    if (!printer?.settings?.enabled) return null;
    const fresh = await this.pollOne(printer);
    return fleetBlockingReason(fresh, this.now(), this.options.staleAfterMs);
  }

  async snmpSettings(name: string): Promise<SnmpSettingsView> {
    const printer = await this.printerOrThrow(name);
    if (!printer.settings) throw new AppError('not-found', `${printer.name} has no SNMP settings.`);
    return snmpSettingsView(printer.name, printer.settings);
  }

  /** Saves a printer's SNMP settings (secrets left out keep the stored ones). Secrets are never logged. */
  async setSnmpSettings(name: string, body: SnmpSettingsBody): Promise<SnmpSettingsView> {
    const printer = await this.printerOrThrow(name);
    const settings = mergeSnmpSettings(printer.settings, body, this.now());
    await this.d.db.transaction((tx) => this.store.saveSettings(tx, printer.id, settings));
    this.d.log.info('printer snmp settings saved', {
      printer: printer.name,
      version: settings.version,
      enabled: settings.enabled,
      port: settings.port,
    });
    await this.statusOf({ ...printer, settings });
    return snmpSettingsView(printer.name, settings);
  }

  /**
   * Meter readings page by page, oldest first, optionally for one printer and a time range. An unknown
   * printer is refused here, before anything is sent.
   */
  async meterReadings(
    filter: { printer?: string; from?: number; to?: number } = {},
  ): Promise<AsyncIterable<MeterCsvRow[]>> {
    const printerId =
      filter.printer === undefined ? undefined : (await this.printerOrThrow(filter.printer)).id;
    return this.store.meterRowPages({
      ...(printerId !== undefined && { printerId }),
      from: filter.from ?? 0,
      to: filter.to ?? this.now() + 1,
    });
  }

  private async statusOf(p: FleetPrinter): Promise<FleetStatus> {
    const [{ latest, answered }, open] = await Promise.all([
      this.store.latest(this.d.db, p.id),
      this.store.openAlerts(this.d.db, p.id),
    ]);
    const status = toFleetStatus(p, latest[0] ?? null, answered[0] ?? null, open);
    this.cache.set(p.name.toLowerCase(), status);
    return status;
  }

  private async printerOrThrow(name: string): Promise<FleetPrinter> {
    const printer = await this.store.printer(name);
    if (!printer) throw new AppError('unknown-printer', `There is no printer "${name.slice(0, 64)}".`);
    return printer;
  }
}

/** The factory `server.ts` calls: `createFleetService({ db, log }, fleetOptions({ intervalMs }))`. */
export function createFleetService(deps: FleetDeps, options: Partial<FleetOptions> = {}): FleetService {
  return new FleetService(deps, fleetOptions(options));
}

/** One abort listener per poll under way (up to maxInFlight): not a leak. */
function unlimited(controller: AbortController): AbortController {
  setMaxListeners(0, controller.signal);
  return controller;
}
