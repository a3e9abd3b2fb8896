import {
  AppError,
  certificateUploadBodySchema,
  MAX_CERTIFICATE_PEM,
  type SecurityState,
  selfSignedBodySchema,
} from '@quire/protocol';
import type { Context, Hono } from 'hono';
import type { AppEnv } from '../adapters/http/app-env';
import type { TlsCertificates } from '../adapters/tls';
import { noteAudit } from './audit';
import { jsonBody, parseBody } from './body';

export interface SecurityAdminDeps {
  tls: TlsCertificates;
}

/**
 * Room for a certificate, its key and the JSON around them, each at most {@link MAX_CERTIFICATE_PEM}: the
 * upload's entry in the admin API's table of body limits (admin/api.ts).
 */
export const UPLOAD_BYTES = 2 * MAX_CERTIFICATE_PEM + 16 * 1024;

/**
 * The Security section (issue 5): `GET /security/certificate` says what is installed (never the key);
 * `PUT /security/certificate` installs an uploaded PEM certificate and key once node-forge has checked
 * them (a refusal is a 400 whose message says why); `POST /security/self-signed` makes and installs one.
 * HTTPS uses a new certificate for new connections at once. The audit entry names the certificate by
 * its fingerprint; the key and passphrase are never written anywhere but `DATA_DIR/tls/key.pem`.
 */
export function mountSecurity(app: Hono<AppEnv>, d: SecurityAdminDeps): void {
  app.get('/security/certificate', (c) => c.json(d.tls.state()));

  app.put('/security/certificate', async (c) => {
    const body = parseBody(certificateUploadBodySchema, await jsonBody(c.req));
    return answer(c, await d.tls.upload(body), 200);
  });

  app.post('/security/self-signed', async (c) => {
    // An empty body asks for the defaults, as a button with nothing to fill in sends.
    const text = await c.req.text();
    let value: unknown = {};
    if (text.trim() !== '') {
      try {
        value = JSON.parse(text);
      } catch {
        throw new AppError('bad-request', 'The body is not valid JSON.');
      }
    }
    return answer(c, await d.tls.generate(parseBody(selfSignedBodySchema, value)), 201);
  });
}

function answer(c: Context<AppEnv>, state: SecurityState, status: 200 | 201) {
  const installed = state.certificate;
  if (installed)
    noteAudit(c, {
      target: installed.subject,
      summary: { fingerprintSha256: installed.fingerprintSha256, notAfter: installed.notAfter },
    });
  return c.json(state, status);
}
