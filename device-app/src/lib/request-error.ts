import type { ErrorCode } from '@quire/protocol';

/** Errors the client makes up itself, with no server reply behind them; the UI words them (i18n.ts). */
export type LocalErrorCode = 'timeout' | 'offline' | 'cancelled';
export type ClientErrorCode = ErrorCode | LocalErrorCode;

export interface ClientError {
  code: ClientErrorCode;
  /** Words for a person when the server sent them; empty for local codes. */
  message: string;
}

export class RequestError extends Error implements ClientError {
  constructor(
    readonly code: ClientErrorCode,
    message = '',
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

/** Errors that mean the link, not the request, failed. */
export const isConnectionError = (code: ClientErrorCode): boolean =>
  code === 'offline' || code === 'timeout' || code === 'cancelled';

/** A local code as the closest code of the server's table, for showing it like a server error. */
export const toErrorCode = (code: ClientErrorCode): ErrorCode =>
  code === 'offline' || code === 'timeout' || code === 'cancelled' ? 'internal-error' : code;
