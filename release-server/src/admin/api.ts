import { addPrinterBodySchema, MAX_CONFIG_BYTES, roleBodySchema } from '@quire/protocol';
import { Hono, type MiddlewareHandler } from 'hono';
import type { AppEnv } from '../adapters/http/app-env';
import { authenticate } from '../adapters/http/authenticate';
import { adminAccess } from '../adapters/http/authorize';
import { limitBody, SMALL_BODY_BYTES } from '../adapters/http/body-limit';
import type { Database } from '../adapters/sqlite/database';
import type { JobStore } from '../adapters/sqlite/job-store';
import type { UserStore } from '../adapters/sqlite/user-store';
import type { AuditStore } from '../auth/audit-store';
import { accessOf } from '../auth/roles';
import type { WebAuth } from '../auth/web-auth';
import type { Logger } from '../log';
import type { PrinterService } from '../services/printers';
import { type AccountingAdminDeps, mountAccounting } from './accounting';
import { auditTrail, mountAudit, noteAudit } from './audit';
import { jsonBody, parseBody } from './body';
import { type FleetAdminDeps, mountFleet } from './fleet';
import { MAX_IMPORT_BYTES, mountImports } from './imports';
import { mountPanelSettings, type PanelAdminDeps } from './panel-settings';
import { type AdminResourceDeps, mountAdminResources } from './resources';
import { mountSecurity, type SecurityAdminDeps, UPLOAD_BYTES } from './security';

export interface AdminDeps
  extends Omit<PanelAdminDeps, 'printers'>,
    AccountingAdminDeps,
    FleetAdminDeps,
    SecurityAdminDeps,
    AdminResourceDeps {
  db: Database;
  jobs: JobStore;
  users: UserStore;
  printers: PrinterService;
  printerStore: PanelAdminDeps['printers'];
  log: Logger;
  /** ADMIN_TOKEN: `Authorization: Bearer` calls act as an administrator; without it only sign-in works. */
  adminToken: string | undefined;
  auth: WebAuth;
  audit: AuditStore;
}

/** Settings that list many things (every quota assignment, every price band): room for thousands. */
const SETTINGS_BYTES = 1024 * 1024;

/**
 * The changes that may send more than {@link SMALL_BODY_BYTES}, with how much (paths under /api/admin).
 * Every other change is refused past 16 KiB before its route reads a byte: one table, so that a route
 * added later is bounded without anyone remembering to bound it.
 */
const LARGER_BODIES: ReadonlyArray<{ method: string; path: RegExp; maxBytes: number; what: string }> = [
  { method: 'POST', path: /^\/(users|badges)\/import$/, maxBytes: MAX_IMPORT_BYTES, what: 'file' },
  { method: 'POST', path: /^\/config\/preview$/, maxBytes: MAX_CONFIG_BYTES, what: 'file' },
  { method: 'PUT', path: /^\/config$/, maxBytes: MAX_CONFIG_BYTES, what: 'file' },
  { method: 'PUT', path: /^\/security\/certificate$/, maxBytes: UPLOAD_BYTES, what: 'file' },
  {
    method: 'PUT',
    path: /^\/(prices|quota-definitions|quota-assignments|quota-policy)$/,
    maxBytes: SETTINGS_BYTES,
    what: 'body',
  },
];

function boundedBodies(): MiddlewareHandler {
  const small = limitBody(SMALL_BODY_BYTES);
  const larger = LARGER_BODIES.map((b) => ({ ...b, limit: limitBody(b.maxBytes, b.what) }));
  return (c, next) => {
    if (accessOf(c.req.method) === 'read') return next();
    const path = c.req.path.replace(/^.*?\/api\/admin(?=\/)/, '');
    const room = larger.find((b) => b.method === c.req.method && b.path.test(path));
    return (room?.limit ?? small)(c, next);
  };
}

/**
 * The admin REST API under `/api/admin` (issue 5): the admin token or a signed-in session; helpdesk and
 * administrators read, only administrators change, users get a 403 everywhere; every change made is
 * written to the audit log.
 */
export function adminApi(deps: AdminDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use(
    '*',
    authenticate({ auth: deps.auth, adminToken: deps.adminToken }),
    adminAccess(),
    auditTrail(deps.audit, deps.log),
    boundedBodies(),
  );

  app.get('/printers', async (c) => c.json(await deps.printers.list()));

  app.post('/printers', async (c) => {
    const body = parseBody(addPrinterBodySchema, await jsonBody(c.req));
    const { printer, created } = await deps.printers.add(body.name, body.uri);
    return c.json(printer, created ? 201 : 200);
  });

  app.put('/users/:email/role', async (c) => {
    const { role } = parseBody(roleBodySchema, await jsonBody(c.req));
    const change = await deps.auth.setRole(c.req.param('email'), role);
    noteAudit(c, { target: change.email, summary: { from: change.previous, to: change.role } });
    return c.json(change);
  });

  mountAudit(app, deps.audit);
  mountAdminResources(app, deps);
  mountSecurity(app, deps);
  // Routers written before sessions take a plain Hono; the guards above apply to them all the same.
  const untyped = new Hono();
  mountImports(untyped, deps);
  mountPanelSettings(untyped, { ...deps, printers: deps.printerStore });
  mountAccounting(untyped, deps);
  mountFleet(untyped, deps);
  app.route('/', untyped);
  return app;
}
