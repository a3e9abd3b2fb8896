import { AppError, type AuditPage } from '@quire/protocol';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { AppEnv, AuditNote } from '../adapters/http/app-env';
import { requireRole } from '../adapters/http/authorize';
import { remoteAddress } from '../adapters/http/request-info';
import type { AuditStore } from '../auth/audit-store';
import { auditSummary } from '../auth/audit-summary';
import { accessOf } from '../auth/roles';
import type { Logger } from '../log';

/**
 * Adds facts to the audit entry of this request (a role's old and new value, say). Never a secret: the
 * entry is shown to every helpdesk and administrator account.
 */
export function noteAudit(c: Context<AppEnv>, note: AuditNote): void {
  const before = c.var.audit;
  c.set('audit', {
    ...before,
    ...note,
    ...((before?.summary || note.summary) && { summary: { ...before?.summary, ...note.summary } }),
  });
}

/**
 * Writes every successful change made through the admin API to the audit log (issue 5: who changed
 * what, when): who (an email or `admin-token`), the method and route pattern, the route's parameters,
 * the status, the names of the JSON fields sent (never their values: the SNMP settings carry secrets,
 * imports carry passwords), and what the route noted. Runs after `authenticate` and `adminAccess`; a
 * refused or failed change is not a change and is not written. A failure to write is logged, not
 * turned into an error: the change itself has been made.
 */
export function auditTrail(store: AuditStore, log: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const status = c.res.status;
    if (accessOf(c.req.method) === 'read' || status >= 400) return;
    const principal = c.var.principal;
    if (!principal) return;
    const note = c.var.audit;
    const params = Object.values(c.req.param() as Record<string, string>);
    const action = `${c.req.method} ${routePath(c)}`;
    try {
      await store.record({
        at: Date.now(),
        actor: principal.actor,
        action,
        target: note?.target ?? (params.length > 0 ? params.join(' ') : null),
        status,
        // Only a body the route itself read as text or JSON; an import's CSV stream stays unread.
        summary: auditSummary({
          bodyText: await c.req.bodyCache.text,
          query: c.req.query(),
          note: note?.summary,
        }),
        remote: remoteAddress(c),
      });
    } catch (error) {
      log.error('audit log write failed', { action, error: String(error) });
    }
  };
}

/**
 * `GET /audit?limit=&before=`: the audit log, newest first, `limit` entries (1 to 500, default 100)
 * older than the entry id `before`; the answer's `nextBefore` asks for the next page. Administrators
 * only: it names who did what from where, which helpdesk has no need to see.
 */
export function mountAudit(app: Hono<AppEnv>, store: AuditStore): void {
  app.get('/audit', requireRole('administrator'), async (c) => {
    const limit = wholeNumber('limit', c.req.query('limit'), 1, 500) ?? 100;
    const before = wholeNumber('before', c.req.query('before'), 1, Number.MAX_SAFE_INTEGER);
    const page: AuditPage = await store.page({ limit, ...(before !== undefined && { before }) });
    return c.json(page);
  });
}

function wholeNumber(name: string, text: string | undefined, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!/^\d{1,16}$/.test(text) || n < min || n > max) {
    throw new AppError('bad-request', `${name} must be a whole number from ${min} to ${max}.`);
  }
  return n;
}
