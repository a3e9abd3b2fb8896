import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
import { fromDerStrict, type PublicKeyFacts } from './read-certificate';

/** A private key the server can serve with, unencrypted, as PEM. */
export type PrivateKeyFacts = { pem: string; node: KeyObject } & (
  | { type: 'rsa'; bits: number; rsa: forge.pki.rsa.PrivateKey }
  | { type: 'ec'; bits: number; curve: string }
);

export type KeyProblem = 'not-a-key' | 'encrypted-key' | 'wrong-passphrase' | 'unsupported-key';

export type KeyRead = { ok: true; key: PrivateKeyFacts } | { ok: false; problem: KeyProblem; reason: string };

const RSA_OID = '1.2.840.113549.1.1.1';
const EC_OID = '1.2.840.10045.2.1';
const NODE_CURVES: Record<string, { name: string; bits: number }> = {
  prime256v1: { name: 'P-256', bits: 256 },
  secp384r1: { name: 'P-384', bits: 384 },
  secp521r1: { name: 'P-521', bits: 521 },
};

/**
 * Reads one private-key PEM block: PKCS#1 (`RSA PRIVATE KEY`), SEC 1 (`EC PRIVATE KEY`) or PKCS#8
 * (`PRIVATE KEY`), or an encrypted one (`ENCRYPTED PRIVATE KEY`, or a legacy block with
 * `Proc-Type: 4,ENCRYPTED`) opened with `passphrase`. node-forge reads RSA keys; it has no elliptic-curve
 * arithmetic, so EC keys (and decryption, whose ciphers forge covers only in part) go through Node's
 * crypto, which OpenSSL backs.
 */
export function readPrivateKey(block: forge.pem.ObjectPEM, passphrase: string | undefined): KeyRead {
  if (isEncrypted(block)) {
    if (passphrase === undefined || passphrase === '') {
      return refuse(
        'encrypted-key',
        'The private key is encrypted with a passphrase. Send the passphrase with it, or upload the key ' +
          'without one (openssl pkey -in key.pem -out key-plain.pem).',
      );
    }
    let opened: KeyObject;
    try {
      opened = createPrivateKey({ key: forge.pem.encode(block), format: 'pem', passphrase });
    } catch {
      return refuse('wrong-passphrase', 'The passphrase does not open the private key.');
    }
    const pem = opened.export({ type: 'pkcs8', format: 'pem' }).toString();
    return readPrivateKey(forge.pem.decode(pem)[0]!, undefined);
  }
  const pem = forge.pem.encode({ type: block.type, body: block.body });
  const algorithm = algorithmOf(block);
  if (algorithm === 'rsa') {
    try {
      const rsa = forge.pki.privateKeyFromPem(pem) as forge.pki.rsa.PrivateKey;
      return {
        ok: true,
        key: { type: 'rsa', bits: rsa.n.bitLength(), rsa, pem, node: createPrivateKey(pem) },
      };
    } catch (error) {
      return refuse('not-a-key', `The RSA private key cannot be read (${messageOf(error)}).`);
    }
  }
  if (algorithm === 'ec') {
    try {
      const node = createPrivateKey(pem);
      const curve = NODE_CURVES[node.asymmetricKeyDetails?.namedCurve ?? ''];
      if (!curve)
        return refuse('unsupported-key', 'The EC key is on a curve other than P-256, P-384 or P-521.');
      return { ok: true, key: { type: 'ec', bits: curve.bits, curve: curve.name, pem, node } };
    } catch (error) {
      return refuse('not-a-key', `The EC private key cannot be read (${messageOf(error)}).`);
    }
  }
  if (algorithm === 'unreadable')
    return refuse('not-a-key', 'The private key cannot be read: it is not DER.');
  return refuse('unsupported-key', `The private key is a ${algorithm} key; only RSA and EC keys are served.`);
}

/** Whether the certificate holding `pub` was made for `key`: same RSA modulus and exponent, or same EC point. */
export function keyMatches(key: PrivateKeyFacts, pub: PublicKeyFacts): boolean {
  if (key.type === 'rsa' && pub.type === 'rsa')
    return key.rsa.n.equals(pub.rsa.n) && key.rsa.e.equals(pub.rsa.e);
  if (key.type === 'ec' && pub.type === 'ec') {
    // Compare as Node writes them: a certificate may hold the point compressed, the key derives it whole.
    const spki = { type: 'spki', format: 'der' } as const;
    const fromKey = createPublicKey(key.node).export(spki);
    const fromCert = createPublicKey({ key: Buffer.from(pub.spkiDer, 'binary'), ...spki }).export(spki);
    return fromKey.equals(fromCert);
  }
  return false;
}

export function isEncrypted(block: forge.pem.ObjectPEM): boolean {
  return block.type === 'ENCRYPTED PRIVATE KEY' || block.procType?.type === 'ENCRYPTED';
}

/** `rsa`, `ec`, `unreadable`, or the name of another algorithm. */
function algorithmOf(block: forge.pem.ObjectPEM): string {
  if (block.type === 'RSA PRIVATE KEY') return 'rsa';
  if (block.type === 'EC PRIVATE KEY') return 'ec';
  // PrivateKeyInfo ::= SEQUENCE { version, privateKeyAlgorithm AlgorithmIdentifier, privateKey } (RFC 5208 §5)
  try {
    const info = fromDerStrict(block.body);
    const algorithm = (info.value as forge.asn1.Asn1[])[1]!.value as forge.asn1.Asn1[];
    const oid = forge.asn1.derToOid(algorithm[0]!.value as string);
    if (oid === RSA_OID) return 'rsa';
    if (oid === EC_OID) return 'ec';
    return forge.pki.oids[oid] ?? oid;
  } catch {
    return 'unreadable';
  }
}

const refuse = (problem: KeyProblem, reason: string): KeyRead => ({ ok: false, problem, reason });

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
