import { X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkPair, type PairInput, type PairProblem } from './check-pair';
import { describeCertificate } from './describe-certificate';
import { csrFor, encryptedKey, hasOpenssl, issue, opensslEc, rsaKeys } from './test-certificates';

const DAY = 86_400_000;
const now = new Date();
const keys = rsaKeys();
const good = issue({ keys, names: ['quire.test', '10.1.2.3'] });

const check = (o: Partial<PairInput>) =>
  checkPair({ certificate: good.certificatePem, key: good.keyPem, hostName: 'quire.test', now, ...o });

/** Expects a refusal of kind `problem` whose reason contains every one of `words`. */
function refused(o: Partial<PairInput>, problem: PairProblem, ...words: (string | RegExp)[]): string {
  const result = check(o);
  if (result.ok) expect.fail(`accepted, expected ${problem}`);
  expect(result.problem).toBe(problem);
  for (const w of words) expect(result.reason).toMatch(w);
  return result.reason;
}

describe('a certificate and key checked before use', () => {
  it('accepts a good pair and says what it is', () => {
    const result = check({});
    if (!result.ok) expect.fail(result.reason);
    const info = describeCertificate(result.pair.leaf, result.pair.chain, now);
    expect(info).toMatchObject({
      subject: 'CN=quire.test',
      dnsNames: ['quire.test'],
      ipAddresses: ['10.1.2.3'],
      selfSigned: true,
      key: { type: 'rsa', bits: 2048, curve: null },
      signatureAlgorithm: 'sha256WithRSAEncryption',
      chainLength: 0,
      warnings: [],
    });
    expect(info.fingerprintSha256).toBe(new X509Certificate(good.certificatePem).fingerprint256);
    expect(info.notAfter).toBe(good.cert.validity.notAfter.toISOString().replace(/\.\d+Z$/, '.000Z'));
    expect(result.pair.keyPem).toContain('-----BEGIN RSA PRIVATE KEY-----');
  });

  it('refuses a key that does not belong to the certificate', () => {
    const other = rsaKeys(1024);
    const { keyPem } = issue({ keys: other });
    refused(
      { key: keyPem },
      'key-mismatch',
      "The private key does not match the certificate: the certificate's public key was not made from this key.",
    );
  });

  it('refuses an expired certificate and says when it ended', () => {
    const old = issue({
      keys,
      notBefore: new Date('2020-01-01T00:00:00Z'),
      notAfter: new Date('2021-06-30T12:00:00Z'),
    });
    refused(
      { certificate: old.certificatePem },
      'expired',
      'The certificate expired on 2021-06-30 12:00 UTC (it was valid from 2020-01-01 00:00 UTC to 2021-06-30 12:00 UTC).',
    );
  });

  it('refuses a certificate that is not valid yet and says from when', () => {
    const soon = issue({
      keys,
      notBefore: new Date('2090-03-01T08:30:00Z'),
      notAfter: new Date('2091-03-01T08:30:00Z'),
    });
    refused(
      { certificate: soon.certificatePem },
      'not-yet-valid',
      'The certificate is not valid yet: it becomes valid on 2090-03-01 08:30 UTC',
    );
  });

  it('refuses a certificate for another host name and names both', () => {
    const elsewhere = issue({ keys, names: ['print.example.com', '*.example.org'] });
    refused(
      { certificate: elsewhere.certificatePem },
      'wrong-host',
      'The certificate is for print.example.com, *.example.org, not for quire.test',
    );
    // The host name in the body replaces the configured one.
    expect(check({ certificate: elsewhere.certificatePem, hostName: 'queue.example.org' }).ok).toBe(true);
    expect(check({ hostName: '10.1.2.3' }).ok).toBe(true);
    refused({ hostName: '10.1.2.4' }, 'wrong-host', 'not for 10.1.2.4');
  });

  it('refuses a garbage file, and PEM armour around garbage', () => {
    refused({ certificate: 'hello, this is not a certificate \u0000\u0001' }, 'not-pem', 'not in PEM form');
    const junk = '-----BEGIN CERTIFICATE-----\nTm90IGEgY2VydGlmaWNhdGUgYXQgYWxs\n-----END CERTIFICATE-----\n';
    refused(
      { certificate: junk },
      'not-a-certificate',
      /^The certificate cannot be used: its bytes are not DER/,
    );
    refused({ key: 'garbage' }, 'not-pem', 'The key is not in PEM form');
  });

  it('refuses a certificate signing request with what to do instead', () => {
    refused(
      { certificate: csrFor(keys) },
      'csr',
      'This is a certificate signing request (CSR), not a certificate: send it to your certificate authority',
    );
  });

  it('refuses a certificate without a key and a key without a certificate', () => {
    refused({ key: '' }, 'no-key', 'A certificate without its private key');
    refused({ certificate: '' }, 'no-certificate', 'A private key without a certificate');
    refused(
      { certificate: good.keyPem, key: '' },
      'no-certificate',
      'The certificate field holds a private key',
    );
    refused({ key: good.certificatePem }, 'no-key', 'The key field holds a certificate, not a private key.');
    refused({ certificate: '', key: '' }, 'no-certificate', 'Nothing was sent');
  });

  it('takes a file holding both the certificate and the key', () => {
    expect(check({ certificate: good.certificatePem + good.keyPem, key: '' }).ok).toBe(true);
  });

  it.each([
    ['PKCS#8', false],
    ['legacy Proc-Type', true],
  ])('refuses an encrypted key (%s) without its passphrase, and opens it with one', (_, legacy) => {
    const locked = encryptedKey(keys, 'correct horse', legacy);
    refused({ key: locked }, 'encrypted-key', 'The private key is encrypted with a passphrase');
    refused(
      { key: locked, passphrase: 'wrong' },
      'wrong-passphrase',
      'The passphrase does not open the private key.',
    );
    const opened = check({ key: locked, passphrase: 'correct horse' });
    if (!opened.ok) expect.fail(opened.reason);
    expect(opened.pair.keyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(opened.pair.keyPem).not.toContain('ENCRYPTED');
  });

  it('accepts a chain and tells when the key belongs to a later certificate', () => {
    const ca = issue({ names: [], commonName: 'Quire Test CA', ca: true });
    const leaf = issue({ keys, issuer: ca });
    const ok = check({ certificate: leaf.certificatePem + ca.certificatePem });
    if (!ok.ok) expect.fail(ok.reason);
    const info = describeCertificate(ok.pair.leaf, ok.pair.chain, now);
    expect(info).toMatchObject({
      issuer: 'CN=Quire Test CA',
      selfSigned: false,
      chainLength: 1,
      warnings: [],
    });

    refused(
      { certificate: ca.certificatePem + leaf.certificatePem },
      'key-mismatch',
      "The private key belongs to certificate 2 in the file (CN=quire.test), not to the first: put the server's own certificate first.",
    );
  });

  it('warns, without refusing, of a certificate ending within 30 days, SHA-1 and a short RSA key', () => {
    const small = rsaKeys(1024);
    const weak = issue({
      keys: small,
      hash: 'sha1',
      notAfter: new Date(now.getTime() + 10 * DAY + 3600_000),
    });
    const result = check({ certificate: weak.certificatePem, key: weak.keyPem });
    if (!result.ok) expect.fail(result.reason);
    expect(describeCertificate(result.pair.leaf, [], now).warnings).toEqual([
      expect.stringMatching(/^It expires in 10 days, on \d{4}-\d\d-\d\d \d\d:\d\d UTC: renew it soon\.$/),
      'It is signed with sha1WithRSAEncryption, which browsers no longer trust: have it reissued.',
      'Its RSA key has only 1024 bits; many clients refuse under 2048.',
    ]);
    // Read again later, once it has ended, it says so.
    const later = new Date(now.getTime() + 11 * DAY);
    expect(describeCertificate(result.pair.leaf, [], later).warnings[0]).toMatch(/^It expired on /);
  });

  it.skipIf(!hasOpenssl())(
    'reads an EC certificate and key made by openssl, and refuses one mixed with RSA',
    () => {
      const ec = opensslEc(['quire.test']);
      // openssl dates it this very second, after the module's `now`.
      const result = check({ certificate: ec.certificatePem, key: ec.keyPem, now: new Date() });
      if (!result.ok) expect.fail(result.reason);
      const info = describeCertificate(result.pair.leaf, [], now);
      expect(info).toMatchObject({
        key: { type: 'ec', bits: 256, curve: 'P-256' },
        signatureAlgorithm: 'ecdsa-with-SHA256',
      });
      expect(info.fingerprintSha256).toBe(new X509Certificate(ec.certificatePem).fingerprint256);
      refused(
        { certificate: ec.certificatePem },
        'key-mismatch',
        'it is an RSA key and the certificate holds an EC key',
      );
      const otherEcKey = opensslEc(['quire.test']).keyPem;
      refused(
        { certificate: ec.certificatePem, key: otherEcKey },
        'key-mismatch',
        'was not made from this key',
      );
    },
  );
});
