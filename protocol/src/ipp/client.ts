import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { decodeIpp, IppDecodeError } from './decode';
import { encodeIpp } from './encode';
import type { IppMessage } from './types';

/** Why an IPP exchange failed below the IPP layer. */
export type IppTransportFailure = 'unreachable' | 'timeout' | 'http-status' | 'bad-response';

export class IppTransportError extends Error {
  constructor(
    readonly failure: IppTransportFailure,
    message: string,
    options?: { cause?: unknown },
    /**
     * The whole request, document included, had been handed to the network when this failed: the
     * printer may have the job. A sender must not assume it did not print.
     */
    readonly delivered = false,
  ) {
    super(message, options);
    this.name = 'IppTransportError';
  }
}

export interface IppRequestOptions {
  /**
   * How long the peer may stay silent: while the request is sent (no progress for this long) and then
   * for the answer, counted from the last byte sent, so a large document is never cut off for its size.
   * @default 30000
   */
  timeoutMs?: number;
  /** Document data sent after the attributes (Print-Job, Send-Document). */
  document?: { stream: Readable; length: number };
  /** Largest answer accepted; a printer's full attribute set with media-col-database can be large. @default 8 MiB */
  maxResponseBytes?: number;
}

const agents = {
  http: new http.Agent({ keepAlive: true, maxSockets: 16 }),
  // Printers almost always present self-signed certificates; trust on first use is a later issue.
  https: new https.Agent({ keepAlive: true, maxSockets: 16, rejectUnauthorized: false }),
};

/** Maps `ipp://host[:631]/path` (RFC 8010 §4) and `ipps://` to the HTTP URL that carries it. */
export function httpUrlOf(uri: string): URL {
  const url = new URL(uri);
  const scheme = url.protocol;
  if (scheme === 'ipp:' || scheme === 'ipps:') {
    const port = url.port || '631';
    return new URL(
      `${scheme === 'ipp:' ? 'http' : 'https'}://${url.hostname}:${port}${url.pathname}${url.search}`,
    );
  }
  if (scheme === 'http:' || scheme === 'https:') return url;
  throw new IppTransportError('unreachable', `unsupported URI scheme ${scheme}`);
}

/**
 * Sends one IPP request over HTTP POST and decodes the answer. Streams the document from its source;
 * an answer that arrives before the upload ends (a printer saying busy) is still read and returned.
 */
export function ippRequest(
  uri: string,
  message: IppMessage,
  options: IppRequestOptions = {},
): Promise<IppMessage> {
  const url = httpUrlOf(uri);
  const header = encodeIpp(message);
  const secure = url.protocol === 'https:';
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxResponseBytes = options.maxResponseBytes ?? 8 * 1024 * 1024;
  return new Promise<IppMessage>((resolve, reject) => {
    let settled = false;
    /** The request, document included, went out in full (the `finish` event). */
    let sent = false;
    let timer: NodeJS.Timeout | undefined;
    const settle = (error: Error | null, value?: IppMessage): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) {
        req.destroy();
        reject(error);
      } else resolve(value!);
    };
    const fail = (failure: IppTransportFailure, message: string, cause?: unknown): void =>
      settle(new IppTransportError(failure, message, cause === undefined ? undefined : { cause }, sent));
    const req = (secure ? https : http).request(url, {
      method: 'POST',
      agent: secure ? agents.https : agents.http,
      headers: {
        'content-type': 'application/ipp',
        'content-length': String(header.length + (options.document?.length ?? 0)),
      },
    });
    req.on('error', (cause: NodeJS.ErrnoException) =>
      fail('unreachable', `cannot reach ${url.host}: ${cause.code ?? cause.message}`, cause),
    );
    // While sending: no progress for timeoutMs is a dead peer. Once sent: the answer has timeoutMs.
    req.setTimeout(timeoutMs, () => {
      if (!sent) fail('timeout', `${url.host} stopped taking the request for ${timeoutMs} ms`);
    });
    req.on('finish', () => {
      sent = true;
      timer = setTimeout(
        () => fail('timeout', `no answer from ${url.host} within ${timeoutMs} ms`),
        timeoutMs,
      );
    });
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      if (res.statusCode !== 200) {
        res.resume();
        fail('http-status', `${url.host} answered HTTP ${res.statusCode}`);
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxResponseBytes) {
          fail('bad-response', `answer from ${url.host} exceeds ${maxResponseBytes} bytes`);
          return;
        }
        chunks.push(chunk);
      });
      res.on('error', (cause) => fail('unreachable', 'connection lost', cause));
      res.on('end', () => {
        try {
          settle(
            null,
            decodeIpp(Buffer.concat(chunks), { allowDuplicateNames: true, maxHeaderBytes: maxResponseBytes })
              .message,
          );
        } catch (error) {
          const why = error instanceof IppDecodeError ? error.message : String(error);
          fail('bad-response', `undecodable IPP answer from ${url.host}: ${why}`);
        }
      });
    });
    req.write(header);
    const doc = options.document;
    if (!doc) {
      req.end();
      return;
    }
    pipeline(doc.stream, req).catch((cause: unknown) => {
      // A printer may answer (busy, bad format) and close before reading the whole document. Its answer
      // wins: give it a moment to arrive before reporting the failed upload.
      const grace = setTimeout(() => {
        if (!answered)
          settle(new IppTransportError('unreachable', `upload to ${url.host} failed`, { cause }));
      }, 1000);
      grace.unref();
    });
  });
}
