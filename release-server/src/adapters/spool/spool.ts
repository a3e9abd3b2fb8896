import { randomUUID } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '@quire/protocol';

export interface Spooled {
  /** The name the job keeps: `<shard>/<uuid>`, relative to the spool directory. */
  file: string;
  size: number;
  /** The first bytes, for telling the format. */
  head: Buffer;
  /** The whole document, when it was small enough to stay in memory while it was written (≤ 1 MiB). */
  bytes: Buffer | null;
}

const HEAD_BYTES = 64;
/** Chunks are gathered into writes of about this size. */
const WRITE_BATCH = 1024 * 1024;

/**
 * The document store: one file per job under `DATA_DIR/spool/<shard>/`, 256 shards so no directory
 * grows too large. A document is streamed to disk as it arrives and synced (file and directory) before
 * `write` resolves, so a job acknowledged to a client survives a crash.
 */
export class Spool {
  /** Shard directories known to exist: made (and synced) once, not asked for on every document. */
  private readonly shards = new Set<string>();

  private constructor(readonly dir: string) {}

  static async open(dataDir: string): Promise<Spool> {
    const dir = path.join(dataDir, 'spool');
    await fs.mkdir(dir, { recursive: true, mode: 0o700 });
    return new Spool(dir);
  }

  pathOf(file: string): string {
    return path.join(this.dir, file);
  }

  /** Writes a document from its chunks; refuses (and removes) one larger than `maxBytes`. */
  async write(chunks: AsyncIterable<Buffer>, maxBytes: number): Promise<Spooled> {
    const id = randomUUID();
    const shard = id.slice(0, 2);
    const file = `${shard}/${id}`;
    const full = this.pathOf(file);
    const handle = await this.create(shard, full);
    let size = 0;
    let head = Buffer.alloc(0);
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let flushed = false;
    const flush = async (): Promise<void> => {
      if (pendingBytes === 0) return;
      flushed = true;
      const batch = pending;
      pending = [];
      pendingBytes = 0;
      await handle.writev(batch);
    };
    try {
      for await (const chunk of chunks) {
        size += chunk.length;
        if (size > maxBytes) {
          throw new AppError(
            'payload-too-large',
            `Document is larger than the ${formatBytes(maxBytes)} limit.`,
          );
        }
        if (head.length < HEAD_BYTES)
          head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES - head.length)]);
        pending.push(chunk);
        pendingBytes += chunk.length;
        if (pendingBytes >= WRITE_BATCH) await flush();
      }
      // A document that never needed an early write is still whole in memory: keep it for the page count.
      const bytes = flushed ? null : Buffer.concat(pending, pendingBytes);
      if (bytes) pending = [bytes];
      await flush();
      await handle.sync();
      await handle.close();
      await syncDirectory(path.dirname(full));
      return { file, size, head, bytes };
    } catch (error) {
      await handle.close().catch(() => undefined);
      await fs.rm(full, { force: true });
      throw error;
    }
  }

  /** Opens a new document file, making its shard directory the first time (or again, if it went). */
  private async create(shard: string, full: string): Promise<fs.FileHandle> {
    if (this.shards.has(shard)) {
      try {
        return await fs.open(full, 'wx', 0o600);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        this.shards.delete(shard);
      }
    }
    // A shard made now is itself a new entry of the spool directory: durable only once that is synced.
    if (await fs.mkdir(path.dirname(full), { recursive: true, mode: 0o700 })) await syncDirectory(this.dir);
    this.shards.add(shard);
    return fs.open(full, 'wx', 0o600);
  }

  /** Every document file with its last change time, shard by shard (for the orphan sweep). */
  async *files(): AsyncGenerator<{ file: string; modifiedAt: number }> {
    for (const shard of await fs.readdir(this.dir).catch(() => [] as string[])) {
      if (!/^[0-9a-f]{2}$/.test(shard)) continue;
      for (const name of await fs.readdir(path.join(this.dir, shard)).catch(() => [] as string[])) {
        const file = `${shard}/${name}`;
        const stat = await fs.stat(this.pathOf(file)).catch(() => null);
        if (stat?.isFile()) yield { file, modifiedAt: stat.mtimeMs };
      }
    }
  }

  read(file: string): ReadStream {
    return createReadStream(this.pathOf(file), { highWaterMark: 256 * 1024 });
  }

  async size(file: string): Promise<number | null> {
    try {
      return (await fs.stat(this.pathOf(file))).size;
    } catch {
      return null;
    }
  }

  async remove(file: string): Promise<void> {
    await fs.rm(this.pathOf(file), { force: true });
  }
}

/** A new file's directory entry is durable only once the directory itself is synced. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(n % 1024 ** 3 === 0 ? 0 : 1)} GiB`;
  if (n >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(n % 1024 ** 2 === 0 ? 0 : 1)} MiB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KiB`;
  return `${n} bytes`;
}
