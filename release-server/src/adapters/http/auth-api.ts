import {
  AppError,
  type AuthSession,
  loginBodySchema,
  ROLES,
  type SetupState,
  setupBodySchema,
} from '@quire/protocol';
import { type Context, Hono } from 'hono';
import { jsonBody, parseBody } from '../../admin/body';
import { TooManyAttempts } from '../../auth/login-limiter';
import { type SignedIn, WebAuth } from '../../auth/web-auth';
import type { AppEnv } from './app-env';
import { authenticate } from './authenticate';
import { requireRole, signedInAccount } from './authorize';
import { limitBody, requireJsonBody } from './body-limit';
import { crossSiteRefusal, remoteAddress } from './request-info';
import { clearSessionCookie, setSessionCookie } from './session-cookie';

export interface AuthApiDeps {
  auth: WebAuth;
}

/**
 * Web sign-in under `/api/auth` (issue 5, part 1):
 *
 * - `POST /login` {login, password} → 200 AuthSession, sets the session cookie; 429 with `Retry-After`
 *   (seconds) while the login limits refuse
 * - `POST /logout` → 204, revokes the session and clears the cookie (needs the CSRF header)
 * - `GET /me` → 200 AuthSession of the cookie's session (renewed when due), else 401
 * - `GET /setup` → {needed}: whether the first-run form is open
 * - `POST /setup` {email, password, name} → 201 AuthSession: the first administrator, signed in
 *
 * Login and setup have no session yet, so no CSRF token; they take only `application/json` and a
 * browser's Origin must name this host, so that another site cannot sign someone in to an account of
 * its choosing. Bodies are at most 16 KiB; answers are `Cache-Control: no-store`.
 */
export function authApi(d: AuthApiDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', limitBody(), async (c, next) => {
    // Answers carry the CSRF token and who is signed in: for this browser, now, and no cache.
    c.header('cache-control', 'no-store');
    await next();
  });
  // The admin token is for scripts calling the admin API; it signs nobody in here.
  const session = authenticate({ auth: d.auth, adminToken: undefined, bearer: false });
  const answer = (s: Pick<SignedIn, 'account' | 'claims'>): AuthSession => ({
    user: WebAuth.userView(s.account),
    csrfToken: d.auth.csrfTokenOf(s.claims),
  });

  app.post('/login', async (c) => {
    refuseCrossSite(c);
    requireJsonBody(c);
    const body = parseBody(loginBodySchema, await jsonBody(c.req));
    let signedIn: SignedIn;
    try {
      signedIn = await d.auth.login(body, remoteAddress(c));
    } catch (error) {
      if (!(error instanceof TooManyAttempts)) throw error;
      // RFC 6585 §4: a 429 may say how long to wait; scripts and browsers back off by it.
      return c.json(error.toBody(), 429, { 'retry-after': String(error.retryAfterSeconds) });
    }
    setSessionCookie(c, signedIn.token);
    return c.json(answer(signedIn));
  });

  app.post('/logout', session, async (c) => {
    const p = c.var.principal;
    if (p?.kind === 'session') await d.auth.logout(p.claims);
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  app.get('/me', session, requireRole(...ROLES), async (c) => {
    const me = signedInAccount(c);
    return c.json(answer(me));
  });

  app.get('/setup', async (c) => c.json({ needed: await d.auth.setupNeeded() } satisfies SetupState));

  app.post('/setup', async (c) => {
    refuseCrossSite(c);
    requireJsonBody(c);
    const body = parseBody(setupBodySchema, await jsonBody(c.req));
    const signedIn = await d.auth.setup(body, remoteAddress(c));
    setSessionCookie(c, signedIn.token);
    return c.json(answer(signedIn), 201);
  });

  return app;
}

function refuseCrossSite(c: Context): void {
  const refusal = crossSiteRefusal(c);
  if (refusal) throw new AppError('csrf-failed', refusal);
}
