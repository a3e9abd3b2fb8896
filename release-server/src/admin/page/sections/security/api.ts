import { type CertificateUploadBody, type SelfSignedBody, securityStateSchema } from '@quire/protocol';
import type { ApiClient } from '../../lib/api-client';

/**
 * The Security section's calls (release-server/src/admin/security.ts). Every answer is the whole
 * {@link securityStateSchema} state: what is installed, the host name, the HTTPS port; never the key.
 */

/** `GET /api/admin/security/certificate` */
export const getSecurity = (api: ApiClient, signal?: AbortSignal) =>
  api.get('/security/certificate', securityStateSchema, signal);

/** `PUT /api/admin/security/certificate`: checked with node-forge; a refusal is a 400 saying why. */
export const uploadCertificate = (api: ApiClient, body: CertificateUploadBody) =>
  api.send('PUT', '/security/certificate', securityStateSchema, body);

/** `POST /api/admin/security/self-signed`: a new RSA 2048 key and a certificate naming the host. */
export const generateSelfSigned = (api: ApiClient, body: SelfSignedBody) =>
  api.send('POST', '/security/self-signed', securityStateSchema, body);
