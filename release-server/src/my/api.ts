import {
  AppError,
  FILE_NAME_HEADER,
  type MyDefaultSettings,
  type MyDelegates,
  type MyHistoryPage,
  type MyJobs,
  type MyQuota,
  myDefaultSettingsPatchSchema,
  myDefaultSettingsSchema,
  myDelegatesBodySchema,
} from '@quire/protocol';
import { type Context, Hono } from 'hono';
import type { AppEnv } from '../adapters/http/app-env';
import { authenticate } from '../adapters/http/authenticate';
import { requireRole, signedInAccount } from '../adapters/http/authorize';
import { limitBody, requireJsonBody } from '../adapters/http/body-limit';
import type { Database } from '../adapters/sqlite/database';
import { loginNameOf } from '../adapters/sqlite/user-store';
import { jsonBody, parseBody } from '../admin/body';
import type { WebAuth } from '../auth/web-auth';
import type { AccountingService } from '../services/accounting';
import type { DelegatesService } from '../services/delegates';
import { type PanelService, toJobView } from '../services/panel';
import { type DefaultSettingsStore, jobSettingsOf } from './default-settings-store';
import type { OwnHistoryStore } from './history-store';
import type { Uploads } from './upload';
import { jobNameFrom } from './upload-name';

export interface MyApiDeps {
  auth: WebAuth;
  db: Database;
  panel: Pick<PanelService, 'jobList' | 'delete'>;
  accounting: Pick<AccountingService, 'panelFigures'>;
  uploads: Uploads;
  defaults: DefaultSettingsStore;
  delegates: DelegatesService;
  history: OwnHistoryStore;
}

/** History rows per page unless `limit` says otherwise (at most {@link MAX_HISTORY}). */
const HISTORY_PAGE = 20;
const MAX_HISTORY = 100;

/**
 * The signed-in person's own queue under `/api/my` (issue 5 item 3): a session cookie only (the admin
 * token is no person), any role, and only ever the caller's own things: no route takes a user, and a
 * job id that is not theirs is answered as if it did not exist.
 *
 * - `GET /jobs` → {@link MyJobs}; `POST /jobs` (the file as the body, its name in `x-file-name`) → 201
 *   JobView; `DELETE /jobs/:id` → 204
 * - `GET /upload-limits`, `GET|PUT /settings`, `GET|PUT /delegates`, `GET /history?limit=&before=`,
 *   `GET /quota`
 */
export function myApi(d: MyApiDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    // Everything here is one person's, now: no shared or stored copy.
    c.header('cache-control', 'no-store');
    await next();
  });
  app.use(
    '*',
    authenticate({ auth: d.auth, adminToken: undefined, bearer: false }),
    requireRole('user', 'helpdesk', 'administrator'),
  );
  const me = (c: Context<AppEnv>) => signedInAccount(c).account;

  app.get('/jobs', async (c) => {
    const { own, delegated, currency, quota } = await d.panel.jobList(me(c), null);
    return c.json({ own, delegated, currency, quota } satisfies MyJobs);
  });

  app.post('/jobs', async (c) => {
    const owner = me(c);
    try {
      d.uploads.checkDeclaredLength(c.req.header('content-length'));
      const job = await d.uploads.hold({
        owner,
        name: jobNameFrom(c.req.header(FILE_NAME_HEADER)),
        settings: jobSettingsOf(await d.defaults.of(owner.id)),
        body: c.env.incoming,
      });
      const { costs } = await d.accounting.panelFigures(owner, null, [job]);
      return c.json(toJobView(job, loginNameOf(owner), costs.get(job.id) ?? null), 201);
    } catch (error) {
      // The person cancelled, or the connection dropped: nothing went wrong here, and nobody reads the answer.
      if (!(error instanceof AppError) && c.env.incoming.destroyed)
        throw new AppError('bad-request', 'The upload stopped before the whole file arrived.', {
          cause: error,
        });
      // Refused before the body was all read: this connection ends with the answer (RFC 9112 §9.6).
      if (!c.env.incoming.readableEnded) c.header('connection', 'close');
      throw error;
    }
  });

  app.delete('/jobs/:id{[0-9]{1,15}}', async (c) => {
    const [refused] = await d.panel.delete(me(c), [Number(c.req.param('id'))]);
    if (refused) throw new AppError(refused.code, refused.message);
    return c.body(null, 204);
  });

  app.get('/upload-limits', (c) => c.json(d.uploads.limits));

  app.get('/settings', async (c) => c.json(await d.defaults.of(me(c).id)));
  app.put('/settings', limitBody(), async (c) => {
    requireJsonBody(c);
    const patch = parseBody(myDefaultSettingsPatchSchema, await jsonBody(c.req));
    const owner = me(c);
    const next: MyDefaultSettings = myDefaultSettingsSchema.parse({
      ...(await d.defaults.of(owner.id)),
      ...patch,
    });
    await d.db.transaction((tx) => d.defaults.set(tx, owner.id, next));
    return c.json(next);
  });

  const delegates = async (list: MyDelegates['delegates']): Promise<MyDelegates> => ({
    enabled: await d.delegates.enabled(),
    delegates: list,
  });
  app.get('/delegates', async (c) => c.json(await delegates(await d.delegates.of(me(c)))));
  app.put('/delegates', limitBody(), async (c) => {
    requireJsonBody(c);
    const body = parseBody(myDelegatesBodySchema, await jsonBody(c.req));
    return c.json(await delegates(await d.delegates.replace(me(c), body.delegates)));
  });

  app.get('/history', async (c) => {
    const limit = intParam(c.req.query('limit'), 'limit', 1, MAX_HISTORY) ?? HISTORY_PAGE;
    const before = intParam(c.req.query('before'), 'before', 1, Number.MAX_SAFE_INTEGER);
    const entries = await d.history.page(me(c).id, limit, before);
    const nextBefore = entries.length === limit ? entries[entries.length - 1]!.id : null;
    return c.json({ entries, nextBefore } satisfies MyHistoryPage);
  });

  app.get('/quota', async (c) => {
    const { quota } = await d.accounting.panelFigures(me(c), null, []);
    return c.json({ quota } satisfies MyQuota);
  });

  return app;
}

/** A whole number query parameter in [min, max], or null when absent. */
function intParam(value: string | undefined, name: string, min: number, max: number): number | null {
  if (value === undefined || value === '') return null;
  const n = Number(value);
  if (!/^\d{1,16}$/.test(value) || n < min || n > max)
    throw new AppError('bad-request', `${name}: a whole number from ${min} to ${max}.`);
  return n;
}
