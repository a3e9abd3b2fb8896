import { timingSafeEqual } from 'node:crypto';
import { ADMIN_TOKEN_ACTOR, AppError, CSRF_HEADER } from '@quire/protocol';
import type { Context, MiddlewareHandler } from 'hono';
import { accessOf } from '../../auth/roles';
import type { WebAuth } from '../../auth/web-auth';
import type { AdminTokenPrincipal, AppEnv, SessionPrincipal } from './app-env';
import { crossSiteRefusal } from './request-info';
import { clearSessionCookie, readSessionCookie, setSessionCookie } from './session-cookie';

export interface AuthenticateOptions {
  auth: WebAuth;
  /** ADMIN_TOKEN; without it every `Authorization: Bearer` call is refused. */
  adminToken: string | undefined;
  /** Whether `Authorization: Bearer <ADMIN_TOKEN>` is accepted here. @default true */
  bearer?: boolean;
}

const TOKEN_PRINCIPAL: AdminTokenPrincipal = Object.freeze({
  kind: 'admin-token',
  role: 'administrator',
  actor: ADMIN_TOKEN_ACTOR,
});

/**
 * Finds who is calling and puts them in `c.var.principal` (null for nobody); deciding what they may do
 * is `authorize.ts`'s job. Two ways in:
 *
 * - `Authorization: Bearer <ADMIN_TOKEN>` (scripts, the existing admin page): compared in constant
 *   time; acts as an administrator; a wrong token is a 401 at once, whatever cookie came along.
 * - the session cookie: checked against the account as it is now, renewed when due (sliding). A
 *   change (POST, PUT, PATCH, DELETE) must carry the session's CSRF token in `x-csrf-token` and must
 *   not come from another site's page (Origin, Sec-Fetch-Site), else `csrf-failed` (403).
 */
export function authenticate(o: AuthenticateOptions): MiddlewareHandler<AppEnv> {
  const expected = o.adminToken ? Buffer.from(o.adminToken) : null;
  const bearer = o.bearer ?? true;
  return async (c, next) => {
    c.set('principal', null);
    c.set('sessionEnd', null);
    const header = c.req.header('authorization');
    if (bearer && header !== undefined) {
      c.set('principal', checkBearer(header, expected));
      return next();
    }
    const token = readSessionCookie(c);
    if (token !== undefined) {
      const resumed = await o.auth.resume(token);
      if (!resumed.ok) {
        c.set('sessionEnd', resumed.reason);
        clearSessionCookie(c);
      } else {
        const principal: SessionPrincipal = {
          kind: 'session',
          role: resumed.account.role,
          actor: resumed.account.email,
          account: resumed.account,
          claims: resumed.claims,
        };
        if (accessOf(c.req.method) === 'change') checkSameSite(c, o.auth, principal);
        if (resumed.renewedToken !== null) setSessionCookie(c, resumed.renewedToken);
        c.set('principal', principal);
      }
    }
    return next();
  };
}

function checkBearer(header: string, expected: Buffer | null): AdminTokenPrincipal {
  if (!expected) {
    throw new AppError(
      'forbidden',
      'Calls with the admin token are disabled: set ADMIN_TOKEN to enable them, or sign in.',
    );
  }
  const given = Buffer.from(header.startsWith('Bearer ') ? header.slice(7) : '');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new AppError('unauthorized', 'Missing or wrong admin token (Authorization: Bearer <ADMIN_TOKEN>).');
  }
  return TOKEN_PRINCIPAL;
}

/** A cookie-authenticated change: from this site's own page, with the session's CSRF token. */
function checkSameSite(c: Context, auth: WebAuth, p: SessionPrincipal): void {
  const crossSite = crossSiteRefusal(c);
  if (crossSite) throw new AppError('csrf-failed', crossSite);
  const given = c.req.header(CSRF_HEADER);
  if (given === undefined || given === '') {
    throw new AppError(
      'csrf-failed',
      `This change needs the ${CSRF_HEADER} header: the csrfToken from /api/auth/login or /api/auth/me.`,
    );
  }
  if (!auth.csrfMatches(p.claims, given)) {
    throw new AppError(
      'csrf-failed',
      `The ${CSRF_HEADER} header does not belong to this session. Reload the page and try again.`,
    );
  }
}
