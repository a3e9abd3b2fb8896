import { AppError, fleetFilterSchema, snmpSettingsBodySchema } from '@quire/protocol';
import type { Hono } from 'hono';
import { METER_CSV_HEADER, meterCsvCells } from '../domain/fleet';
import type { FleetService } from '../services/fleet';
import { csvDownload, mapPages } from './csv-download';

export interface FleetAdminDeps {
  fleet: FleetService;
}

/**
 * Fleet monitoring under `/api/admin` (issue 6), behind the admin token like every admin route:
 *
 * - `GET /fleet[?state=error|warning|ok|unknown]`: every printer's latest state
 * - `GET /fleet/readings.csv[?printer=&from=&to=]`: meter readings, UTF-8 CSV with a BOM
 * - `GET /fleet/:printer[?days=30]`: latest state, alert history, readings over time (at most 720, sampled evenly)
 * - `POST /fleet/:printer/poll`: get the status now
 * - `GET|PUT /printers/:printer/snmp`: SNMP settings (secrets accepted, never returned)
 */
export function mountFleet(app: Hono, deps: FleetAdminDeps): void {
  const { fleet } = deps;

  app.get('/fleet', async (c) => {
    const state = c.req.query('state');
    if (state === undefined) return c.json(await fleet.list());
    const parsed = fleetFilterSchema.safeParse(state);
    if (!parsed.success) throw new AppError('bad-request', 'state must be error, warning, ok or unknown.');
    return c.json(await fleet.list(parsed.data));
  });

  app.get('/fleet/readings.csv', async (c) => {
    const printer = c.req.query('printer');
    const from = timeParam('from', c.req.query('from'));
    const to = timeParam('to', c.req.query('to'));
    const pages = await fleet.meterReadings({
      ...(printer !== undefined && { printer }),
      ...(from !== undefined && { from }),
      ...(to !== undefined && { to }),
    });
    return csvDownload(c, 'meter-readings.csv', METER_CSV_HEADER, mapPages(pages, meterCsvCells));
  });

  app.get('/fleet/:printer', async (c) => {
    const days = c.req.query('days');
    const n = days === undefined ? 30 : Number(days);
    if (!Number.isFinite(n) || n <= 0 || n > 3660)
      throw new AppError('bad-request', 'days must be between 1 and 3660.');
    return c.json(await fleet.detail(c.req.param('printer'), { days: n }));
  });

  app.post('/fleet/:printer/poll', async (c) => c.json(await fleet.pollPrinter(c.req.param('printer'))));

  app.get('/printers/:printer/snmp', async (c) => c.json(await fleet.snmpSettings(c.req.param('printer'))));

  app.put('/printers/:printer/snmp', async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new AppError('bad-request', 'The body is not valid JSON.');
    }
    const parsed = snmpSettingsBodySchema.safeParse(body);
    if (!parsed.success) {
      // Say where, never echo the value: it may be a password.
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'body';
      throw new AppError('bad-request', `${where}: ${issue?.message ?? 'invalid'}.`);
    }
    return c.json(await fleet.setSnmpSettings(c.req.param('printer'), parsed.data));
  });
}

/** `from`/`to`: an ISO 8601 date or time, or milliseconds since the epoch. */
function timeParam(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const t = /^\d+$/.test(value) ? Number(value) : Date.parse(value);
  if (!Number.isFinite(t)) throw new AppError('bad-request', `${name} must be an ISO 8601 date or time.`);
  return t;
}
