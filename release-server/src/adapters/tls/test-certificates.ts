import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import forge from 'node-forge';

/**
 * Certificates made in tests with node-forge (and, for EC, OpenSSL's command line, since forge makes
 * none): a leaf or a CA, any names, dates, hash and key. Tests only.
 */

export interface Issued {
  certificatePem: string;
  keyPem: string;
  cert: forge.pki.Certificate;
  keys: forge.pki.rsa.KeyPair;
}

export interface IssueOptions {
  keys?: forge.pki.rsa.KeyPair;
  /** Put in subjectAltName: host names as dNSName, addresses as iPAddress. @default ['quire.test'] */
  names?: string[];
  commonName?: string;
  /** @default an hour ago */
  notBefore?: Date;
  /** @default in a year */
  notAfter?: Date;
  /** @default sha256 */
  hash?: 'sha1' | 'sha256';
  /** Signed by this CA; self-signed without. */
  issuer?: Issued;
  /** Make a CA certificate (basicConstraints cA, keyCertSign). */
  ca?: boolean;
}

/** An RSA key pair; node-forge makes it with Node's crypto. @default 2048 bits */
export const rsaKeys = (bits = 2048): forge.pki.rsa.KeyPair => forge.pki.rsa.generateKeyPair({ bits });

let serial = 1;

export function issue(o: IssueOptions = {}): Issued {
  const keys = o.keys ?? rsaKeys();
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = (0x10_0000 + serial++).toString(16);
  cert.validity.notBefore = o.notBefore ?? new Date(Date.now() - 3600_000);
  cert.validity.notAfter = o.notAfter ?? new Date(Date.now() + 365 * 86_400_000);
  const names = o.names ?? ['quire.test'];
  const subject = [{ name: 'commonName', value: o.commonName ?? names[0] ?? 'nobody' }];
  cert.setSubject(subject);
  cert.setIssuer(o.issuer ? o.issuer.cert.subject.attributes : subject);
  const extensions: object[] = [{ name: 'basicConstraints', cA: o.ca === true }];
  if (o.ca) extensions.push({ name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true });
  if (names.length > 0)
    extensions.push({
      name: 'subjectAltName',
      altNames: names.map((n) => (/^[\d.]+$|:/.test(n) ? { type: 7, ip: n } : { type: 2, value: n })),
    });
  cert.setExtensions(extensions);
  const md = o.hash === 'sha1' ? forge.md.sha1.create() : forge.md.sha256.create();
  cert.sign((o.issuer?.keys ?? keys).privateKey, md);
  return {
    certificatePem: forge.pki.certificateToPem(cert),
    keyPem: forge.pki.privateKeyToPem(keys.privateKey),
    cert,
    keys,
  };
}

/** A certificate signing request, as an administrator might upload by mistake. */
export function csrFor(keys: forge.pki.rsa.KeyPair, name = 'quire.test'): string {
  const csr = forge.pki.createCertificationRequest();
  csr.publicKey = keys.publicKey;
  csr.setSubject([{ name: 'commonName', value: name }]);
  csr.sign(keys.privateKey, forge.md.sha256.create());
  return forge.pki.certificationRequestToPem(csr);
}

/** The key encrypted with `passphrase`: PKCS#8 (AES-256), or the legacy OpenSSL form (`Proc-Type`). */
export function encryptedKey(keys: forge.pki.rsa.KeyPair, passphrase: string, legacy = false): string {
  return forge.pki.encryptRsaPrivateKey(keys.privateKey, passphrase, { algorithm: 'aes256', legacy });
}

/** An EC P-256 key and self-signed certificate made by `openssl req -x509`. */
export function opensslEc(
  names: string[] = ['quire.test'],
  curve = 'P-256',
): {
  certificatePem: string;
  keyPem: string;
} {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quire-ec-'));
  try {
    const cert = path.join(dir, 'cert.pem');
    const key = path.join(dir, 'key.pem');
    const san = names.map((n) => (/^[\d.]+$|:/.test(n) ? `IP:${n}` : `DNS:${n}`)).join(',');
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', `ec_paramgen_curve:${curve}`, '-nodes']
        .concat(['-keyout', key, '-out', cert, '-days', '30', '-subj', `/CN=${names[0]}`])
        .concat(['-addext', `subjectAltName=${san}`]),
      { stdio: 'ignore' },
    );
    return { certificatePem: fs.readFileSync(cert, 'utf8'), keyPem: fs.readFileSync(key, 'utf8') };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Whether the `openssl` command is there (the EC cases need it). */
export function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
