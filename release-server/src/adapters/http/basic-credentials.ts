import { type LoginBody, loginBodySchema } from '@quire/protocol';

/**
 * The challenge of a 401 (RFC 7617 §2): one realm for the whole server, and `charset="UTF-8"` (§2.1)
 * because accounts' names and passwords are Unicode, which the header then carries as UTF-8.
 */
export const BASIC_CHALLENGE = 'Basic realm="Quire", charset="UTF-8"';

/** What an `Authorization` header holds: nothing, Basic credentials, or something that cannot be used. */
export type BasicCredentials =
  | { kind: 'none' }
  | { kind: 'basic'; credentials: LoginBody }
  | { kind: 'unusable'; reason: string };

const SCHEME = /^basic +(\S+) *$/i;
const utf8 = new TextDecoder('utf-8', { fatal: true });
// RFC 7617 §2: neither part may hold a control character (Unicode Cc: C0, DEL and C1).
const CONTROL = /\p{Cc}/u;

/**
 * Reads `Authorization: Basic <base64 of user-id:password>` (RFC 7617 §2). The user-id ends at the
 * first colon, so a password may hold colons; both are UTF-8. The base64 must be canonical, padding
 * aside: Node's decoder skips characters it does not know, which would let a damaged header through.
 * The result has the web sign-in's bounds (`loginBodySchema`).
 */
export function readBasicCredentials(header: string | undefined): BasicCredentials {
  if (header === undefined) return { kind: 'none' };
  const match = SCHEME.exec(header.trim());
  if (!match) return { kind: 'unusable', reason: 'Only HTTP Basic authentication is accepted here.' };
  const encoded = match[1]!;
  const bytes = Buffer.from(encoded, 'base64');
  if (bytes.toString('base64').replace(/=+$/, '') !== encoded.replace(/=+$/, ''))
    return { kind: 'unusable', reason: 'The Basic credentials are not valid base64.' };
  let decoded: string;
  try {
    decoded = utf8.decode(bytes);
  } catch {
    return { kind: 'unusable', reason: 'The Basic credentials are not valid UTF-8.' };
  }
  const colon = decoded.indexOf(':');
  if (colon < 0)
    return { kind: 'unusable', reason: 'The Basic credentials have no colon after the user name.' };
  if (CONTROL.test(decoded))
    return { kind: 'unusable', reason: 'The Basic credentials hold a control character.' };
  const parsed = loginBodySchema.safeParse({
    login: decoded.slice(0, colon),
    password: decoded.slice(colon + 1),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      kind: 'unusable',
      reason: `The Basic credentials' ${issue?.path.join('.') ?? 'value'}: ${issue?.message}.`,
    };
  }
  return { kind: 'basic', credentials: parsed.data };
}
