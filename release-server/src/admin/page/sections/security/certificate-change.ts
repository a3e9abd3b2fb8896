import type { CertificateInfo, SecurityState } from '@quire/protocol';
import type { SecurityWords } from './words';

/**
 * The names a certificate is for, as a client reads them (RFC 6125 §6.4.4): its subjectAltName entries,
 * else the subject's CN; empty when it names nothing.
 */
export function certificateNames(c: CertificateInfo): string[] {
  const names = [...c.dnsNames, ...c.ipAddresses];
  return names.length > 0 ? names : c.commonName ? [c.commonName] : [];
}

const namesText = (c: CertificateInfo): string => certificateNames(c).join(', ') || c.subject;

/**
 * What an install did, in one or two sentences (issue 5: say what changed): which certificate is now
 * installed and which it replaced, compared by fingerprint, and whether HTTPS serves it already.
 * `date` writes a validity date in the page's language.
 */
export function changeText(
  before: CertificateInfo | null,
  after: SecurityState,
  w: SecurityWords,
  date: (iso: string) => string,
): string {
  const now = after.certificate;
  if (now === null) return '';
  if (before?.fingerprintSha256 === now.fingerprintSha256) return w.done.same;
  const until = date(now.notAfter);
  const what =
    before === null
      ? w.done.installed(namesText(now), until)
      : w.done.replaced(namesText(now), until, namesText(before));
  return `${what} ${after.httpsPort === null ? w.done.httpsOff : w.done.httpsOn}`;
}
