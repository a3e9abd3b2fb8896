import * as z from 'zod/mini';

/**
 * The admin page's Security section (issue 5, PRODUCT.md §10 and §12): the TLS certificate the server
 * answers HTTPS and `ipps://` with. A certificate is uploaded as PEM with its private key, or generated
 * (self-signed); the server checks it with node-forge before it is used, and never gives the key back.
 */

/**
 * A host name or an IP address the certificate must name: DNS labels of letters, digits and hyphens
 * (RFC 1123 §2.1), an IPv4 address, or an IPv6 address without brackets. Trimmed and lower-cased.
 */
export const tlsHostNameSchema = z
  .string()
  .check(
    z.trim(),
    z.toLowerCase(),
    z.maxLength(253),
    z.regex(
      /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$|^[0-9a-f:.]*:[0-9a-f:.]*$/,
      'a host name (print.example.com) or an IP address',
    ),
  );

/** The longest PEM text accepted: a leaf and a chain of a few certificates fit many times over. */
export const MAX_CERTIFICATE_PEM = 64 * 1024;

/**
 * `PUT /api/admin/security/certificate`. `certificate` is PEM: the server's certificate first,
 * optionally followed by the intermediate certificates. `key` is its private key (RSA or EC, PKCS#1,
 * SEC 1 or PKCS#8); an encrypted key needs `passphrase` and is stored decrypted (mode 0600), since the
 * server must start unattended. `hostName` replaces the configured host name (`TLS_HOST_NAME`) for the
 * host-name check of this upload.
 */
export const certificateUploadBodySchema = z.strictObject({
  certificate: z.string().check(z.maxLength(MAX_CERTIFICATE_PEM)),
  key: z.string().check(z.maxLength(MAX_CERTIFICATE_PEM)),
  passphrase: z.optional(z.string().check(z.maxLength(1024))),
  hostName: z.optional(tlsHostNameSchema),
});
export type CertificateUploadBody = z.infer<typeof certificateUploadBodySchema>;

/** Days a generated certificate lasts unless told: 825, the most Apple platforms accept for TLS. */
export const SELF_SIGNED_DEFAULT_DAYS = 825;

/** `POST /api/admin/security/self-signed`: a new RSA 2048 key and a certificate naming `hostName`. */
export const selfSignedBodySchema = z.strictObject({
  /** @default the configured host name (`TLS_HOST_NAME`) */
  hostName: z.optional(tlsHostNameSchema),
  /** @default 825 */
  days: z.optional(z.int().check(z.gte(1), z.lte(3650))),
});
export type SelfSignedBody = z.infer<typeof selfSignedBodySchema>;

export const TLS_KEY_TYPES = ['rsa', 'ec'] as const;
export type TlsKeyType = (typeof TLS_KEY_TYPES)[number];

/** What a certificate says, as the admin page shows it. Never the private key. */
export const certificateInfoSchema = z.object({
  /** The subject as `CN=print.example.com, O=Example`. */
  subject: z.string(),
  issuer: z.string(),
  /** subjectAltName entries; a client checks these, and the subject's CN only when there are none. */
  dnsNames: z.array(z.string()),
  ipAddresses: z.array(z.string()),
  commonName: z.nullable(z.string()),
  /** ISO 8601, UTC. */
  notBefore: z.string(),
  notAfter: z.string(),
  /** SHA-256 of the certificate's DER, colon-separated upper-case hex (as browsers show it). */
  fingerprintSha256: z.string(),
  serialNumber: z.string(),
  /** Issued by itself: browsers warn until someone trusts it by hand. */
  selfSigned: z.boolean(),
  key: z.object({ type: z.enum(TLS_KEY_TYPES), bits: z.number(), curve: z.nullable(z.string()) }),
  /** `sha256WithRSAEncryption`, `ecdsa-with-SHA256`, … */
  signatureAlgorithm: z.string(),
  /** Certificates sent after the server's own (intermediates). */
  chainLength: z.number(),
  /** Things to fix that do not stop the certificate from being used, in words. */
  warnings: z.array(z.string()),
});
export type CertificateInfo = z.infer<typeof certificateInfoSchema>;

/**
 * The answer of every `/api/admin/security` route: the installed certificate (null before one is), the
 * host name certificates are checked against, and the HTTPS port (null when `TLS_PORT` is not set: the
 * certificate is then kept for the day it is).
 */
export const securityStateSchema = z.object({
  certificate: z.nullable(certificateInfoSchema),
  hostName: z.string(),
  httpsPort: z.nullable(z.number()),
});
export type SecurityState = z.infer<typeof securityStateSchema>;
