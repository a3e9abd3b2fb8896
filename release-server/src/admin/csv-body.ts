import { AppError } from '@quire/protocol';
import { limitWords } from '../adapters/http/body-limit';

const UTF8 = new Set(['utf-8', 'utf8', 'us-ascii']);

/**
 * Reads a `text/csv` request body as UTF-8 text, refusing it as soon as it passes `maxBytes`: a declared
 * Content-Length over the limit is refused before reading, and a chunked body is counted as it arrives,
 * so an unbounded upload never sits in memory. A UTF-8 byte-order mark (Excel's "CSV UTF-8") is dropped.
 */
export async function readCsvBody(req: Request, maxBytes: number): Promise<string> {
  const type = req.headers.get('content-type') ?? '';
  const [mime = '', ...params] = type.split(';').map((s) => s.trim().toLowerCase());
  if (mime !== 'text/csv') {
    const got = type ? `"${type.slice(0, 100)}"` : 'none';
    throw new AppError('bad-request', `Send the file as Content-Type: text/csv (got ${got}).`);
  }
  const charset = params
    .find((p) => p.startsWith('charset='))
    ?.slice(8)
    .replace(/"/g, '');
  if (charset !== undefined && !UTF8.has(charset)) {
    throw new AppError('bad-request', `The file must be UTF-8 (charset=utf-8), not ${charset.slice(0, 40)}.`);
  }
  const tooLarge = new AppError(
    'payload-too-large',
    `The file is larger than the ${limitWords(maxBytes)} limit.`,
  );
  if (Number(req.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge;

  const chunks: Uint8Array[] = [];
  let size = 0;
  if (req.body) {
    const reader = req.body.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      size += r.value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge;
      }
      chunks.push(r.value);
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks, size));
  } catch {
    throw new AppError(
      'bad-request',
      'The file is not valid UTF-8: save it as "CSV UTF-8" and send it again.',
    );
  }
}
