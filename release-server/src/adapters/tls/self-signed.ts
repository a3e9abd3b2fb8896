import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { SELF_SIGNED_DEFAULT_DAYS } from '@quire/protocol';
import forge from 'node-forge';

export interface SelfSignedOptions {
  hostName: string;
  /** @default 825 */
  days?: number;
  now: Date;
}

/** Clocks of clients differ a little: a certificate made now is dated a few minutes back. */
const BACKDATE_MS = 5 * 60_000;

/**
 * Makes an RSA 2048 key and a self-signed certificate for `hostName` with node-forge (issue 5). node-forge
 * has no elliptic curves, hence RSA; its key generation runs in Node's crypto, off the event loop. The
 * name goes in subjectAltName (a dNSName, or an iPAddress for an address), which is what clients check
 * (RFC 6125 §6.4.4), and in the CN for people reading it.
 */
export async function makeSelfSigned(
  o: SelfSignedOptions,
): Promise<{ certificatePem: string; keyPem: string }> {
  const keys = await new Promise<forge.pki.rsa.KeyPair>((resolve, reject) =>
    forge.pki.rsa.generateKeyPair({ bits: 2048, workers: -1 }, (error, pair) =>
      error ? reject(error) : resolve(pair),
    ),
  );
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  // A positive serial of 126 random bits (RFC 5280 §4.1.2.2: unique, at most 20 octets); the first octet
  // is 0x40-0x7f so that the DER INTEGER needs no sign octet and has no leading zero.
  const serial = randomBytes(16);
  serial[0] = (serial[0]! & 0x3f) | 0x40;
  cert.serialNumber = serial.toString('hex');
  cert.validity.notBefore = new Date(o.now.getTime() - BACKDATE_MS);
  cert.validity.notAfter = new Date(o.now.getTime() + (o.days ?? SELF_SIGNED_DEFAULT_DAYS) * 86_400_000);
  // A CN is at most 64 characters (RFC 5280 Appendix A, ub-common-name); the SAN carries the name anyway.
  const name = [
    { name: 'commonName', value: o.hostName.slice(0, 64) },
    { name: 'organizationName', value: 'Quire (self-signed)' },
  ];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', critical: true, digitalSignature: true, keyEncipherment: true },
    { name: 'extKeyUsage', serverAuth: true },
    {
      name: 'subjectAltName',
      altNames: [isIP(o.hostName) !== 0 ? { type: 7, ip: o.hostName } : { type: 2, value: o.hostName }],
    },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  return {
    certificatePem: forge.pki.certificateToPem(cert).replace(/\r\n/g, '\n'),
    keyPem: forge.pki.privateKeyToPem(keys.privateKey).replace(/\r\n/g, '\n'),
  };
}
