import { ERROR_CODES, type ErrorBody, toErrorBody } from '@quire/protocol';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AccountStore } from '../../auth/account-store';
import { LoginLimiter, TooManyAttempts } from '../../auth/login-limiter';
import { WebAuth, type WebAuthDeps } from '../../auth/web-auth';
import { createLogger } from '../../log';
import { AttemptLimiter } from '../../services/attempt-limiter';
import { authApi } from './auth-api';

/**
 * The sign-in route under the real login limits: only the account lookup and the password check are
 * stand-ins (nobody exists, every password is wrong), so every try is a counted guess.
 */
function signInRoute(limiter: LoginLimiter) {
  const deps: Pick<WebAuthDeps, 'accounts' | 'limiter' | 'log' | 'hash' | 'verify'> = {
    accounts: { byLogin: async () => undefined } as unknown as AccountStore,
    limiter,
    log: createLogger('silent'),
    hash: async (p) => p,
    verify: async () => false,
  };
  // Mounted as server.ts mounts it: coded errors become their HTTP status.
  const app = new Hono().route('/', authApi({ auth: new WebAuth(deps as WebAuthDeps) }));
  app.onError((error, c) => {
    const body = toErrorBody(error);
    return c.json(body, ERROR_CODES[body.code].http as 400);
  });
  return (login: string) =>
    app.request('/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login, password: 'a-wrong-guess' }),
    });
}

describe('POST /login under the login limits', () => {
  it('answers 429 with Retry-After in whole seconds once an account is blocked, and 401 before', async () => {
    const login = signInRoute(new LoginLimiter(new AttemptLimiter(2, 60_000, 45_000)));
    const first = await login('dora@example.com');
    expect(first.status).toBe(401);
    expect(first.headers.get('retry-after')).toBeNull();
    expect((await login('dora@example.com')).status).toBe(401);

    const third = await login('dora@example.com');
    expect(third.status).toBe(429);
    const seconds = Number(third.headers.get('retry-after'));
    expect(seconds).toBeGreaterThan(40);
    expect(seconds).toBeLessThanOrEqual(45);
    expect(third.headers.get('cache-control')).toBe('no-store');
    const body = (await third.json()) as ErrorBody;
    expect(body).toEqual({
      code: 'too-many-attempts',
      message: `Too many failed sign-ins. Try again in ${seconds} seconds.`,
    });
    // Another account is not blocked by dora's guesses.
    expect((await login('bob@example.com')).status).toBe(401);
  });

  it('says so for the address limit too: one place trying many accounts', async () => {
    const login = signInRoute(
      new LoginLimiter(new AttemptLimiter(5, 60_000, 60_000), new AttemptLimiter(2, 60_000, 30_000)),
    );
    expect((await login('a@example.com')).status).toBe(401);
    expect((await login('b@example.com')).status).toBe(401);
    const refused = await login('c@example.com');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(25);
  });
});

describe('TooManyAttempts', () => {
  it.each([
    [1, 1],
    [999, 1],
    [1000, 1],
    [1001, 2],
    [60_000, 60],
  ])('waits %i ms as %i s, rounded up, never 0', (ms, seconds) => {
    const error = new TooManyAttempts(ms);
    expect(error.retryAfterSeconds).toBe(seconds);
    expect(error.code).toBe('too-many-attempts');
  });
});
