import { X509Certificate } from 'node:crypto';
import { createSecureContext } from 'node:tls';
import forge from 'node-forge';
import { namesCover, namesInWords } from './host-names';
import { type CertificateFacts, CertificateReadError, readCertificate } from './read-certificate';
import { type KeyProblem, keyMatches, type PrivateKeyFacts, readPrivateKey } from './read-private-key';

/** Why a certificate and key were refused: a closed set, each with a reason in words. */
export type PairProblem =
  | KeyProblem
  | 'not-pem'
  | 'no-certificate'
  | 'csr'
  | 'not-a-certificate'
  | 'no-key'
  | 'key-mismatch'
  | 'not-yet-valid'
  | 'expired'
  | 'wrong-host'
  | 'unusable';

/** A certificate and key that passed every check, as they will be stored and served. */
export interface CheckedPair {
  /** The server's certificate then the chain, re-encoded (text around the PEM blocks dropped). */
  certificatePem: string;
  /** The private key, unencrypted. */
  keyPem: string;
  leaf: CertificateFacts;
  chain: CertificateFacts[];
  key: PrivateKeyFacts;
}

export type PairCheck = { ok: true; pair: CheckedPair } | { ok: false; problem: PairProblem; reason: string };

export interface PairInput {
  certificate: string;
  key: string;
  passphrase?: string | undefined;
  /** The name clients connect with; null skips the check (a pair already installed, read at start). */
  hostName: string | null;
  now: Date;
  /** Refuse a certificate outside its validity dates. @default true */
  checkDates?: boolean;
}

const CERTIFICATE_TYPES = new Set(['CERTIFICATE', 'X509 CERTIFICATE']);
const CSR_TYPES = new Set(['CERTIFICATE REQUEST', 'NEW CERTIFICATE REQUEST']);
const KEY_TYPES = new Set(['PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY', 'ENCRYPTED PRIVATE KEY']);

/**
 * Checks a certificate (PEM: the server's own first, then its chain) and its private key with node-forge
 * before anything uses them (issue 5): both are PEM of the right kind, the key belongs to the first
 * certificate, today lies within its validity dates, and its names cover `hostName`. Node's own X.509
 * and TLS then double-check that the pair really serves (`checkPrivateKey`, `createSecureContext`).
 */
export function checkPair(input: PairInput): PairCheck {
  const certText = input.certificate.trim();
  const keyText = input.key.trim();
  if (certText === '' && keyText === '')
    return refuse('no-certificate', 'Nothing was sent: upload the certificate (PEM) and its private key.');
  const certBlocks = pemBlocks(certText);
  const keyBlocks = pemBlocks(keyText);
  if (certText === '')
    return refuse('no-certificate', 'A private key without a certificate: upload the certificate too.');
  const certs = certBlocks.filter((b) => CERTIFICATE_TYPES.has(b.type));
  if (certs.length === 0) return refuse(...whyNotCertificate(certBlocks));

  const leafAndChain: CertificateFacts[] = [];
  for (const [i, block] of certs.entries()) {
    try {
      leafAndChain.push(readCertificate(block.body));
    } catch (error) {
      const which = certs.length > 1 ? `Certificate ${i + 1} in the file` : 'The certificate';
      const reason = error instanceof CertificateReadError ? error.message : String(error);
      const unsupported = error instanceof CertificateReadError && error.unsupportedKey;
      return refuse(
        unsupported ? 'unsupported-key' : 'not-a-certificate',
        `${which} cannot be used: ${reason}.`,
      );
    }
  }
  const [leaf, ...chain] = leafAndChain as [CertificateFacts, ...CertificateFacts[]];

  // A PEM file holding both (as some tools write it) may come whole in `certificate`.
  const keySource = keyText === '' ? certBlocks : keyBlocks;
  const keys = keySource.filter((b) => KEY_TYPES.has(b.type));
  if (keys.length === 0) return refuse(...whyNotKey(keyText, keyBlocks));
  if (keys.length > 1)
    return refuse('no-key', `The key field holds ${keys.length} private keys; send only one.`);
  const read = readPrivateKey(keys[0]!, input.passphrase);
  if (!read.ok) return refuse(read.problem, read.reason);
  const key = read.key;

  if (!keyMatches(key, leaf.key)) {
    const other = chain.findIndex((c) => keyMatches(key, c.key));
    if (other >= 0)
      return refuse(
        'key-mismatch',
        `The private key belongs to certificate ${other + 2} in the file (${chain[other]!.subject}), not to ` +
          "the first: put the server's own certificate first.",
      );
    if (key.type !== leaf.key.type)
      return refuse(
        'key-mismatch',
        `The private key does not match the certificate: it is an ${key.type.toUpperCase()} key and the ` +
          `certificate holds an ${leaf.key.type.toUpperCase()} key.`,
      );
    return refuse(
      'key-mismatch',
      "The private key does not match the certificate: the certificate's public key was not made from " +
        'this key. Upload the key that was used for the certificate request.',
    );
  }

  if (input.checkDates !== false) {
    const span = `from ${when(leaf.notBefore)} to ${when(leaf.notAfter)}`;
    if (input.now < leaf.notBefore)
      return refuse(
        'not-yet-valid',
        `The certificate is not valid yet: it becomes valid on ${when(leaf.notBefore)} (it is valid ${span}).`,
      );
    if (input.now > leaf.notAfter)
      return refuse('expired', `The certificate expired on ${when(leaf.notAfter)} (it was valid ${span}).`);
  }

  if (input.hostName !== null && !namesCover(leaf, input.hostName))
    return refuse(
      'wrong-host',
      `The certificate is for ${namesInWords(leaf)}, not for ${input.hostName} (the server's host name): ` +
        'clients connecting by that name would refuse it.',
    );

  const certificatePem = [leaf, ...chain]
    .map((c) => forge.pem.encode({ type: 'CERTIFICATE', body: c.der }))
    .join('')
    .replace(/\r\n/g, '\n');
  const keyPem = key.pem.replace(/\r\n/g, '\n');
  const doubt = nodeDoubts(certificatePem, keyPem, key);
  if (doubt) return refuse('unusable', doubt);
  return { ok: true, pair: { certificatePem, keyPem, leaf, chain, key } };
}

/** A date as people read it in a refusal: `2031-01-01 00:00 UTC`. */
export const when = (d: Date): string => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** Node's X.509 and OpenSSL's TLS must agree with forge: the pair is of no use if the listener refuses it. */
function nodeDoubts(certificatePem: string, keyPem: string, key: PrivateKeyFacts): string | null {
  try {
    if (!new X509Certificate(certificatePem).checkPrivateKey(key.node))
      return "The private key does not match the certificate (Node's X.509 check).";
    createSecureContext({ cert: certificatePem, key: keyPem });
    return null;
  } catch (error) {
    return `The server's TLS cannot use this certificate and key: ${error instanceof Error ? error.message : error}.`;
  }
}

function pemBlocks(text: string): forge.pem.ObjectPEM[] {
  try {
    return forge.pem.decode(text);
  } catch {
    // forge throws on a block whose headers are malformed; the caller explains that nothing was read.
    return [];
  }
}

function whyNotCertificate(blocks: forge.pem.ObjectPEM[]): [PairProblem, string] {
  if (blocks.some((b) => CSR_TYPES.has(b.type)))
    return [
      'csr',
      'This is a certificate signing request (CSR), not a certificate: send it to your certificate ' +
        'authority and upload the certificate it returns.',
    ];
  if (blocks.some((b) => KEY_TYPES.has(b.type)))
    return [
      'no-certificate',
      'The certificate field holds a private key, not a certificate: upload the certificate too.',
    ];
  if (blocks.length > 0)
    return [
      'not-a-certificate',
      `The certificate field holds a ${blocks[0]!.type} block, not a certificate ` +
        '(-----BEGIN CERTIFICATE-----).',
    ];
  return [
    'not-pem',
    'The certificate is not in PEM form: paste the text that begins with -----BEGIN CERTIFICATE-----.',
  ];
}

function whyNotKey(keyText: string, blocks: forge.pem.ObjectPEM[]): [PairProblem, string] {
  if (keyText === '')
    return ['no-key', 'A certificate without its private key: upload the key that belongs to it.'];
  if (blocks.some((b) => CERTIFICATE_TYPES.has(b.type)))
    return ['no-key', 'The key field holds a certificate, not a private key.'];
  if (blocks.some((b) => b.type === 'PUBLIC KEY' || b.type === 'RSA PUBLIC KEY'))
    return ['no-key', 'The key field holds a public key; the private key is needed.'];
  if (blocks.length > 0)
    return ['no-key', `The key field holds a ${blocks[0]!.type} block, not a private key.`];
  return [
    'not-pem',
    'The key is not in PEM form: paste the text that begins with -----BEGIN PRIVATE KEY-----.',
  ];
}

const refuse = (problem: PairProblem, reason: string): PairCheck => ({ ok: false, problem, reason });
