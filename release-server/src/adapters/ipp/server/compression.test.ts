import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decompress } from './compression';

async function* chunks(...parts: Buffer[]): AsyncGenerator<Buffer> {
  for (const part of parts) yield part;
}

async function collect(body: AsyncIterable<Buffer>): Promise<string> {
  const out: Buffer[] = [];
  for await (const chunk of body) out.push(chunk);
  return Buffer.concat(out).toString();
}

const TEXT = Buffer.from('%PDF-1.7 a document that travelled compressed\n'.repeat(20));

describe('decompress', () => {
  it('passes an uncompressed document through untouched', async () => {
    expect(await collect(decompress(chunks(TEXT.subarray(0, 5), TEXT.subarray(5)), 'none'))).toBe(
      TEXT.toString(),
    );
  });

  it('inflates gzip', async () => {
    expect(await collect(decompress(chunks(zlib.gzipSync(TEXT)), 'gzip'))).toBe(TEXT.toString());
  });

  it('inflates raw deflate and deflate in a zlib wrapper, even when the header arrives one byte at a time', async () => {
    const raw = zlib.deflateRawSync(TEXT);
    const wrapped = zlib.deflateSync(TEXT);
    expect(await collect(decompress(chunks(raw), 'deflate'))).toBe(TEXT.toString());
    const split = [wrapped.subarray(0, 1), wrapped.subarray(1, 2), wrapped.subarray(2)];
    expect(await collect(decompress(chunks(...split), 'deflate'))).toBe(TEXT.toString());
  });

  it('yields nothing for an empty body and fails clearly on bytes that are not compressed', async () => {
    expect(await collect(decompress(chunks(), 'deflate'))).toBe('');
    await expect(collect(decompress(chunks(Buffer.from([0x78])), 'deflate'))).rejects.toThrow(
      /unexpected end/,
    );
    await expect(collect(decompress(chunks(Buffer.from('plain text, not gzip')), 'gzip'))).rejects.toThrow(
      /incorrect header check/,
    );
  });
});
