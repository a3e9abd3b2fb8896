import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import type { DocumentBody } from './operations';

/** `compression-supported` (RFC 8011 §5.4.32). */
export const COMPRESSIONS = ['none', 'deflate', 'gzip'] as const;
export type Compression = (typeof COMPRESSIONS)[number];

export const isCompression = (s: string): s is Compression => (COMPRESSIONS as readonly string[]).includes(s);

/**
 * The document, decompressed as it streams. `deflate` is RFC 1951; some clients send it with the
 * zlib wrapper (RFC 1950), so a zlib header is recognised. The spool's size limit applies to the
 * decompressed bytes, which bounds a decompression bomb.
 */
export async function* decompress(body: DocumentBody, compression: Compression): DocumentBody {
  if (compression === 'none') {
    yield* body;
    return;
  }
  const iterator = body[Symbol.asyncIterator]();
  // The zlib header is two bytes, which may arrive in two chunks.
  let head = Buffer.alloc(0);
  while (head.length < 2) {
    const next = await iterator.next();
    if (next.done) break;
    head = Buffer.concat([head, next.value]);
  }
  if (head.length === 0) return;
  const inflater =
    compression === 'gzip'
      ? zlib.createGunzip()
      : head.length >= 2 && head[0] === 0x78 && head.readUInt16BE(0) % 31 === 0
        ? zlib.createInflate()
        : zlib.createInflateRaw();
  async function* rest(): DocumentBody {
    yield head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  const done = pipeline(Readable.from(rest()), inflater);
  done.catch(() => undefined); // a failure surfaces through the iteration below
  for await (const chunk of inflater) yield chunk as Buffer;
  await done;
}
