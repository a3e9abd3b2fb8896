import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TlsStore } from './tls-store';

let dir: string;
beforeEach(async () => {
  dir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'quire-tls-store-')), 'tls');
});
afterEach(async () => {
  await fs.rm(path.dirname(dir), { recursive: true, force: true });
});

const A = { certificatePem: 'cert A\n', keyPem: 'key A\n' };
const B = { certificatePem: 'cert B\n', keyPem: 'key B\n' };
const C = { certificatePem: 'cert C\n', keyPem: 'key C\n' };

describe('the installed pair on disk', () => {
  it('writes cert.pem and key.pem with mode 0600 and keeps the pair before as .previous', async () => {
    const store = new TlsStore(dir);
    expect(await store.open()).toBeNull();
    await store.write(A);
    await store.write(B);
    expect(await store.open()).toEqual(B);
    expect(await store.previous()).toEqual(A);
    for (const f of ['cert.pem', 'key.pem', 'cert.pem.previous', 'key.pem.previous'])
      expect(((await fs.stat(path.join(dir, f))).mode & 0o777).toString(8)).toBe('600');
    expect((await fs.stat(dir)).mode & 0o777).toBe(0o700);
    expect((await fs.readdir(dir)).sort()).toEqual([
      'cert.pem',
      'cert.pem.previous',
      'key.pem',
      'key.pem.previous',
    ]);
  });

  it('drops a pair whose writing a crash interrupted', async () => {
    const store = new TlsStore(dir);
    await store.write(A);
    await fs.mkdir(path.join(dir, 'next.tmp'));
    await fs.writeFile(path.join(dir, 'next.tmp', 'key.pem'), 'half of');
    expect(await new TlsStore(dir).open()).toEqual(A);
    expect(await fs.readdir(dir)).not.toContain('next.tmp');
  });

  it('finishes a committed install a crash cut between the key and the certificate', async () => {
    const store = new TlsStore(dir);
    await store.write(A);
    await store.write(B);
    // The crash: C committed, its key already moved in (B's key now .previous), its certificate not.
    await fs.mkdir(path.join(dir, 'next'));
    await fs.writeFile(path.join(dir, 'next', 'cert.pem'), C.certificatePem);
    await fs.rename(path.join(dir, 'key.pem'), path.join(dir, 'key.pem.previous'));
    await fs.writeFile(path.join(dir, 'key.pem'), C.keyPem);
    expect(await new TlsStore(dir).open()).toEqual(C);
    expect(await store.previous()).toEqual(B);
  });

  it('finishes an install a crash cut after the current key became .previous', async () => {
    const store = new TlsStore(dir);
    await store.write(A);
    await fs.mkdir(path.join(dir, 'next'));
    await fs.writeFile(path.join(dir, 'next', 'cert.pem'), B.certificatePem);
    await fs.writeFile(path.join(dir, 'next', 'key.pem'), B.keyPem);
    await fs.rename(path.join(dir, 'key.pem'), path.join(dir, 'key.pem.previous'));
    expect(await new TlsStore(dir).open()).toEqual(B);
    expect(await store.previous()).toEqual(A);
  });
});
