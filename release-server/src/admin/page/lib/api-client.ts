import { CSRF_HEADER } from '@quire/protocol';
import type * as z from 'zod/mini';
import { ApiError, type ApiErrorCode, errorFromAnswer, parseAnswer } from '../../../web/api-error';

export { ApiError, type ApiErrorCode };

/**
 * How the page proves who it is (release-server/src/auth/README.md): the admin token in
 * `Authorization: Bearer` (scripts, the demo), or the session cookie the browser sends by itself, with
 * the session's CSRF token in `x-csrf-token` on every change; or nothing (signing in).
 */
export type Credentials =
  | { kind: 'token'; token: string }
  | { kind: 'session'; csrfToken: string }
  | { kind: 'none' };

export interface ApiClientOptions {
  credentials: Credentials;
  /** Called on a 401 with its code: the token or the session is no longer accepted. */
  onUnauthorized?: (code: ApiErrorCode) => void;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  /** @default /api/admin */
  base?: string;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface RequestOptions<T> {
  method?: Method;
  /** Sent as JSON, unless `type` says otherwise (then as it is). */
  body?: unknown;
  /** Content-Type of a body sent as text (`text/csv; charset=utf-8`). */
  type?: string;
  /** The answer's schema; an answer with no body (204) needs none. */
  schema?: z.ZodMiniType<T>;
  /** Statuses besides 2xx whose body is an answer, not an error (an import's 422 report). */
  answerOn?: readonly number[];
  signal?: AbortSignal;
}

/**
 * The server's API as the page calls it: the credentials on every call, every answer parsed with its
 * protocol schema (STYLE.md: one contract, parsed at the boundary), every failure an {@link ApiError}. An
 * aborted call rejects with the abort's own error, for the caller to ignore.
 */
export interface ApiClient {
  get<T>(path: string, schema: z.ZodMiniType<T>, signal?: AbortSignal): Promise<T>;
  send<T>(
    method: 'POST' | 'PUT' | 'DELETE',
    path: string,
    schema: z.ZodMiniType<T>,
    body?: unknown,
  ): Promise<T>;
  /** Any call; `status` says which answer it was (an import's 200 or 422), `headers` what came with it. */
  request<T>(path: string, o: RequestOptions<T>): Promise<{ status: number; data: T; headers: Headers }>;
  /** A file to download (CSV), as a blob; `accept` asks for it by type where the route also answers JSON. */
  blob(path: string, accept?: string): Promise<Blob>;
}

export function createApiClient(o: ApiClientOptions): ApiClient {
  const doFetch = o.fetch ?? ((...args: Parameters<typeof fetch>) => globalThis.fetch(...args));
  const base = o.base ?? '/api/admin';
  const c = o.credentials;

  async function call(path: string, init: RequestInit, answerOn: readonly number[] = []): Promise<Response> {
    const method = init.method ?? 'GET';
    const headers: Record<string, string> = { ...(init.headers as Record<string, string>) };
    if (c.kind === 'token') headers.authorization = `Bearer ${c.token}`;
    if (c.kind === 'session' && method !== 'GET') headers[CSRF_HEADER] = c.csrfToken;
    let res: Response;
    try {
      res = await doFetch(base + path, { ...init, headers, credentials: 'same-origin' });
    } catch (error) {
      if (init.signal?.aborted) throw error;
      throw new ApiError('network', String(error), 0);
    }
    if (res.ok || answerOn.includes(res.status)) return res;
    const error = errorFromAnswer(res.status, await res.text().catch(() => ''), 'unauthorized');
    if (res.status === 401) o.onUnauthorized?.(error.code);
    throw error;
  }

  async function json<T>(res: Response, schema: z.ZodMiniType<T>): Promise<T> {
    let body: unknown;
    try {
      body = await res.json();
    } catch (error) {
      if ((error as Error | null)?.name === 'AbortError') throw error;
      throw new ApiError('bad-answer', 'The answer is not JSON.', res.status);
    }
    return parseAnswer(schema, body, res.status);
  }

  async function request<T>(
    path: string,
    r: RequestOptions<T>,
  ): Promise<{ status: number; data: T; headers: Headers }> {
    const text = r.type !== undefined;
    const res = await call(
      path,
      {
        method: r.method ?? 'GET',
        ...(r.signal && { signal: r.signal }),
        ...(r.body !== undefined && {
          body: text ? String(r.body) : JSON.stringify(r.body),
          headers: { 'content-type': r.type ?? 'application/json' },
        }),
      },
      r.answerOn,
    );
    const { status, headers } = res;
    if (!r.schema) return { status, data: undefined as T, headers };
    return { status, data: await json(res, r.schema), headers };
  }

  return {
    get: async (path, schema, signal) => (await request(path, { schema, ...(signal && { signal }) })).data,
    send: async (method, path, schema, body) => (await request(path, { method, schema, body })).data,
    request,
    blob: async (path, accept) => (await call(path, accept ? { headers: { accept } } : {})).blob(),
  };
}
