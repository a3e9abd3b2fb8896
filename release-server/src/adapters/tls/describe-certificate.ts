import type { CertificateInfo } from '@quire/protocol';
import { when } from './check-pair';
import type { CertificateFacts } from './read-certificate';

/** A certificate this close to its end is flagged on the admin page. */
export const EXPIRY_WARNING_DAYS = 30;
/** RSA keys under this size are refused by OpenSSL's default security level 2 (NIST SP 800-131A). */
export const MIN_RSA_BITS = 2048;

const DAY_MS = 86_400_000;

/**
 * What the admin page shows of the installed certificate, with warnings in words for what does not stop
 * it from serving but should be fixed: it ends soon (or has ended), a weak signature or key, a chain that
 * does not link up. Pure: `now` is passed in.
 */
export function describeCertificate(
  leaf: CertificateFacts,
  chain: readonly CertificateFacts[],
  now: Date,
): CertificateInfo {
  return {
    subject: leaf.subject,
    issuer: leaf.issuer,
    dnsNames: [...leaf.dnsNames],
    ipAddresses: [...leaf.ipAddresses],
    commonName: leaf.commonName,
    notBefore: leaf.notBefore.toISOString(),
    notAfter: leaf.notAfter.toISOString(),
    fingerprintSha256: leaf.fingerprintSha256,
    serialNumber: leaf.serialNumber,
    selfSigned: isSelfSigned(leaf),
    key: { type: leaf.key.type, bits: leaf.key.bits, curve: leaf.key.type === 'ec' ? leaf.key.curve : null },
    signatureAlgorithm: leaf.signatureAlgorithm,
    chainLength: chain.length,
    warnings: warningsOf(leaf, chain, now),
  };
}

/** Issued by itself: the issuer's Name is its own subject's, byte for byte (RFC 5280 §6.1). */
export const isSelfSigned = (c: CertificateFacts): boolean => c.issuerDer === c.subjectDer;

export function warningsOf(leaf: CertificateFacts, chain: readonly CertificateFacts[], now: Date): string[] {
  const out: string[] = [];
  const daysLeft = Math.floor((leaf.notAfter.getTime() - now.getTime()) / DAY_MS);
  if (now > leaf.notAfter)
    out.push(`It expired on ${when(leaf.notAfter)}: clients refuse it. Install a new one.`);
  else if (now < leaf.notBefore)
    out.push(`It is not valid until ${when(leaf.notBefore)}: clients refuse it.`);
  else if (daysLeft < EXPIRY_WARNING_DAYS)
    out.push(
      `It expires in ${daysLeft === 0 ? 'less than a day' : `${daysLeft} day${daysLeft === 1 ? '' : 's'}`}, ` +
        `on ${when(leaf.notAfter)}: renew it soon.`,
    );
  if (leaf.weakSignature)
    out.push(
      `It is signed with ${leaf.signatureAlgorithm}, which browsers no longer trust: have it reissued.`,
    );
  if (leaf.key.type === 'rsa' && leaf.key.bits < MIN_RSA_BITS)
    out.push(`Its RSA key has only ${leaf.key.bits} bits; many clients refuse under ${MIN_RSA_BITS}.`);
  let child = leaf;
  for (const [i, parent] of chain.entries()) {
    if (parent.subjectDer !== child.issuerDer) {
      out.push(
        `Certificate ${i + 2} in the file (${parent.subject}) did not issue the one before it ` +
          `(issued by ${child.issuer}): the chain is out of order or has a certificate missing.`,
      );
      break;
    }
    if (now > parent.notAfter)
      out.push(`Chain certificate ${i + 2} (${parent.subject}) expired on ${when(parent.notAfter)}.`);
    child = parent;
  }
  return out;
}
