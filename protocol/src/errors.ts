import * as z from 'zod/mini';

/**
 * The closed table of error codes used on every boundary (WebSocket, REST, job events).
 * `retryable` means the same request may succeed later without anyone changing anything
 * (a busy printer, a dropped connection); `http` is the status a REST answer carries.
 */
export const ERROR_CODES = {
  'bad-message': { retryable: false, http: 400 },
  'bad-request': { retryable: false, http: 400 },
  'unsupported-version': { retryable: false, http: 400 },
  unauthorized: { retryable: false, http: 401 },
  forbidden: { retryable: false, http: 403 },
  /** A cookie-authenticated change without the session's CSRF token, or from another site's page. */
  'csrf-failed': { retryable: false, http: 403 },
  'not-found': { retryable: false, http: 404 },
  conflict: { retryable: false, http: 409 },
  'payload-too-large': { retryable: false, http: 413 },
  'unknown-printer': { retryable: false, http: 404 },
  'unknown-badge': { retryable: false, http: 404 },
  'too-many-attempts': { retryable: true, http: 429 },
  'bad-credentials': { retryable: false, http: 401 },
  'badge-taken': { retryable: false, http: 409 },
  'policy-forbids': { retryable: false, http: 403 },
  'printing-disabled': { retryable: false, http: 403 },
  'quota-exceeded': { retryable: false, http: 403 },
  'color-not-allowed': { retryable: false, http: 403 },
  'color-quota-exceeded': { retryable: false, http: 403 },
  'page-count-unknown': { retryable: false, http: 422 },
  'not-signed-in': { retryable: false, http: 401 },
  'session-expired': { retryable: false, http: 401 },
  'job-not-found': { retryable: false, http: 404 },
  'job-not-releasable': { retryable: false, http: 409 },
  'invalid-settings': { retryable: false, http: 422 },
  'settings-not-supported': { retryable: false, http: 422 },
  'format-not-supported': { retryable: false, http: 422 },
  'document-missing': { retryable: false, http: 410 },
  'printer-unreachable': { retryable: true, http: 502 },
  'printer-busy': { retryable: true, http: 503 },
  'printer-stopped': { retryable: true, http: 503 },
  'printer-not-accepting': { retryable: true, http: 503 },
  'printer-rejected-job': { retryable: false, http: 502 },
  'printer-aborted-job': { retryable: true, http: 502 },
  'printer-timeout': { retryable: true, http: 504 },
  'release-interrupted': { retryable: true, http: 500 },
  /** The server's disk (the spool or the database) has no room: nothing was kept; try again later. */
  'storage-full': { retryable: true, http: 507 },
  'internal-error': { retryable: true, http: 500 },
} as const satisfies Record<string, { retryable: boolean; http: number }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export const errorCodeSchema = z.enum(Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]]);

export const isRetryable = (code: ErrorCode): boolean => ERROR_CODES[code].retryable;

/** The one error shape on every boundary: a code from the table and words for a person. */
export const errorBodySchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** An error that carries a code from the table; thrown inside the server, normalised at each boundary. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AppError';
  }

  toBody(): ErrorBody {
    return { code: this.code, message: this.message };
  }
}

/** Turns anything thrown into an {@link ErrorBody}; unknown throws become `internal-error`. */
export function toErrorBody(error: unknown): ErrorBody {
  if (error instanceof AppError) return error.toBody();
  return { code: 'internal-error', message: 'Something went wrong on the server. Try again.' };
}
