import forge from 'node-forge';
import { type CertificateNames, canonicalIp } from './host-names';

/** The public key a certificate holds: the kinds browsers, printers and Node's TLS all accept. */
export type PublicKeyFacts =
  | { type: 'rsa'; bits: number; rsa: forge.pki.rsa.PublicKey; spkiDer: string }
  | { type: 'ec'; bits: number; curve: string; spkiDer: string };

/** What the server needs to know of one X.509 certificate (RFC 5280 §4.1), read with node-forge. */
export interface CertificateFacts extends CertificateNames {
  /** The DER bytes as a binary string (node-forge's byte form). */
  der: string;
  subject: string;
  issuer: string;
  /** The raw Names, to tell who issued whom without reading them into words. */
  subjectDer: string;
  issuerDer: string;
  notBefore: Date;
  notAfter: Date;
  serialNumber: string;
  signatureAlgorithm: string;
  /** Signed with a hash collisions can be made for (MD5, SHA-1). */
  weakSignature: boolean;
  key: PublicKeyFacts;
  fingerprintSha256: string;
}

/** A certificate node-forge could not read, or one with a key of a kind the server does not serve. */
export class CertificateReadError extends Error {
  override name = 'CertificateReadError';
  constructor(
    message: string,
    readonly unsupportedKey = false,
  ) {
    super(message);
  }
}

const OID = {
  rsa: '1.2.840.113549.1.1.1',
  ec: '1.2.840.10045.2.1',
  subjectAltName: '2.5.29.17',
} as const;

/** Named curves of id-ecPublicKey (RFC 5480 §2.1.1.1) that TLS 1.2 and 1.3 clients support. */
const CURVES: Record<string, { name: string; bits: number }> = {
  '1.2.840.10045.3.1.7': { name: 'P-256', bits: 256 },
  '1.3.132.0.34': { name: 'P-384', bits: 384 },
  '1.3.132.0.35': { name: 'P-521', bits: 521 },
};

/** ECDSA signature algorithms (RFC 5758 §3.2), which node-forge's OID table does not name. */
const EC_SIGNATURES: Record<string, string> = {
  '1.2.840.10045.4.1': 'ecdsa-with-SHA1',
  '1.2.840.10045.4.3.2': 'ecdsa-with-SHA256',
  '1.2.840.10045.4.3.3': 'ecdsa-with-SHA384',
  '1.2.840.10045.4.3.4': 'ecdsa-with-SHA512',
};

const WEAK_SIGNATURES = new Set([
  '1.2.840.113549.1.1.4', // md5WithRSAEncryption
  '1.2.840.113549.1.1.5', // sha1WithRSAEncryption
  '1.2.840.10045.4.1', // ecdsa-with-SHA1
]);

// Helpers node-forge exports at run time but its type definitions leave out.
const pkiExtra = forge.pki as unknown as {
  RDNAttributesAsArray(rdn: forge.asn1.Asn1): { type: string; value: string; valueTagClass: number }[];
  certificateExtensionsFromAsn1(exts: forge.asn1.Asn1): {
    id: string;
    altNames?: { type: number; value: string; ip?: string }[];
  }[];
};

const { Class, Type } = forge.asn1;

/**
 * forge's DER parser refusing trailing bytes and over-long lengths (its options object, which the type
 * definitions leave out); BIT STRINGs holding DER are decoded, as forge's key readers expect.
 */
export const fromDerStrict = (der: string): forge.asn1.Asn1 =>
  (forge.asn1.fromDer as unknown as (bytes: string, options: object) => forge.asn1.Asn1)(der, {
    strict: true,
    parseAllBytes: true,
    decodeBitStrings: true,
  });

/**
 * Reads a DER certificate with node-forge. node-forge's own `certificateFromAsn1` reads only RSA
 * certificates ("OID is not RSA"), so the TBSCertificate is walked here with forge's ASN.1 parser and its
 * Name and extension readers, which serves RSA and EC alike; an RSA key is then read by forge itself.
 */
export function readCertificate(der: string): CertificateFacts {
  let root: forge.asn1.Asn1;
  try {
    root = fromDerStrict(der);
  } catch (error) {
    throw new CertificateReadError(`its bytes are not DER (${messageOf(error)})`);
  }
  // Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue }
  const [tbs, signatureAlgorithm] = children(root, 3, 'Certificate') as [forge.asn1.Asn1, forge.asn1.Asn1];
  const fields = children(tbs, 6, 'TBSCertificate');
  const first = fields[0]!;
  const at = first.tagClass === Class.CONTEXT_SPECIFIC && first.type === 0 ? 1 : 0;
  const [serial, , issuer, validity, subject, spki] = fields.slice(at) as (forge.asn1.Asn1 | undefined)[];
  if (!serial || !issuer || !validity || !subject || !spki) throw notCertificate('TBSCertificate');
  const [notBefore, notAfter] = children(validity, 2, 'Validity').map(timeOf) as [Date, Date];
  const subjectNames = namesOf(subject);
  const altNames = subjectAltNames(fields.slice(at + 6));
  const sigOid = oidOf(children(signatureAlgorithm, 1, 'AlgorithmIdentifier')[0]!);
  return {
    der,
    subject: subjectNames.text,
    issuer: namesOf(issuer).text,
    subjectDer: forge.asn1.toDer(subject).getBytes(),
    issuerDer: forge.asn1.toDer(issuer).getBytes(),
    notBefore,
    notAfter,
    serialNumber: forge.util.bytesToHex(bytesOf(serial)).replace(/^(00)+(?=.)/, ''),
    signatureAlgorithm: EC_SIGNATURES[sigOid] ?? forge.pki.oids[sigOid] ?? sigOid,
    weakSignature: WEAK_SIGNATURES.has(sigOid),
    key: publicKeyOf(spki),
    fingerprintSha256: fingerprint(der),
    dnsNames: altNames.dns,
    ipAddresses: altNames.ip,
    commonName: subjectNames.commonName,
  };
}

/** SHA-256 of the DER in the form browsers and Node's `fingerprint256` show: `AB:CD:…`. */
export function fingerprint(der: string): string {
  const hex = forge.md.sha256.create().update(der).digest().toHex().toUpperCase();
  return hex.match(/../g)!.join(':');
}

function publicKeyOf(spki: forge.asn1.Asn1): PublicKeyFacts {
  const [algorithm] = children(spki, 2, 'SubjectPublicKeyInfo');
  const [oidNode, params] = children(algorithm!, 1, 'AlgorithmIdentifier');
  const oid = oidOf(oidNode!);
  const spkiDer = forge.asn1.toDer(spki).getBytes();
  if (oid === OID.rsa) {
    let rsa: forge.pki.rsa.PublicKey;
    try {
      rsa = forge.pki.publicKeyFromAsn1(spki) as forge.pki.rsa.PublicKey;
    } catch (error) {
      throw new CertificateReadError(`its RSA public key cannot be read (${messageOf(error)})`);
    }
    return { type: 'rsa', bits: rsa.n.bitLength(), rsa, spkiDer };
  }
  if (oid === OID.ec) {
    const curve = params && params.type === Type.OID ? CURVES[oidOf(params)] : undefined;
    if (!curve)
      throw new CertificateReadError('its EC key is on a curve other than P-256, P-384 or P-521', true);
    return { type: 'ec', bits: curve.bits, curve: curve.name, spkiDer };
  }
  const name = forge.pki.oids[oid] ?? oid;
  throw new CertificateReadError(`it holds a ${name} key, and only RSA and EC keys are served`, true);
}

function subjectAltNames(rest: forge.asn1.Asn1[]): { dns: string[]; ip: string[] } {
  // [3] EXPLICIT Extensions, after the optional [1] and [2] unique identifiers.
  const wrapper = rest.find((n) => n.tagClass === Class.CONTEXT_SPECIFIC && n.type === 3);
  const out = { dns: [] as string[], ip: [] as string[] };
  if (!wrapper) return out;
  let extensions: ReturnType<typeof pkiExtra.certificateExtensionsFromAsn1>;
  try {
    extensions = pkiExtra.certificateExtensionsFromAsn1(wrapper);
  } catch (error) {
    throw new CertificateReadError(`its extensions cannot be read (${messageOf(error)})`);
  }
  for (const name of extensions.find((e) => e.id === OID.subjectAltName)?.altNames ?? []) {
    // GeneralName (RFC 5280 §4.2.1.6): [2] dNSName, [7] iPAddress.
    if (name.type === 2) out.dns.push(name.value.toLowerCase());
    else if (name.type === 7 && name.ip) out.ip.push(canonicalIp(name.ip));
  }
  return out;
}

const SHORT_NAMES: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '1.2.840.113549.1.9.1': 'E',
};

function namesOf(name: forge.asn1.Asn1): { text: string; commonName: string | null } {
  let attributes: ReturnType<typeof pkiExtra.RDNAttributesAsArray>;
  try {
    attributes = pkiExtra.RDNAttributesAsArray(name);
  } catch {
    throw notCertificate('Name');
  }
  const parts = attributes.map((a) => ({ key: SHORT_NAMES[a.type] ?? a.type, value: stringOf(a) }));
  return {
    text: parts.map((p) => `${p.key}=${p.value}`).join(', '),
    commonName: parts.findLast((p) => p.key === 'CN')?.value ?? null,
  };
}

/** DirectoryString values: UTF8String and BMPString decoded, the single-byte kinds kept as they are. */
function stringOf(a: { value: string; valueTagClass: number }): string {
  if (typeof a.value !== 'string') return '';
  if (a.valueTagClass === Type.UTF8) {
    try {
      return forge.util.decodeUtf8(a.value);
    } catch {
      return a.value;
    }
  }
  if (a.valueTagClass === Type.BMPSTRING) return Buffer.from(a.value, 'binary').swap16().toString('utf16le');
  return a.value;
}

function timeOf(node: forge.asn1.Asn1): Date {
  const text = bytesOf(node);
  const date =
    node.type === Type.UTCTIME
      ? forge.asn1.utcTimeToDate(text)
      : node.type === Type.GENERALIZEDTIME
        ? forge.asn1.generalizedTimeToDate(text)
        : undefined;
  if (!date || Number.isNaN(date.getTime())) throw notCertificate('Validity');
  return date;
}

function children(node: forge.asn1.Asn1, min: number, what: string): forge.asn1.Asn1[] {
  if (node.type !== Type.SEQUENCE || !Array.isArray(node.value) || node.value.length < min)
    throw notCertificate(what);
  return node.value;
}

function oidOf(node: forge.asn1.Asn1): string {
  if (node.type !== Type.OID) throw notCertificate('OBJECT IDENTIFIER');
  return forge.asn1.derToOid(bytesOf(node));
}

function bytesOf(node: forge.asn1.Asn1): string {
  if (typeof node.value !== 'string') throw notCertificate('value');
  return node.value;
}

const notCertificate = (what: string) =>
  new CertificateReadError(`it is not an X.509 certificate (${what} is malformed)`);

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
