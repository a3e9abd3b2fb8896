import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../../test/support/process';
import { Spool } from './spool';

async function* chunked(data: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let at = 0; at < data.length; at += size) yield data.subarray(at, at + size);
}

describe('Spool', () => {
  const spools: Spool[] = [];
  const openSpool = async () => {
    const spool = await Spool.open(await tempDir('spool'));
    spools.push(spool);
    return spool;
  };
  afterEach(async () => {
    await Promise.all(spools.splice(0).map((s) => s.close()));
  });

  it('writes a small document whole, readable only by the server, and keeps its bytes', async () => {
    const spool = await openSpool();
    const data = randomBytes(20_000);
    const written = await spool.write(chunked(data, 4096), 1e9);
    expect(written.file).toMatch(/^[0-9a-f]{2}\/[0-9a-f-]{36}$/);
    expect(written.size).toBe(20_000);
    expect(written.head.equals(data.subarray(0, 64))).toBe(true);
    expect(written.bytes?.equals(data)).toBe(true);
    expect((await fs.readFile(spool.pathOf(written.file))).equals(data)).toBe(true);
    expect((await fs.stat(spool.pathOf(written.file))).mode & 0o777).toBe(0o600);
  });

  it('streams a document larger than the memory batch to disk as it arrives, without keeping it', async () => {
    const spool = await openSpool();
    const data = randomBytes(3 * 1024 * 1024 + 17);
    const written = await spool.write(chunked(data, 64 * 1024), 1e9);
    expect(written.size).toBe(data.length);
    expect(written.bytes).toBeNull();
    expect((await fs.readFile(spool.pathOf(written.file))).equals(data)).toBe(true);
  });

  it('refuses a document over the limit and leaves no file, whether it was still in memory or not', async () => {
    const spool = await openSpool();
    for (const size of [5000, 3 * 1024 * 1024]) {
      const attempt = spool.write(chunked(randomBytes(size), 64 * 1024), size - 1);
      await expect(attempt).rejects.toMatchObject({ code: 'payload-too-large' });
    }
    const files: string[] = [];
    for await (const { file } of spool.files()) files.push(file);
    expect(files).toEqual([]);
  });

  it('removes what it wrote when the document stops arriving part way', async () => {
    const spool = await openSpool();
    async function* broken(): AsyncGenerator<Buffer> {
      yield randomBytes(2 * 1024 * 1024);
      throw new Error('client went away');
    }
    await expect(spool.write(broken(), 1e9)).rejects.toThrow('client went away');
    const files: string[] = [];
    for await (const { file } of spool.files()) files.push(file);
    expect(files).toEqual([]);
  });

  it('waits for a document still arriving before it closes, and takes no new one after', async () => {
    const spool = await openSpool();
    let arrive!: () => void;
    const last = new Promise<void>((resolve) => {
      arrive = resolve;
    });
    async function* slow(): AsyncGenerator<Buffer> {
      yield Buffer.from('first half, ');
      await last;
      yield Buffer.from('second half');
    }
    const writing = spool.write(slow(), 1e9);
    let closed = false;
    const closing = spool.close().then(() => {
      closed = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(closed).toBe(false);
    await expect(spool.write(chunked(Buffer.from('late'), 4), 1e9)).rejects.toMatchObject({
      code: 'internal-error',
    });
    arrive();
    const written = await writing;
    await closing;
    expect(await fs.readFile(spool.pathOf(written.file), 'utf8')).toBe('first half, second half');
  });

  it('makes a shard directory again when someone removed it, and writes there', async () => {
    const spool = await openSpool();
    const first = await spool.write(chunked(Buffer.from('one'), 3), 1e9);
    const shard = path.dirname(spool.pathOf(first.file));
    // Write until a document lands in the same shard, after removing it by hand.
    await fs.rm(shard, { recursive: true });
    let again = await spool.write(chunked(Buffer.from('two'), 3), 1e9);
    for (let i = 0; i < 5000 && path.dirname(spool.pathOf(again.file)) !== shard; i++) {
      again = await spool.write(chunked(Buffer.from('two'), 3), 1e9);
    }
    expect(path.dirname(spool.pathOf(again.file))).toBe(shard);
    expect(await fs.readFile(spool.pathOf(again.file), 'utf8')).toBe('two');
  });
});
