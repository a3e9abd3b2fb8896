import type { CertificateInfo, SecurityState } from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import { certificateNames, changeText } from './certificate-change';
import { securityWords } from './words';

const cert = (o: Partial<CertificateInfo>): CertificateInfo => ({
  subject: 'CN=print.example.com',
  issuer: 'CN=Example CA',
  dnsNames: ['print.example.com'],
  ipAddresses: [],
  commonName: 'print.example.com',
  notBefore: '2025-01-01T00:00:00.000Z',
  notAfter: '2027-01-01T00:00:00.000Z',
  fingerprintSha256: 'AA:BB',
  serialNumber: '01',
  selfSigned: false,
  key: { type: 'rsa', bits: 2048, curve: null },
  signatureAlgorithm: 'sha256WithRSAEncryption',
  chainLength: 0,
  warnings: [],
  ...o,
});
const state = (c: CertificateInfo | null, httpsPort: number | null = 8443): SecurityState => ({
  certificate: c,
  hostName: 'print.example.com',
  httpsPort,
});
const w = securityWords.en;
const day = (iso: string) => iso.slice(0, 10);

describe('certificateNames', () => {
  it.each([
    [{}, ['print.example.com']],
    [{ dnsNames: ['a.example.com'], ipAddresses: ['10.0.0.5'] }, ['a.example.com', '10.0.0.5']],
    [{ dnsNames: [], commonName: 'old.example.com' }, ['old.example.com']],
    [{ dnsNames: [], commonName: null }, []],
  ] as const)('%j names %j', (o, names) => {
    expect(certificateNames(cert(o as Partial<CertificateInfo>))).toEqual(names);
  });
});

describe('changeText', () => {
  it('says what was installed where there was nothing, and that HTTPS serves it', () => {
    expect(changeText(null, state(cert({})), w, day)).toBe(
      'Installed: the certificate for print.example.com, valid until 2027-01-01. HTTPS uses it for new connections now.',
    );
  });

  it('names the certificate it replaced, and says HTTPS is off when it is', () => {
    const before = cert({ fingerprintSha256: 'CC:DD', dnsNames: ['old.example.com'] });
    expect(changeText(before, state(cert({}), null), w, day)).toBe(
      'Installed: the certificate for print.example.com, valid until 2027-01-01. It replaces the one for old.example.com. HTTPS is off; it will be used once it is on.',
    );
  });

  it('says nothing changed when the same certificate is sent again', () => {
    expect(changeText(cert({}), state(cert({})), w, day)).toBe(
      'This certificate was already installed: nothing changed.',
    );
  });

  it('falls back on the subject for a certificate that names no host', () => {
    const none = cert({ dnsNames: [], commonName: null, subject: 'O=Example' });
    expect(changeText(null, state(none), w, day)).toMatch(/^Installed: the certificate for O=Example,/);
  });
});
