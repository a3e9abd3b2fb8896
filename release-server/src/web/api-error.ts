import { type ErrorCode, errorBodySchema } from '@quire/protocol';
import type * as z from 'zod/mini';

/**
 * A failure from the server's closed table (protocol/src/errors.ts), or one of the page's own: no
 * answer, an answer not understood, a call the person cancelled.
 */
export type ApiErrorCode = ErrorCode | 'network' | 'bad-answer' | 'aborted';

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

/**
 * The error an answer that is not 2xx carries: the server's `{code, message}`, else (a proxy's HTML
 * page, say) the bare status, a 401 as `on401` (what this page calls "not let in").
 */
export function errorFromAnswer(status: number, text: string, on401: ErrorCode): ApiError {
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: no error body from Quire.
  }
  const parsed = errorBodySchema.safeParse(body);
  if (parsed.success) return new ApiError(parsed.data.code, parsed.data.message, status);
  return new ApiError(status === 401 ? on401 : 'bad-answer', `HTTP ${status}`, status);
}

/** An answer's body through its protocol schema (STYLE.md: parsed at the boundary), or a `bad-answer`. */
export function parseAnswer<T>(schema: z.ZodMiniType<T>, body: unknown, status: number): T {
  const result = schema.safeParse(body);
  if (!result.success) throw new ApiError('bad-answer', result.error.message, status);
  return result.data;
}
