import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/** Where the demo keeps the admin token it made, inside the data directory. */
export const DEMO_TOKEN_FILE = 'demo-admin-token';

/**
 * The admin token of a demo run without ADMIN_TOKEN: made once (192 random bits) and kept in
 * `DATA_DIR/demo-admin-token`, readable by the owner only, so a restart reuses it.
 */
export async function demoAdminToken(dataDir: string): Promise<string> {
  const file = path.join(dataDir, DEMO_TOKEN_FILE);
  const existing = await readToken(file);
  if (existing) return existing;
  await fs.mkdir(dataDir, { recursive: true, mode: 0o700 });
  const token = randomBytes(24).toString('base64url');
  try {
    await fs.writeFile(file, `${token}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Another start wrote it first, or an unreadable file is in the way: use what is there.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const raced = await readToken(file);
    if (!raced)
      throw new Error(`${file} exists but holds no usable token (at least 16 characters); delete it.`);
    return raced;
  }
  return token;
}

async function readToken(file: string): Promise<string | null> {
  try {
    const token = (await fs.readFile(file, 'utf8')).trim();
    if (token.length >= 16) {
      await fs.chmod(file, 0o600);
      return token;
    }
    return null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
