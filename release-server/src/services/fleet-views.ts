import type { FleetAlert, FleetReading, FleetStatus } from '@quire/protocol';
import type { StoredSnmpSettings } from '../domain/fleet';
import type { AlertRow, StoredReading } from './fleet-store';

/** Stored fleet rows as the protocol's views. */

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

export const toFleetAlert = (a: AlertRow): FleetAlert => ({
  id: a.id,
  source: a.source,
  index: a.idx,
  severity: a.severity,
  code: a.code,
  description: a.description,
  raisedAt: iso(a.raised_at)!,
  clearedAt: iso(a.cleared_at),
});

export const toFleetReading = (r: StoredReading): FleetReading => ({
  at: iso(r.at)!,
  reachable: r.reachable,
  state: r.state,
  pollError: r.pollError,
  serial: r.serial,
  pageCount: r.pageCount,
  usage: r.usage,
  meterEvent: r.meterEvent,
  supplies: r.supplies.map((s) => ({ index: s.index, description: s.description, percent: s.percent })),
});

/**
 * A printer's status from its latest poll, the latest poll that answered (values stay shown while a
 * printer is unreachable) and its open alerts.
 */
export function toFleetStatus(
  printer: { name: string; settings: StoredSnmpSettings | null },
  latest: StoredReading | null,
  answered: StoredReading | null,
  open: readonly AlertRow[],
): FleetStatus {
  const values = answered;
  const failed = latest && !latest.reachable ? latest : null;
  return {
    printer: printer.name,
    monitoring: printer.settings?.enabled ? 'on' : 'off',
    reachable: latest ? latest.reachable : null,
    state: latest ? latest.state : 'unknown',
    error: failed ? (failed.pollError?.message ?? 'No answer.') : (latest?.summary ?? null),
    flags: values?.flags ?? [],
    deviceStatus: values?.deviceStatus ?? null,
    printerStatus: values?.printerStatus ?? null,
    model: values?.model ?? null,
    serial: values?.serial ?? null,
    sysName: values?.sysName ?? null,
    location: values?.location ?? null,
    pageCount: values?.pageCount ?? null,
    counterUnit: values?.counterUnit ?? null,
    meterEvent: values?.meterEvent ?? null,
    supplies: values?.supplies ?? [],
    alerts: open.map(toFleetAlert),
    lastReadingAt: iso(answered?.at ?? null),
    lastPollAt: iso(latest?.at ?? null),
    pollError: latest?.pollError ?? null,
  };
}
