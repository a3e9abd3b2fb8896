import fs from 'node:fs/promises';
import path from 'node:path';

/** A certificate (with its chain) and its private key, as PEM text. */
export interface StoredPair {
  certificatePem: string;
  keyPem: string;
}

const FILES = { certificatePem: 'cert.pem', keyPem: 'key.pem' } as const;
/** Written file by file; a crash here leaves a half-written pair that is simply thrown away. */
const WRITING = 'next.tmp';
/** A complete pair waiting to be moved into place: once it exists, the install has happened. */
const STAGED = 'next';

/**
 * The installed TLS pair in `DATA_DIR/tls`: `cert.pem` and `key.pem` (mode 0600), the pair before as
 * `cert.pem.previous` and `key.pem.previous`. Two files cannot be renamed at once, so an install is a
 * small journal: both files are written and synced in `next.tmp/`, which is renamed to `next/` (the
 * commit point), and then each file is moved into place, the current one becoming `.previous`. Opening
 * the store first finishes a move a crash interrupted (every step can be done again) and drops a
 * `next.tmp/` that was never committed, so the server never reads one old file and one new.
 */
export class TlsStore {
  constructor(readonly dir: string) {}

  /** Finishes or drops an install a crash interrupted, then reads the pair; null when none is installed. */
  async open(): Promise<StoredPair | null> {
    await fs.mkdir(this.dir, { recursive: true, mode: 0o700 });
    await fs.rm(path.join(this.dir, WRITING), { recursive: true, force: true });
    await this.moveStaged();
    return this.read('');
  }

  /** The pair installed before the current one, or null. */
  previous(): Promise<StoredPair | null> {
    return this.read('.previous');
  }

  /** Installs a pair durably; the current one becomes `.previous`. Callers run one write at a time. */
  async write(pair: StoredPair): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true, mode: 0o700 });
    await this.moveStaged();
    const writing = path.join(this.dir, WRITING);
    await fs.rm(writing, { recursive: true, force: true });
    await fs.mkdir(writing, { mode: 0o700 });
    for (const [field, file] of Object.entries(FILES)) {
      await writeSynced(path.join(writing, file), pair[field as keyof StoredPair]);
    }
    await syncDirectory(writing);
    await fs.rename(writing, path.join(this.dir, STAGED));
    await syncDirectory(this.dir);
    await this.moveStaged();
  }

  /** Moves a committed pair into place. Every step may be repeated after a crash. */
  private async moveStaged(): Promise<void> {
    const staged = path.join(this.dir, STAGED);
    if (!(await exists(staged))) return;
    for (const file of [FILES.keyPem, FILES.certificatePem]) {
      const from = path.join(staged, file);
      if (!(await exists(from))) continue; // moved before the crash
      const current = path.join(this.dir, file);
      if (await exists(current)) await fs.rename(current, `${current}.previous`);
      await fs.rename(from, current);
    }
    await syncDirectory(staged);
    await syncDirectory(this.dir);
    await fs.rmdir(staged);
    await syncDirectory(this.dir);
  }

  private async read(suffix: string): Promise<StoredPair | null> {
    const [certificatePem, keyPem] = await Promise.all([
      readIfThere(path.join(this.dir, FILES.certificatePem + suffix)),
      readIfThere(path.join(this.dir, FILES.keyPem + suffix)),
    ]);
    if (certificatePem === null && keyPem === null) return null;
    if (certificatePem === null || keyPem === null)
      throw new Error(
        `${path.join(this.dir, (certificatePem === null ? FILES.certificatePem : FILES.keyPem) + suffix)} is missing ` +
          'while its partner is there; install a certificate again.',
      );
    return { certificatePem, keyPem };
  }
}

async function writeSynced(file: string, text: string): Promise<void> {
  const handle = await fs.open(file, 'wx', 0o600);
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** A rename is durable only once the directory holding it is synced. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function exists(p: string): Promise<boolean> {
  return fs.access(p).then(
    () => true,
    () => false,
  );
}

async function readIfThere(file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
