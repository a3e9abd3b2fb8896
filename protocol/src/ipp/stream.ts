import type { Readable } from 'node:stream';
import { DEFAULT_LIMITS, type Decoded, type DecodeLimits, decodeIpp, IppDecodeError } from './decode';

export type HeaderResult =
  | { ok: true; decoded: Decoded /** Document bytes that arrived with the header. */; leftover: Buffer }
  | { ok: false; error: IppDecodeError /** What was read, for echoing the request-id. */; head: Buffer };

/**
 * Reads an IPP request's attribute section from a stream and leaves the stream positioned at the
 * document data (paused). Decoding is retried only when the buffered bytes have doubled, so a client that
 * sends its header a byte at a time costs linear, not quadratic, work.
 */
export function readIppHeader(stream: Readable, limits: Partial<DecodeLimits> = {}): Promise<HeaderResult> {
  const lim = { ...DEFAULT_LIMITS, ...limits };
  return new Promise((resolve, reject) => {
    let buf: Buffer = Buffer.alloc(0);
    let triedAt = 0;
    const finish = (result: HeaderResult): void => {
      stream.off('readable', onReadable);
      stream.off('end', onEnd);
      stream.off('error', onError);
      resolve(result);
    };
    const attempt = (atEnd: boolean): boolean => {
      triedAt = buf.length;
      try {
        const decoded = decodeIpp(buf, lim);
        finish({ ok: true, decoded, leftover: buf.subarray(decoded.dataOffset) });
        return true;
      } catch (error) {
        if (!(error instanceof IppDecodeError)) throw error;
        if (error.kind === 'truncated' && !atEnd && buf.length <= lim.maxHeaderBytes) return false;
        const final =
          error.kind === 'truncated' && buf.length > lim.maxHeaderBytes
            ? new IppDecodeError(
                'too-large',
                `attribute section longer than ${lim.maxHeaderBytes} bytes`,
                buf.length,
              )
            : error;
        finish({ ok: false, error: final, head: buf });
        return true;
      }
    };
    const onReadable = (): void => {
      for (
        let chunk = stream.read() as Buffer | null;
        chunk !== null;
        chunk = stream.read() as Buffer | null
      ) {
        buf = buf.length === 0 ? chunk : Buffer.concat([buf, chunk]);
        if ((triedAt === 0 || buf.length >= triedAt * 2) && attempt(false)) return;
      }
    };
    const onEnd = (): void => {
      attempt(true);
    };
    const onError = (error: Error): void => {
      stream.off('readable', onReadable);
      stream.off('end', onEnd);
      reject(error);
    };
    stream.on('readable', onReadable);
    stream.on('end', onEnd);
    stream.on('error', onError);
  });
}
