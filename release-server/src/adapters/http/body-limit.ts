import { AppError } from '@quire/protocol';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/** Small JSON bodies (sign-in, a role): a few hundred bytes; 16 KiB leaves room and bounds the rest. */
export const SMALL_BODY_BYTES = 16 * 1024;

/**
 * Refuses a body over `maxBytes` with `payload-too-large` before the route reads it: a declared
 * Content-Length at once, a chunked body as it arrives.
 */
/** "1 MB (1,048,576 bytes)": the limit as a person reads it, and exactly. */
export function limitWords(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb < 1) return `${Math.round(bytes / 1024)} KB (${bytes.toLocaleString('en-US')} bytes)`;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB (${bytes.toLocaleString('en-US')} bytes)`;
}

/** `what` names the body in the refusal: "The file is larger than the 1 MB (1,048,576 bytes) limit." */
export function limitBody(maxBytes: number = SMALL_BODY_BYTES, what = 'body'): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) => {
      // The rest of the body may still be on the wire: this connection ends with the answer (RFC 9112
      // §9.6), so that the client does not send its next request after bytes nobody read.
      c.header('connection', 'close');
      throw new AppError(
        'payload-too-large',
        `The ${what} is larger than the ${limitWords(maxBytes)} limit.`,
      );
    },
  });
}

/**
 * Refuses a body that does not say it is JSON. A page on another site can post `text/plain` without
 * asking first, but not `application/json` (it needs a CORS preflight, which this server never grants).
 */
export function requireJsonBody(c: Context): void {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new AppError('bad-request', 'Send the body as JSON (Content-Type: application/json).');
  }
}
