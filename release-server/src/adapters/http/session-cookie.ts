import { SESSION_COOKIE } from '@quire/protocol';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { overTls } from './request-info';

/**
 * The session cookie (issue 5): HttpOnly so that no script reads it, SameSite=Strict so that no other
 * site's page sends it, Path=/ for the API and pages alike, Secure when the request came over TLS. No
 * Max-Age: it ends with the browser, and the token inside expires on its own (15 minutes without use,
 * 8 hours at most).
 */
const options = (c: Context) =>
  ({ httpOnly: true, sameSite: 'Strict', path: '/', secure: overTls(c) }) as const;

export function readSessionCookie(c: Context): string | undefined {
  const value = getCookie(c, SESSION_COOKIE);
  return value === undefined || value === '' ? undefined : value;
}

export function setSessionCookie(c: Context, token: string): void {
  setCookie(c, SESSION_COOKIE, token, options(c));
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, options(c));
}
