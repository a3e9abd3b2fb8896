import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface ReceivedDocument {
  size: number;
  sha256: string;
  /** The first bytes, for recognising the format. */
  head: Buffer;
}

export class DocumentTooLarge extends Error {
  override name = 'DocumentTooLarge';
}

/**
 * Streams a document to `file` while counting and hashing it: memory does not grow with its size
 * (STYLE.md §11). More than `maxBytes` stops the transfer and removes the partial file.
 */
export async function receiveDocument(
  body: AsyncIterable<Buffer>,
  file: string,
  maxBytes: number,
): Promise<ReceivedDocument> {
  const hash = createHash('sha256');
  let size = 0;
  let head = Buffer.alloc(0);
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > maxBytes) {
        done(new DocumentTooLarge(`The document is larger than ${maxBytes} bytes.`));
        return;
      }
      if (head.length < 16) head = Buffer.concat([head, chunk.subarray(0, 16 - head.length)]);
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(Readable.from(body), meter, fs.createWriteStream(file, { mode: 0o600 }));
  } catch (error) {
    await fs.promises.rm(file, { force: true });
    throw error;
  }
  return { size, sha256: hash.digest('hex'), head };
}

/** Magic numbers of the formats a simulated printer accepts (PDF 1.7 §7.5.2, JFIF, PWG 5102.4, URF). */
const SIGNATURES: readonly [string, Buffer][] = [
  ['application/pdf', Buffer.from('%PDF-')],
  ['image/jpeg', Buffer.from([0xff, 0xd8, 0xff])],
  ['image/pwg-raster', Buffer.from('RaS2')],
  ['image/urf', Buffer.from('UNIRAST')],
];

/** The format of a document sent as `application/octet-stream` (auto-detect), or octet-stream if unknown. */
export function sniffFormat(head: Buffer): string {
  return (
    SIGNATURES.find(([, magic]) => head.subarray(0, magic.length).equals(magic))?.[0] ??
    'application/octet-stream'
  );
}

/** A file extension for a stored document, so it opens with the right viewer. */
export function extensionOf(format: string): string {
  switch (format) {
    case 'application/pdf':
      return 'pdf';
    case 'image/jpeg':
      return 'jpg';
    case 'image/pwg-raster':
      return 'pwg';
    case 'image/urf':
      return 'urf';
    default:
      return 'bin';
  }
}
