import type {
  CounterUnit,
  DeviceStatus,
  FleetAlert,
  FleetReading,
  FleetState,
  FleetSupply,
  HrPrinterStatus,
  MeterEvent,
  PollError,
  PrinterErrorFlag,
} from '@quire/protocol';
import type { Database, Queryable, Transaction } from '../adapters/sqlite/database';
import type { MeterCsvRow, StoredSnmpSettings, WantedAlert } from '../domain/fleet';
import { toFleetAlert, toFleetReading } from './fleet-views';

/**
 * The fleet tables of migration 004 (printer_snmp, fleet_readings, fleet_alerts). Kept next to the
 * fleet service because nothing else uses them; it is an adapter all the same (SQL only, no rules).
 */

export interface FleetPrinter {
  id: number;
  name: string;
  uri: string;
  settings: StoredSnmpSettings | null;
}

/** A reading to store: what one poll found. */
export interface NewReading {
  at: number;
  reachable: boolean;
  pollError: PollError | null;
  state: FleetState;
  flags: PrinterErrorFlag[];
  deviceStatus: DeviceStatus | null;
  printerStatus: HrPrinterStatus | null;
  model: string | null;
  serial: string | null;
  sysName: string | null;
  location: string | null;
  pageCount: number | null;
  counterUnit: CounterUnit | null;
  usage: number | null;
  meterEvent: MeterEvent | null;
  supplies: FleetSupply[];
  /** The trouble in words ("paper jam, Black Toner Cartridge low"), null when all is well. */
  summary: string | null;
}

interface ReadingRow {
  id: number;
  printer_id: number;
  at: number;
  reachable: number;
  poll_error: string | null;
  state: string;
  summary: string | null;
  flags: string;
  device_status: string | null;
  printer_status: string | null;
  model: string | null;
  serial: string | null;
  sys_name: string | null;
  location: string | null;
  page_count: number | null;
  counter_unit: string | null;
  usage: number | null;
  meter_event: string | null;
  supplies: string;
}

export interface AlertRow {
  id: number;
  printer_id: number;
  source: 'printer' | 'supply';
  idx: number;
  code: number;
  severity: FleetAlert['severity'];
  description: string;
  raised_at: number;
  cleared_at: number | null;
}

export type StoredReading = NewReading & { id: number; printerId: number };

const toReading = (r: ReadingRow): StoredReading => ({
  id: r.id,
  printerId: r.printer_id,
  at: r.at,
  reachable: r.reachable === 1,
  pollError: r.poll_error ? (JSON.parse(r.poll_error) as PollError) : null,
  state: r.state as FleetState,
  summary: r.summary,
  flags: JSON.parse(r.flags) as PrinterErrorFlag[],
  deviceStatus: r.device_status as DeviceStatus | null,
  printerStatus: r.printer_status as HrPrinterStatus | null,
  model: r.model,
  serial: r.serial,
  sysName: r.sys_name,
  location: r.location,
  pageCount: r.page_count,
  counterUnit: r.counter_unit as CounterUnit | null,
  usage: r.usage,
  meterEvent: r.meter_event as MeterEvent | null,
  supplies: JSON.parse(r.supplies) as FleetSupply[],
});

interface PrinterRow {
  id: number;
  name: string;
  uri: string;
  settings: string | null;
}

const toPrinter = (r: PrinterRow): FleetPrinter => ({
  id: r.id,
  name: r.name,
  uri: r.uri,
  settings: r.settings ? (JSON.parse(r.settings) as StoredSnmpSettings) : null,
});

const PRINTERS =
  'SELECT p.id, p.name, p.uri, s.settings FROM printers p LEFT JOIN printer_snmp s ON s.printer_id = p.id';

export class FleetStore {
  constructor(private readonly db: Database) {}

  async printers(): Promise<FleetPrinter[]> {
    return (await this.db.all<PrinterRow>(`${PRINTERS} ORDER BY p.name`)).map(toPrinter);
  }

  async printer(name: string): Promise<FleetPrinter | undefined> {
    const row = await this.db.get<PrinterRow>(`${PRINTERS} WHERE p.name = ?`, [name]);
    return row && toPrinter(row);
  }

  async saveSettings(tx: Transaction, printerId: number, settings: StoredSnmpSettings): Promise<void> {
    await tx.run(
      `INSERT INTO printer_snmp (printer_id, settings, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (printer_id) DO UPDATE SET settings = excluded.settings, updated_at = excluded.updated_at`,
      [printerId, JSON.stringify(settings), settings.updatedAt],
    );
  }

  /**
   * The latest reading of each printer (or of one), and the latest one that answered. Pass the write
   * transaction to see what it just wrote: the reader connection may still hold an older snapshot
   * while other reads overlap.
   */
  async latest(
    q: Queryable,
    printerId?: number,
  ): Promise<{ latest: StoredReading[]; answered: StoredReading[] }> {
    const where = printerId === undefined ? '' : 'WHERE p.id = ?';
    const params = printerId === undefined ? [] : [printerId];
    // One index seek per printer (migration 006), however many readings the history holds.
    const query = (answered: boolean) =>
      q.all<ReadingRow>(
        `SELECT r.* FROM printers p JOIN fleet_readings r ON r.id = (
           SELECT id FROM fleet_readings WHERE printer_id = p.id ${answered ? 'AND reachable = 1' : ''}
           ORDER BY id DESC LIMIT 1
         ) ${where}`,
        params,
      );
    const [latest, answered] = await Promise.all([query(false), query(true)]);
    return { latest: latest.map(toReading), answered: answered.map(toReading) };
  }

  /** The last answered reading with a meter, to count usage from. */
  async lastMeter(
    tx: Transaction,
    printerId: number,
  ): Promise<{ count: number; serial: string | null } | null> {
    const row = await tx.get<{ page_count: number; serial: string | null }>(
      `SELECT page_count, serial FROM fleet_readings
       WHERE printer_id = ? AND reachable = 1 AND page_count IS NOT NULL ORDER BY id DESC LIMIT 1`,
      [printerId],
    );
    return row ? { count: row.page_count, serial: row.serial } : null;
  }

  async insertReading(tx: Transaction, printerId: number, r: NewReading): Promise<void> {
    await tx.run(
      `INSERT INTO fleet_readings (printer_id, at, reachable, poll_error, state, summary, flags, device_status,
         printer_status, model, serial, sys_name, location, page_count, counter_unit, usage, meter_event, supplies)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        printerId,
        r.at,
        r.reachable ? 1 : 0,
        r.pollError ? JSON.stringify(r.pollError) : null,
        r.state,
        r.summary,
        JSON.stringify(r.flags),
        r.deviceStatus,
        r.printerStatus,
        r.model,
        r.serial,
        r.sysName,
        r.location,
        r.pageCount,
        r.counterUnit,
        r.usage,
        r.meterEvent,
        JSON.stringify(r.supplies),
      ],
    );
  }

  /** Open alerts of one printer (in a transaction) or of every printer. */
  openAlerts(q: Queryable, printerId?: number): Promise<AlertRow[]> {
    return printerId === undefined
      ? q.all<AlertRow>('SELECT * FROM fleet_alerts WHERE cleared_at IS NULL ORDER BY raised_at, id')
      : q.all<AlertRow>(
          'SELECT * FROM fleet_alerts WHERE printer_id = ? AND cleared_at IS NULL ORDER BY raised_at, id',
          [printerId],
        );
  }

  async raiseAlert(tx: Transaction, printerId: number, a: WantedAlert, at: number): Promise<void> {
    await tx.run(
      `INSERT INTO fleet_alerts (printer_id, source, idx, code, severity, description, raised_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
      [printerId, a.source, a.index, a.code, a.severity, a.description, at],
    );
  }

  async clearAlert(tx: Transaction, id: number, at: number): Promise<void> {
    await tx.run('UPDATE fleet_alerts SET cleared_at = ? WHERE id = ?', [at, id]);
  }

  async alertHistory(printerId: number, limit: number): Promise<FleetAlert[]> {
    const rows = await this.db.all<AlertRow>(
      'SELECT * FROM fleet_alerts WHERE printer_id = ? ORDER BY raised_at DESC, id DESC LIMIT ?',
      [printerId, limit],
    );
    return rows.map(toFleetAlert);
  }

  /**
   * Readings of one printer from `since` to `until`, oldest first: all of them when there are at most
   * `points`, else a sample spread over the whole period (cut into `points` equal slices, the last reading
   * of each kept), so thirty days of five-minute polls draw as thirty days, not as the last week. Sampled
   * `usage` values skip what happened between samples: the CSV export has every reading.
   */
  async readings(printerId: number, since: number, until: number, points: number): Promise<FleetReading[]> {
    const from = Math.floor(since);
    const window = [printerId, from, until];
    const count = await this.db.get<{ n: number }>(
      'SELECT count(*) AS n FROM fleet_readings WHERE printer_id = ? AND at >= ? AND at <= ?',
      window,
    );
    const all = (count?.n ?? 0) <= points;
    // The driver binds numbers past 2^31 as REAL: the slice number is cast, so a slice is one group.
    const slice = Math.max(1, Math.ceil((until - from) / points));
    const rows = await this.db.all<ReadingRow>(
      all
        ? 'SELECT * FROM fleet_readings WHERE printer_id = ? AND at >= ? AND at <= ? ORDER BY id'
        : `SELECT * FROM fleet_readings WHERE id IN (
             SELECT MAX(id) FROM fleet_readings WHERE printer_id = ? AND at >= ? AND at <= ?
             GROUP BY CAST((at - ?) / ? AS INTEGER)
           ) ORDER BY id`,
      all ? window : [...window, from, slice],
    );
    return rows.map((r) => toFleetReading(toReading(r)));
  }

  /**
   * Answered readings with a meter, for the CSV export, oldest first, `pageSize` at a time: each page
   * starts after the last one's (at, id), so an export of any size holds one page in memory.
   */
  async *meterRowPages(
    filter: { printerId?: number; from: number; to: number },
    pageSize = 5_000,
  ): AsyncGenerator<MeterCsvRow[]> {
    let after = [filter.from, 0];
    for (;;) {
      const rows = await this.db.all<ReadingRow & { name: string }>(
        `SELECT r.*, p.name FROM fleet_readings r JOIN printers p ON p.id = r.printer_id
         WHERE r.reachable = 1 AND r.page_count IS NOT NULL AND (r.at, r.id) > (?, ?) AND r.at < ?
         ${filter.printerId === undefined ? '' : 'AND r.printer_id = ?'}
         ORDER BY r.at, r.id LIMIT ?`,
        [...after, filter.to, ...(filter.printerId === undefined ? [] : [filter.printerId]), pageSize],
      );
      if (rows.length > 0) {
        yield rows.map((r) => ({
          printer: r.name,
          at: r.at,
          serial: r.serial,
          model: r.model,
          pageCount: r.page_count,
          counterUnit: r.counter_unit,
          usage: r.usage,
          meterEvent: r.meter_event,
          state: r.state,
        }));
      }
      if (rows.length < pageSize) return;
      const last = rows[rows.length - 1]!;
      after = [last.at, last.id];
    }
  }

  async pruneReadings(tx: Transaction, before: number): Promise<number> {
    return (await tx.run('DELETE FROM fleet_readings WHERE at < ?', [before])).changes;
  }
}
