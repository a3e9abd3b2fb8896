import { AppError, type Role } from '@quire/protocol';
import type { Context, MiddlewareHandler } from 'hono';
import { accessOf, adminRefusal, roleRefusal } from '../../auth/roles';
import type { AppEnv, Principal, SessionPrincipal } from './app-env';

/**
 * What a caller found by `authenticate` may do (issue 5). Use after `authenticate` on the same routes:
 *
 *     app.use('*', authenticate({ auth, adminToken }), requireRole('user', 'helpdesk', 'administrator'));
 *     app.get('/jobs', (c) => { const me = signedInAccount(c); ... });
 */

/** Why nobody is signed in, in words: a session that ran out says so. */
function notSignedIn(c: Context<AppEnv>): AppError {
  if (c.var.sessionEnd === 'expired')
    return new AppError('session-expired', 'Your session has ended. Sign in again.');
  return new AppError('not-signed-in', 'Sign in first (or send Authorization: Bearer <ADMIN_TOKEN>).');
}

/** The caller; a 401 (`not-signed-in` or `session-expired`) when there is none. */
export function principalOf(c: Context<AppEnv>): Principal {
  const p = c.var.principal;
  if (!p) throw notSignedIn(c);
  return p;
}

/**
 * The person signed in with the session cookie, for routes about one's own things (`/api/my/*`):
 * the admin token is no person, so it gets a 403 there.
 */
export function signedInAccount(c: Context<AppEnv>): SessionPrincipal {
  const p = principalOf(c);
  if (p.kind !== 'session')
    throw new AppError('forbidden', 'The admin token is not a person: sign in with an account for this.');
  return p;
}

/** Lets through callers with one of `roles` (the admin token counts as an administrator). */
export function requireRole(...roles: Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const refusal = roleRefusal(principalOf(c).role, roles);
    if (refusal) throw new AppError('forbidden', refusal);
    await next();
  };
}

/** The admin API's rule: helpdesk and administrators read, only administrators change; users neither. */
export function adminAccess(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const refusal = adminRefusal(principalOf(c).role, accessOf(c.req.method));
    if (refusal) throw new AppError('forbidden', refusal);
    await next();
  };
}
