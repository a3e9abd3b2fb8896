import { X509Certificate } from 'node:crypto';
import fs from 'node:fs/promises';
import { type ErrorBody, SESSION_COOKIE, type SecurityState, securityStateSchema } from '@quire/protocol';
import { A, decodeIpp, encodeIpp, GroupTag, groupOf, Operation } from '@quire/protocol/ipp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  csrFor,
  encryptedKey,
  type Issued,
  issue,
  rsaKeys,
} from '../../release-server/src/adapters/tls/test-certificates';
import { run, tempDir } from '../support/process';
import { importCsv, USERS_CSV } from '../support/seed';
import { ADMIN_TOKEN } from '../support/server';
import { httpsRequest, servedCertificate, startTlsTestServer, type TlsTestServer } from '../support/tls';
import { WebClient } from '../support/web-client';

/**
 * Issue 5, Security: the real server with HTTPS on (TLS_PORT=0, TLS_HOST_NAME=quire.test). Certificates
 * are uploaded through the admin API and checked from the outside with Node's TLS client, an HTTPS IPP
 * request and CUPS's ipptool over `ipps://`. The tests run in order and build on each other.
 */

const HOST = 'quire.test';
let server: TlsTestServer;
let dataDir: string;
let ca: Issued;
let uploaded: Issued;

const put = (body: unknown) =>
  server.admin('/security/certificate', {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const served = () => servedCertificate(server.httpsPort, { servername: HOST });
const fingerprintOf = (pem: string) => new X509Certificate(pem).fingerprint256;

beforeAll(async () => {
  dataDir = await tempDir('tls');
  server = await startTlsTestServer({}, dataDir);
  ca = issue({ names: [], commonName: 'Quire Test CA', ca: true });
});

afterAll(async () => {
  await server?.stop();
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
});

describe('HTTPS next to HTTP', () => {
  it('starts with a self-signed certificate for the host name, and says so', async () => {
    const res = await server.admin('/security/certificate');
    expect(res.status).toBe(200);
    const state = securityStateSchema.parse(await res.json());
    expect(state).toMatchObject({ hostName: HOST, httpsPort: server.httpsPort });
    expect(state.certificate).toMatchObject({
      selfSigned: true,
      dnsNames: [HOST],
      key: { type: 'rsa', bits: 2048 },
    });
    expect((await served()).fingerprint256).toBe(state.certificate!.fingerprintSha256);
    expect((await fs.stat(`${dataDir}/tls/key.pem`)).mode & 0o777).toBe(0o600);
    // HTTP stays.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('serves an uploaded certificate to new connections at once, without a restart', async () => {
    const pid = server.process.child.pid;
    uploaded = issue({ keys: rsaKeys(), names: [HOST], issuer: ca });
    const res = await put({ certificate: uploaded.certificatePem + ca.certificatePem, key: uploaded.keyPem });
    const text = await res.text();
    expect(res.status, text).toBe(200);
    const state: SecurityState = securityStateSchema.parse(JSON.parse(text));
    expect(state.certificate).toMatchObject({
      issuer: 'CN=Quire Test CA',
      selfSigned: false,
      chainLength: 1,
      fingerprintSha256: fingerprintOf(uploaded.certificatePem),
      warnings: [],
    });
    expect(text).not.toContain('PRIVATE KEY');

    // Verified against the CA alone, for the name quire.test: the chain and the name are right.
    const seen = await servedCertificate(server.httpsPort, { servername: HOST, ca: [ca.certificatePem] });
    expect(seen.fingerprint256).toBe(fingerprintOf(uploaded.certificatePem));
    expect(server.process.child.pid).toBe(pid);
    expect(server.process.child.exitCode).toBeNull();
  });

  it('answers IPP over HTTPS (ipps://): Get-Printer-Attributes from Node and from ipptool', async () => {
    const request = encodeIpp({
      version: { major: 2, minor: 0 },
      code: Operation.GetPrinterAttributes,
      requestId: 1,
      groups: [
        {
          tag: GroupTag.operation,
          attributes: [
            A.charset('attributes-charset', 'utf-8'),
            A.naturalLanguage('attributes-natural-language', 'en'),
            A.uri('printer-uri', `ipps://${HOST}:${server.httpsPort}/ipp/print`),
          ],
        },
      ],
    });
    const res = await httpsRequest(`${server.httpsUrl}/ipp/print`, {
      ca: [ca.certificatePem],
      servername: HOST,
      method: 'POST',
      headers: { 'content-type': 'application/ipp' },
      body: request,
    });
    expect(res.status).toBe(200);
    const { message } = decodeIpp(res.body);
    expect(message.code).toBe(0);
    expect(groupOf(message, GroupTag.printer).get('printer-name')).toBeDefined();

    // CUPS's client does not check the certificate by default; the point is the TLS and IPP exchange.
    const ipptool = await run('ipptool', [
      '-tv',
      `ipps://127.0.0.1:${server.httpsPort}/ipp/print`,
      'get-printer-attributes.test',
    ]);
    expect(ipptool.code, ipptool.stdout + ipptool.stderr).toBe(0);
    expect(ipptool.stdout).toContain('[PASS]');
  });

  it('serves the admin API over HTTPS too, and marks the session cookie Secure there', async () => {
    const res = await httpsRequest(`${server.httpsUrl}/api/admin/security/certificate`, {
      ca: [ca.certificatePem],
      servername: HOST,
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body.toString()).certificate.fingerprintSha256).toBe(
      fingerprintOf(uploaded.certificatePem),
    );

    const admin = new WebClient(server.url);
    expect(
      (await admin.setup({ email: 'root@example.com', password: 'root-password-42', name: 'Root' })).status,
    ).toBe(201);
    const login = await httpsRequest(`${server.httpsUrl}/api/auth/login`, {
      ca: [ca.certificatePem],
      servername: HOST,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'root@example.com', password: 'root-password-42' }),
    });
    expect(login.status).toBe(200);
    const cookie = (login.headers['set-cookie'] ?? []).find((l) => l.startsWith(`${SESSION_COOKIE}=`));
    expect(cookie).toMatch(/; Secure/i);
    // Over plain HTTP it is not (the browser would never send it back there).
    expect(admin.sessionSetCookie()).not.toMatch(/; Secure/i);
  });
});

describe('a bad upload changes nothing', () => {
  const keys = rsaKeys(1024);
  const cases: [string, () => Record<string, string>, string][] = [
    [
      'a key that does not match',
      () => ({ certificate: uploaded.certificatePem, key: issue({ keys }).keyPem }),
      'The private key does not match the certificate',
    ],
    [
      'an expired certificate',
      () => {
        const old = issue({
          keys,
          notBefore: new Date('2021-01-01T00:00:00Z'),
          notAfter: new Date('2022-01-01T00:00:00Z'),
        });
        return { certificate: old.certificatePem, key: old.keyPem };
      },
      'The certificate expired on 2022-01-01 00:00 UTC (it was valid from 2021-01-01 00:00 UTC to 2022-01-01 00:00 UTC).',
    ],
    [
      'a certificate for another host',
      () => {
        const other = issue({ keys, names: ['print.example.com'] });
        return { certificate: other.certificatePem, key: other.keyPem };
      },
      'The certificate is for print.example.com, not for quire.test',
    ],
    [
      'a garbage file',
      () => ({ certificate: '\u0089PNG not a certificate', key: 'nor a key' }),
      'The certificate is not in PEM form',
    ],
    [
      'a certificate signing request',
      () => ({ certificate: csrFor(keys), key: issue({ keys }).keyPem }),
      'This is a certificate signing request (CSR), not a certificate',
    ],
    [
      'an encrypted key without its passphrase',
      () => ({ certificate: uploaded.certificatePem, key: encryptedKey(uploaded.keys, 'secret') }),
      'The private key is encrypted with a passphrase',
    ],
    [
      'a certificate without a key',
      () => ({ certificate: uploaded.certificatePem, key: '' }),
      'A certificate without its private key',
    ],
  ];

  it.each(cases)(
    'refuses %s with a reason, and keeps serving the certificate before',
    async (_, body, words) => {
      const res = await put(body());
      expect(res.status).toBe(400);
      const error = (await res.json()) as ErrorBody;
      expect(error.code).toBe('bad-request');
      expect(error.message).toContain(words);
      expect((await served()).fingerprint256).toBe(fingerprintOf(uploaded.certificatePem));
    },
  );

  it('refuses a body that is not the upload shape, naming the field', async () => {
    const res = await put({ certificate: 42, key: '' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).message).toMatch(/^certificate: /);
  });
});

describe('roles and the rest of the section', () => {
  it('lets helpdesk see the certificate but neither upload nor generate one', async () => {
    const admin = new WebClient(server.url);
    expect((await admin.login('root@example.com', 'root-password-42')).status).toBe(200);
    const header = USERS_CSV.split('\n')[0]!;
    await importCsv(server, 'users', `${header}\nhugo@example.com,CREATE,hugo-secret-1,Hugo,,,,,,,\n`);
    const made = await admin.fetch('/api/admin/users/hugo@example.com/role', {
      method: 'PUT',
      json: { role: 'helpdesk' },
    });
    expect(made.status).toBe(200);

    const hugo = new WebClient(server.url);
    expect((await hugo.login('hugo@example.com', 'hugo-secret-1')).status).toBe(200);
    expect((await hugo.fetch('/api/admin/security/certificate')).status).toBe(200);
    const good = issue({ keys: uploaded.keys, names: [HOST] });
    const upload = await hugo.fetch('/api/admin/security/certificate', {
      method: 'PUT',
      json: { certificate: good.certificatePem, key: good.keyPem },
    });
    expect(upload.status).toBe(403);
    expect(((await upload.json()) as ErrorBody).code).toBe('forbidden');
    const generate = await hugo.fetch('/api/admin/security/self-signed', { method: 'POST', json: {} });
    expect(generate.status).toBe(403);
    expect((await served()).fingerprint256).toBe(fingerprintOf(uploaded.certificatePem));

    // An administrator signed in through the web may (CSRF token and all); the audit log names it.
    const byAdmin = await admin.fetch('/api/admin/security/certificate', {
      method: 'PUT',
      json: { certificate: good.certificatePem, key: good.keyPem },
    });
    expect(byAdmin.status, await byAdmin.clone().text()).toBe(200);
    uploaded = good;
    expect((await served()).fingerprint256).toBe(fingerprintOf(good.certificatePem));
    const audit = await (await admin.fetch('/api/admin/audit?limit=1')).text();
    expect(audit).toContain('PUT /api/admin/security/certificate');
    expect(audit).toContain(fingerprintOf(good.certificatePem));
    expect(audit).not.toContain('PRIVATE KEY');
  });

  it('generates a self-signed certificate for an address, and serves it at once', async () => {
    const res = await server.admin('/security/self-signed', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ hostName: '127.0.0.1', days: 90 }),
    });
    expect(res.status).toBe(201);
    const state = securityStateSchema.parse(await res.json());
    expect(state.certificate).toMatchObject({ selfSigned: true, ipAddresses: ['127.0.0.1'], dnsNames: [] });
    const seen = await served();
    expect(seen.fingerprint256).toBe(state.certificate!.fingerprintSha256);
    // The pair before is kept beside it.
    const previous = await fs.readFile(`${dataDir}/tls/cert.pem.previous`, 'utf8');
    expect(fingerprintOf(previous)).toBe(fingerprintOf(uploaded.certificatePem));
  });

  it('serves the installed certificate again after a restart', async () => {
    const before = await served();
    await server.stop();
    server = await startTlsTestServer({}, dataDir);
    expect((await served()).fingerprint256).toBe(before.fingerprint256);
    expect(server.process.output()).not.toContain('tls certificate installed');
  });
});
