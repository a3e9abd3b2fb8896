import type { FleetStatus } from '@quire/protocol';

/** A printer's fleet status as `GET /api/admin/fleet` gives it, all well, for tests; `over` changes parts. */
export const fleetStatus = (over: Partial<FleetStatus> = {}): FleetStatus => ({
  printer: 'sim-mono',
  monitoring: 'on',
  reachable: true,
  state: 'ok',
  error: null,
  flags: [],
  deviceStatus: 'running',
  printerStatus: 'idle',
  model: 'Quire Sim Mono 30',
  serial: 'QSM30',
  sysName: 'sim-mono',
  location: null,
  pageCount: 15320,
  counterUnit: 'impressions',
  meterEvent: 'normal',
  supplies: [],
  alerts: [],
  lastReadingAt: '2026-03-10T10:00:00.000Z',
  lastPollAt: '2026-03-10T10:00:00.000Z',
  pollError: null,
  ...over,
});
