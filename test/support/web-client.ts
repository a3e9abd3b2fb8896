import { type AuthSession, CSRF_HEADER, SESSION_COOKIE } from '@quire/protocol';

export interface WebRequest extends Omit<RequestInit, 'body'> {
  /** Sent as JSON with Content-Type: application/json. */
  json?: unknown;
  /** Sent as it is (a CSV, a document); set Content-Type in headers. */
  body?: string | Uint8Array;
  /** Send the session's CSRF token. @default true */
  csrf?: boolean;
}

/**
 * A browser as far as the session cookie goes: keeps `quire_session` from Set-Cookie and sends it back,
 * and keeps the CSRF token the server answers with. Nothing else of a browser: no Origin unless asked,
 * since Node's fetch sends none.
 */
export class WebClient {
  /** The session cookie's value, as the server last set it. */
  cookie: string | undefined;
  /** The CSRF token from the last sign-in or `/api/auth/me`. */
  csrfToken: string | undefined;
  /** The Set-Cookie headers of the last answer. */
  lastSetCookie: string[] = [];

  constructor(readonly baseUrl: string) {}

  async fetch(path: string, r: WebRequest = {}): Promise<Response> {
    const { json, body, csrf = true, headers, ...init } = r;
    const h: Record<string, string> = { ...(headers as Record<string, string> | undefined) };
    if (this.cookie !== undefined) h.cookie = `${SESSION_COOKIE}=${this.cookie}`;
    if (csrf && this.csrfToken !== undefined) h[CSRF_HEADER] = this.csrfToken;
    if (json !== undefined) h['content-type'] = 'application/json';
    const res = await fetch(`${this.baseUrl}${path}`, {
      ...init,
      headers: h,
      body: json !== undefined ? JSON.stringify(json) : (body as BodyInit | undefined),
    });
    this.lastSetCookie = res.headers.getSetCookie();
    for (const line of this.lastSetCookie) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      if (pair.slice(0, eq).trim() !== SESSION_COOKIE) continue;
      const value = pair.slice(eq + 1).trim();
      this.cookie = value === '' || /max-age=0\b/i.test(line) ? undefined : value;
    }
    return res;
  }

  /** `POST /api/auth/login`; keeps the CSRF token when it succeeds. */
  async login(login: string, password: string): Promise<Response> {
    return this.keepSession(
      await this.fetch('/api/auth/login', { method: 'POST', json: { login, password } }),
    );
  }

  /** `POST /api/auth/setup`; keeps the CSRF token when it succeeds. */
  async setup(body: { email: string; password: string; name: string }): Promise<Response> {
    return this.keepSession(await this.fetch('/api/auth/setup', { method: 'POST', json: body }));
  }

  /** `GET /api/auth/me`. */
  me(): Promise<Response> {
    return this.fetch('/api/auth/me');
  }

  logout(): Promise<Response> {
    return this.fetch('/api/auth/logout', { method: 'POST' });
  }

  /** The Set-Cookie header of the session cookie in the last answer. */
  sessionSetCookie(): string | undefined {
    return this.lastSetCookie.find((l) => l.startsWith(`${SESSION_COOKIE}=`));
  }

  /** A second browser holding the same cookie (one that copied it, say). */
  copy(): WebClient {
    const other = new WebClient(this.baseUrl);
    other.cookie = this.cookie;
    other.csrfToken = this.csrfToken;
    return other;
  }

  /** The claims inside the session token, read without checking it (tests only). */
  tokenClaims(): Record<string, unknown> {
    const payload = this.cookie?.split('.')[1];
    if (!payload) throw new Error('no session cookie');
    return JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
  }

  private async keepSession(res: Response): Promise<Response> {
    if (res.ok) this.csrfToken = ((await res.clone().json()) as AuthSession).csrfToken;
    return res;
  }
}
