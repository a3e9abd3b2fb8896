import { type ErrorCode, errorBodySchema } from '@quire/protocol';
import type * as z from 'zod/mini';

/** A failure from the server's closed table, or one of the page's own: no answer, or an answer not understood. */
export type ApiErrorCode = ErrorCode | 'network' | 'bad-answer';

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    /** The HTTP status; 0 when there was no answer. */
    readonly status: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiClientOptions {
  /** The admin token (issue 5 replaces it with a session cookie). */
  token: string;
  /** Called on a 401: the token is no longer accepted, the page asks for it again. */
  onUnauthorized?: () => void;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  /** @default /api/admin */
  base?: string;
}

/**
 * The admin API as the page calls it: the token on every call, every answer parsed with its protocol
 * schema (STYLE.md: one contract, parsed at the boundary), every failure an {@link ApiError}. An aborted
 * call rejects with the abort's own error, for the caller to ignore.
 */
export interface ApiClient {
  get<T>(path: string, schema: z.ZodMiniType<T>, signal?: AbortSignal): Promise<T>;
  send<T>(
    method: 'POST' | 'PUT' | 'DELETE',
    path: string,
    schema: z.ZodMiniType<T>,
    body?: unknown,
  ): Promise<T>;
  /** A file to download (CSV), as a blob. */
  blob(path: string): Promise<Blob>;
}

export function createApiClient(o: ApiClientOptions): ApiClient {
  const doFetch = o.fetch ?? ((...args: Parameters<typeof fetch>) => globalThis.fetch(...args));
  const base = o.base ?? '/api/admin';

  async function call(path: string, init: RequestInit): Promise<Response> {
    let res: Response;
    try {
      res = await doFetch(base + path, {
        ...init,
        headers: { authorization: `Bearer ${o.token}`, ...(init.headers as Record<string, string>) },
      });
    } catch (error) {
      if (init.signal?.aborted) throw error;
      throw new ApiError('network', String(error), 0);
    }
    if (res.ok) return res;
    const text = await res.text().catch(() => '');
    let body: unknown = null;
    try {
      body = JSON.parse(text);
    } catch {
      // A proxy's HTML page, say: no error body from Quire.
    }
    const parsed = errorBodySchema.safeParse(body);
    if (res.status === 401) o.onUnauthorized?.();
    if (parsed.success) throw new ApiError(parsed.data.code, parsed.data.message, res.status);
    throw new ApiError(res.status === 401 ? 'unauthorized' : 'bad-answer', `HTTP ${res.status}`, res.status);
  }

  async function json<T>(res: Response, schema: z.ZodMiniType<T>): Promise<T> {
    let body: unknown;
    try {
      body = await res.json();
    } catch (error) {
      if ((error as Error | null)?.name === 'AbortError') throw error;
      throw new ApiError('bad-answer', 'The answer is not JSON.', res.status);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new ApiError('bad-answer', parsed.error.message, res.status);
    return parsed.data;
  }

  return {
    get: async (path, schema, signal) => json(await call(path, signal ? { signal } : {}), schema),
    send: async (method, path, schema, body) =>
      json(
        await call(path, {
          method,
          ...(body !== undefined && {
            body: JSON.stringify(body),
            headers: { 'content-type': 'application/json' },
          }),
        }),
        schema,
      ),
    blob: async (path) => (await call(path, {})).blob(),
  };
}
