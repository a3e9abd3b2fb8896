import { type AdminJob, AppError, addPrinterBodySchema, JOB_STATES, type JobState } from '@quire/protocol';
import { Hono } from 'hono';
import { adminAuth } from '../adapters/http/admin-auth';
import type { Database } from '../adapters/sqlite/database';
import type { JobStore } from '../adapters/sqlite/job-store';
import type { UserStore } from '../adapters/sqlite/user-store';
import type { Logger } from '../log';
import { toJobView } from '../services/panel';
import type { PrinterService } from '../services/printers';
import { type AccountingAdminDeps, mountAccounting } from './accounting';
import { jsonBody, parseBody } from './body';
import { type FleetAdminDeps, mountFleet } from './fleet';
import { mountImports } from './imports';
import { mountPanelSettings, type PanelAdminDeps } from './panel-settings';

export interface AdminDeps extends Omit<PanelAdminDeps, 'printers'>, AccountingAdminDeps, FleetAdminDeps {
  db: Database;
  jobs: JobStore;
  users: UserStore;
  printers: PrinterService;
  printerStore: PanelAdminDeps['printers'];
  log: Logger;
  adminToken: string | undefined;
}

/** The admin REST API under `/api/admin`, every route behind the admin token. */
export function adminApi(deps: AdminDeps): Hono {
  const app = new Hono();
  app.use('*', adminAuth(deps.adminToken));

  app.get('/printers', async (c) => c.json(await deps.printers.list()));

  app.post('/printers', async (c) => {
    const body = parseBody(addPrinterBodySchema, await jsonBody(c.req));
    const { printer, created } = await deps.printers.add(body.name, body.uri);
    return c.json(printer, created ? 201 : 200);
  });

  app.get('/jobs', async (c) => {
    const state = c.req.query('state');
    if (state !== undefined && !(JOB_STATES as readonly string[]).includes(state)) {
      throw new AppError('bad-request', `state must be one of ${JOB_STATES.join(', ')}.`);
    }
    const limitText = c.req.query('limit') ?? '1000';
    const limit = Number(limitText);
    if (!/^\d{1,5}$/.test(limitText) || limit < 1 || limit > 10_000) {
      throw new AppError('bad-request', 'limit must be a whole number from 1 to 10000.');
    }
    const jobs = await deps.jobs.query({
      ...(state && { states: [state as JobState] }),
      limit,
      newestFirst: true,
    });
    const users = new Map<number, Awaited<ReturnType<UserStore['get']>>>();
    const out: AdminJob[] = [];
    for (const job of jobs) {
      if (job.userId !== null && !users.has(job.userId))
        users.set(job.userId, await deps.users.get(job.userId));
      const user = job.userId !== null ? users.get(job.userId) : undefined;
      out.push({
        ...toJobView(job, user?.shortname ?? user?.email ?? job.requestingUserName),
        requestingUserName: job.requestingUserName,
        userEmail: user?.email ?? null,
        format: job.format,
      });
    }
    return c.json(out);
  });

  mountImports(app, deps);
  mountPanelSettings(app, { ...deps, printers: deps.printerStore });
  mountAccounting(app, deps);
  mountFleet(app, deps);
  return app;
}
