import type { Readable } from 'node:stream';
import { AppError } from '@quire/protocol';
import { checkRequest, IppError, peekHeader, readIppHeader, respond, Status } from '@quire/protocol/ipp';
import type { Logger } from '../../../log';
import { requesterOf, type SignedInUser, SignInNeeded } from './job-access';
import { type DocumentBody, type OperationContext, runOperation } from './operations';
import { arrivesOverTls } from './queue-address';
import { OPERATIONS } from './request';

/** Largest attribute section a client may send; real requests are a few hundred bytes. @default 64 KiB */
export const MAX_REQUEST_HEADER_BYTES = 64 * 1024;

/**
 * An IPP answer, or an HTTP-level one: 400 when the request is too broken to answer in IPP, 401 when
 * it must come again with credentials (the caller adds the challenge).
 */
export type IppAnswer = { ipp: Buffer } | { httpStatus: 400 | 401; text: string };

/**
 * Handles one IPP request arriving on `stream` (the HTTP body): decodes the attributes with bounds,
 * runs the RFC 8011 §4.1 checks and the operation, and encodes the answer. Never throws: every failure
 * becomes an IPP status with a `status-message` that says why. `host` is the `host[:port]` the client
 * asked for; whether it came over TLS is read from the stream's socket (the HTTPS listener's). `user`
 * is the account that signed in with this request's credentials, if it carried any.
 */
export function createIppHandler(ctx: Omit<OperationContext, 'address' | 'requester'>, log: Logger) {
  return async (stream: Readable, host: string, user?: SignedInUser): Promise<IppAnswer> => {
    const read = await readIppHeader(stream, { maxHeaderBytes: MAX_REQUEST_HEADER_BYTES });
    if (!read.ok) {
      const header = peekHeader(read.head);
      const why = `Malformed IPP request: ${read.error.message} (byte ${read.error.offset}).`;
      log.warn('ipp request rejected', { reason: read.error.message });
      if (!header) return { httpStatus: 400, text: why };
      const status = read.error.kind === 'too-large' ? Status.requestEntityTooLarge : Status.badRequest;
      return { ipp: respond(header, status, [], why) };
    }
    const { message } = read.decoded;
    try {
      const request = checkRequest(message, OPERATIONS);
      const result = await runOperation(request, documentBody(read.leftover, stream), {
        ...ctx,
        address: { host, secure: arrivesOverTls(stream) },
        requester: requesterOf(request, user),
      });
      return { ipp: respond(message, result.status, result.groups, result.message) };
    } catch (error) {
      if (error instanceof SignInNeeded) return { httpStatus: 401, text: error.message };
      if (error instanceof IppError)
        return { ipp: respond(message, error.status, error.extraGroups, error.message) };
      if (error instanceof AppError)
        return { ipp: respond(message, Status.internalError, [], error.message) };
      log.error('ipp operation failed', { operation: message.code, error: String(error) });
      return { ipp: respond(message, Status.internalError, [], 'Internal error; the job was not accepted.') };
    }
  };
}

/**
 * The document after the attributes. When its reader stops early (the document is refused: too large,
 * a full disk, a format not accepted), the rest of the body is read and dropped rather than the request
 * destroyed: a destroyed request resets the connection, and the client, still sending, would lose the
 * answer that says why. The server's request timeout bounds how long a client may keep sending.
 */
async function* documentBody(leftover: Buffer, stream: Readable): DocumentBody {
  let whole = false;
  try {
    if (leftover.length > 0) yield leftover;
    if (!stream.readableEnded) {
      for await (const chunk of stream.iterator({ destroyOnReturn: false })) yield chunk as Buffer;
    }
    whole = true;
  } finally {
    if (!whole && !stream.destroyed) stream.resume();
  }
}
