import type { Context } from 'hono';

interface NodeSocketish {
  remoteAddress?: string;
  encrypted?: boolean;
}

// c.env is Node's request when served by @hono/node-server, and may be absent (app.request() in tests).
const socketOf = (c: Context): NodeSocketish | undefined =>
  (c.env as { incoming?: { socket?: NodeSocketish } } | undefined)?.incoming?.socket;

/** The peer's address as the socket saw it; proxies' X-Forwarded-For is not trusted. */
export function remoteAddress(c: Context): string {
  return socketOf(c)?.remoteAddress ?? 'unknown';
}

/** Whether this request came over TLS, from the socket itself (an absolute request URI could claim https). */
export function overTls(c: Context): boolean {
  return socketOf(c)?.encrypted === true;
}

/**
 * Why a request from a browser looks like it came from another site's page, or null. `Origin` (RFC
 * 6454 §7), when present, must name this host; `Sec-Fetch-Site: cross-site` is refused too. Defence in
 * depth behind SameSite=Strict and the CSRF token: a page elsewhere can neither read nor guess the
 * token, and these headers are set by the browser, not by the page.
 */
export function crossSiteRefusal(c: Context): string | null {
  const origin = c.req.header('origin');
  if (origin !== undefined) {
    const host = c.req.header('host')?.toLowerCase();
    let originHost: string | null = null;
    try {
      originHost = origin === 'null' ? null : new URL(origin).host.toLowerCase();
    } catch {
      originHost = null;
    }
    if (!host || originHost !== host) {
      return `Refused: this request came from a page at ${origin.slice(0, 100)}, not from this server.`;
    }
  }
  if (c.req.header('sec-fetch-site') === 'cross-site') {
    return 'Refused: this request came from another site.';
  }
  return null;
}
