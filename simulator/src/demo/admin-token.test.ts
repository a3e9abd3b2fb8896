import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/support/process';
import { DEMO_TOKEN_FILE, demoAdminToken } from './admin-token';

describe('demoAdminToken', () => {
  let dir: string;
  beforeEach(async () => {
    dir = path.join(await tempDir('token'), 'data');
  });
  afterEach(() => fs.rm(path.dirname(dir), { recursive: true, force: true }));

  it('makes a token once, readable by the owner only, and reuses it', async () => {
    const token = await demoAdminToken(dir);
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const file = path.join(dir, DEMO_TOKEN_FILE);
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
    expect(await demoAdminToken(dir)).toBe(token);
  });

  it('refuses a file that holds no usable token rather than overwrite it', async () => {
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path.join(dir, DEMO_TOKEN_FILE), 'short\n');
    await expect(demoAdminToken(dir)).rejects.toThrow(/no usable token/);
  });
});
