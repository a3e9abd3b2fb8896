import { describe, expect, it } from 'vitest';
import { type CertificateNames, namesCover } from './host-names';

const names = (dns: string[], ip: string[] = [], cn: string | null = null): CertificateNames => ({
  dnsNames: dns,
  ipAddresses: ip,
  commonName: cn,
});

describe('whether a certificate names the host (RFC 6125 §6.4)', () => {
  it.each([
    ['exact name, any case', names(['Print.Example.com']), 'print.example.COM', true],
    ['trailing dot', names(['print.example.com.']), 'print.example.com', true],
    ['another name', names(['print.example.com']), 'scan.example.com', false],
    ['wildcard, one label', names(['*.example.com']), 'print.example.com', true],
    ['wildcard, not the bare domain', names(['*.example.com']), 'example.com', false],
    ['wildcard, not two labels', names(['*.example.com']), 'a.print.example.com', false],
    ['wildcard on a public suffix alone', names(['*.com']), 'example.com', false],
    ['partial-label wildcard is not one', names(['p*.example.com']), 'print.example.com', false],
    ['CN when there is no dNSName', names([], [], 'print.example.com'), 'print.example.com', true],
    [
      'CN ignored once there is a dNSName',
      names(['scan.example.com'], [], 'print.example.com'),
      'print.example.com',
      false,
    ],
    ['IPv4 against iPAddress', names([], ['10.0.0.5']), '10.0.0.5', true],
    ['IPv4 never against a dNSName', names(['10.0.0.5']), '10.0.0.5', false],
    ['IPv4 never against the CN', names([], [], '10.0.0.5'), '10.0.0.5', false],
    ['IPv6 in another spelling', names([], ['::1']), '0:0:0:0:0:0:0:1', true],
  ])('%s', (_, certificate, host, covered) => {
    expect(namesCover(certificate, host)).toBe(covered);
  });
});
