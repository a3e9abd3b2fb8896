import { X509Certificate } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '@quire/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../log';
import { issue, rsaKeys } from './test-certificates';
import { TlsCertificates } from './tls-certificates';
import type { StoredPair } from './tls-store';

let root: string;
let lines: string[];
const open = () =>
  TlsCertificates.open({
    dir: path.join(root, 'tls'),
    hostName: 'quire.test',
    log: createLogger('info', (l) => lines.push(l)),
  });

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'quire-tls-'));
  lines = [];
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

describe('the installed certificate', () => {
  it('starts with none, makes a self-signed one when HTTPS needs it, and reads it again after a restart', async () => {
    const tls = await open();
    expect(tls.state()).toEqual({ certificate: null, hostName: 'quire.test', httpsPort: null });
    const pair = await tls.ensure();
    const x509 = new X509Certificate(pair.certificatePem);
    expect(x509.subjectAltName).toBe('DNS:quire.test');
    expect(x509.checkHost('quire.test')).toBe('quire.test');
    const info = tls.state().certificate!;
    expect(info).toMatchObject({ selfSigned: true, key: { type: 'rsa', bits: 2048 }, warnings: [] });
    expect(info.subject).toBe('CN=quire.test, O=Quire (self-signed)');
    // 825 days, dated five minutes back for clients whose clocks are behind.
    const days = (Date.parse(info.notAfter) - Date.parse(info.notBefore)) / 86_400_000;
    expect(days).toBeCloseTo(825, 2);
    expect(await (await open()).ensure()).toEqual(pair);
    expect(lines.join('')).not.toContain('PRIVATE');
  });

  it('makes one for an IP address with an iPAddress name and the days asked for', async () => {
    const tls = await open();
    const state = await tls.generate({ hostName: '192.168.7.20', days: 30 });
    expect(state.certificate).toMatchObject({ ipAddresses: ['192.168.7.20'], dnsNames: [] });
    expect(state.certificate!.warnings).toEqual([expect.stringMatching(/^It expires in 29 days/)]);
    expect(new X509Certificate(tls.installed()!.certificatePem).checkIP('192.168.7.20')).toBe('192.168.7.20');
  });

  it('installs an upload, tells the listener, and changes nothing when one is refused', async () => {
    const tls = await open();
    const seen: StoredPair[] = [];
    tls.onChange((p) => seen.push(p));
    const good = issue({ keys: rsaKeys() });
    const state = await tls.upload({ certificate: good.certificatePem, key: good.keyPem });
    expect(state.certificate!.fingerprintSha256).toBe(
      new X509Certificate(good.certificatePem).fingerprint256,
    );
    expect(seen).toHaveLength(1);
    expect(seen[0]!.certificatePem.replace(/\r/g, '')).toBe(good.certificatePem.replace(/\r/g, ''));

    const other = issue({ names: ['elsewhere.test'] });
    const refusal = await tls
      .upload({ certificate: other.certificatePem, key: other.keyPem })
      .catch((e) => e);
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal).toMatchObject({
      code: 'bad-request',
      message: expect.stringContaining('not for quire.test'),
    });
    expect(seen).toHaveLength(1);
    expect(tls.state()).toEqual(state);
    expect(await fs.readFile(path.join(root, 'tls', 'cert.pem'), 'utf8')).toBe(seen[0]!.certificatePem);
  });

  it('leaves aside an installed pair that no longer matches, and says so in the log', async () => {
    const tls = await open();
    await tls.ensure();
    await fs.writeFile(path.join(root, 'tls', 'key.pem'), issue({ keys: rsaKeys(1024) }).keyPem);
    const again = await open();
    expect(again.installed()).toBeNull();
    expect(lines.join('')).toMatch(
      /error installed tls certificate unusable .*does not match the certificate/,
    );
  });
});
