import { isIP } from 'node:net';

/** The names a certificate is valid for: subjectAltName entries, and the subject's CN. */
export interface CertificateNames {
  dnsNames: readonly string[];
  ipAddresses: readonly string[];
  commonName: string | null;
}

/**
 * Whether a certificate's names cover `host`, as a TLS client checks (RFC 6125 §6.4, RFC 9110 §4.3.4):
 * an IP address only against iPAddress entries; a host name against dNSName entries, case-insensitive,
 * with `*` allowed only as the whole left-most label (`*.example.com` covers `a.example.com`, not
 * `example.com` nor `a.b.example.com`); the CN is used only when there is no dNSName at all.
 */
export function namesCover(names: CertificateNames, host: string): boolean {
  if (isIP(host) !== 0) {
    const ip = canonicalIp(host);
    return names.ipAddresses.some((a) => canonicalIp(a) === ip);
  }
  const wanted = dnsForm(host);
  const dns = names.dnsNames.length > 0 ? names.dnsNames : names.commonName ? [names.commonName] : [];
  return dns.some((pattern) => dnsMatches(dnsForm(pattern), wanted));
}

/** Lists the names in words, for a refusal: `print.example.com, 10.0.0.5`. */
export function namesInWords(names: CertificateNames): string {
  const all = [...names.dnsNames, ...names.ipAddresses];
  if (all.length === 0 && names.commonName) all.push(names.commonName);
  return all.length === 0 ? 'no name at all' : all.join(', ');
}

const dnsForm = (name: string): string => name.trim().toLowerCase().replace(/\.$/, '');

function dnsMatches(pattern: string, host: string): boolean {
  if (!pattern.startsWith('*.')) return pattern === host;
  const suffix = pattern.slice(1); // ".example.com"
  // A wildcard never covers a public suffix alone: `*.com` is refused by every browser.
  if (suffix.split('.').length < 3) return false;
  if (!host.endsWith(suffix)) return false;
  const label = host.slice(0, -suffix.length);
  return label.length > 0 && !label.includes('.');
}

/** `::1`, `0:0::1` and `0000::0001` are one address: compare them as the URL parser writes them. */
export function canonicalIp(ip: string): string {
  const bare = ip.replace(/^\[|\]$/g, '');
  return isIP(bare) === 6 ? new URL(`http://[${bare}]/`).hostname : bare;
}
