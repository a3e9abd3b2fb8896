import { randomUUID } from 'node:crypto';
import {
  constants,
  createReadStream,
  fdatasync,
  close as fsClose,
  fsync,
  open,
  type ReadStream,
  writev,
} from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
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

// The callback forms on plain descriptors: a document is written on every job, and the promise API's
// FileHandle objects cost about a third more CPU per document (BENCHMARKS.md, ingest).
const openFd = promisify(open);
const writevFd = promisify(writev);
const fdatasyncFd = promisify(fdatasync);
const fsyncFd = promisify(fsync);
const closeFd = promisify(fsClose);

const NEW_FILE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL;
/**
 * A document that arrived whole is written with one `writev` on a descriptor opened `O_DSYNC`: the write
 * returns once the data (and the size that finds it) is on disk, as a write then `fdatasync` would,
 * one step fewer. Where the flag does not exist the file is synced after the write.
 */
const O_DSYNC: number | undefined = constants.O_DSYNC;

/**
 * The document store: one file per job under `DATA_DIR/spool/<shard>/`, 256 shards so no directory
 * grows too large. A document is streamed to disk as it arrives and synced (file and directory) before
 * `write` resolves, so a job acknowledged to a client survives a crash.
 */
export class Spool {
  /**
   * Shard directories known to exist, each with a descriptor kept open for syncing it after every new
   * document (made and synced once, not opened and closed on every document).
   */
  private readonly shards = new Map<string, Promise<number>>();
  private readonly abandoned: Promise<number>[] = [];
  /** Documents being written now, for `close` to wait for. */
  private readonly writing = new Set<Promise<Spooled>>();
  private closing = false;

  private constructor(readonly dir: string) {}

  static async open(dataDir: string): Promise<Spool> {
    const dir = path.join(dataDir, 'spool');
    await fs.mkdir(dir, { recursive: true, mode: 0o700 });
    return new Spool(dir);
  }

  pathOf(file: string): string {
    return path.join(this.dir, file);
  }

  /**
   * Writes a document from its chunks; refuses (and removes) one larger than `maxBytes`. A small
   * document is kept in memory until it has all arrived and then written and synced at once; a larger
   * one is written in batches as it arrives and synced at the end.
   */
  write(chunks: AsyncIterable<Buffer>, maxBytes: number): Promise<Spooled> {
    if (this.closing) {
      return Promise.reject(
        new AppError('internal-error', 'The server is stopping: send the document again.'),
      );
    }
    const writing = this.writeDocument(chunks, maxBytes);
    this.writing.add(writing);
    const done = () => this.writing.delete(writing);
    writing.then(done, done);
    return writing;
  }

  private async writeDocument(chunks: AsyncIterable<Buffer>, maxBytes: number): Promise<Spooled> {
    const id = randomUUID();
    const shard = id.slice(0, 2);
    const file = `${shard}/${id}`;
    const full = this.pathOf(file);
    let fd: number | null = null;
    let size = 0;
    let head = Buffer.alloc(0);
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const flush = async (): Promise<void> => {
      if (pendingBytes === 0) return;
      const batch = pending;
      pending = [];
      pendingBytes = 0;
      fd ??= await this.create(shard, full, NEW_FILE);
      await writevFd(fd, batch);
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
      let bytes: Buffer | null = null;
      if (fd === null) {
        // Never needed an early write: whole in memory, kept for the page count.
        bytes = Buffer.concat(pending, pendingBytes);
        pending = [bytes];
        fd = await this.create(shard, full, NEW_FILE | (O_DSYNC ?? 0));
        await flush();
        if (O_DSYNC === undefined) await fdatasyncFd(fd);
      } else {
        await flush();
        await fsyncFd(fd);
      }
      const written = fd;
      fd = null;
      await closeFd(written);
      await this.syncShard(shard);
      return { file, size, head, bytes };
    } catch (error) {
      if (fd !== null) await closeFd(fd).catch(() => undefined);
      await fs.rm(full, { force: true });
      throw isDiskFull(error)
        ? new AppError(
            'storage-full',
            'The print server’s disk is full: the document was not kept. Try again later.',
            {
              cause: error,
            },
          )
        : error;
    }
  }

  /** Opens a new document file, making its shard directory the first time (or again, if it went). */
  private async create(shard: string, full: string, flags: number): Promise<number> {
    if (this.shards.has(shard)) {
      try {
        return await openFd(full, flags, 0o600);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        this.forget(shard);
      }
    }
    // A shard made now is itself a new entry of the spool directory: durable only once that is synced.
    if (await fs.mkdir(path.dirname(full), { recursive: true, mode: 0o700 })) await syncDirectory(this.dir);
    if (!this.shards.has(shard)) {
      const opened = openFd(path.dirname(full), constants.O_RDONLY);
      this.shards.set(shard, opened);
      opened.catch(() => this.shards.delete(shard));
    }
    return openFd(full, flags, 0o600);
  }

  /** A new file's directory entry is durable only once its directory is synced. */
  private async syncShard(shard: string): Promise<void> {
    const dir = this.shards.get(shard);
    if (dir) await fsyncFd(await dir);
    else await syncDirectory(path.join(this.dir, shard));
  }

  /**
   * A shard directory that went (removed by hand): its descriptor names a directory no longer there, so
   * the shard is made and opened again. The old descriptor is left open rather than closed under a
   * document still syncing through it (its number could be reused by the next file opened): one
   * descriptor, until `close`, each time someone deletes a shard directory by hand.
   */
  private forget(shard: string): void {
    const dir = this.shards.get(shard);
    this.shards.delete(shard);
    if (dir) this.abandoned.push(dir);
  }

  /**
   * Refuses new documents, waits for those being written (the server has closed their connections by
   * then, so each ends one way or the other), then closes the shard directories' descriptors: never
   * under a document still syncing through one.
   */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.allSettled([...this.writing]);
    const open = [...this.shards.values(), ...this.abandoned.splice(0)];
    this.shards.clear();
    await Promise.all(open.map((dir) => dir.then(closeFd).catch(() => undefined)));
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

/** No room left on the disk (or in the user's quota on it): the spool, or SQLite beside it. */
export function isDiskFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL';
}
