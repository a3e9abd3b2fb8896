import * as z from 'zod/mini';

/**
 * What a web session token says, and when it is renewed (issue 5). Pure: times are whole seconds since
 * the epoch, as JWTs carry them (RFC 7519 §2 NumericDate).
 */

/** How long a web session lasts. */
export interface SessionPolicy {
  /** A token is good for this long after it was issued; using the session renews it. @default 900 */
  ttlS: number;
  /** No renewal goes past this long after sign-in: then the person signs in again. @default 28800 */
  maxS: number;
  /** A token younger than this is not renewed, so a busy page does not get a cookie on every call. @default 60 */
  renewAfterS: number;
}

export const WEB_SESSION_POLICY: Readonly<SessionPolicy> = Object.freeze({
  ttlS: 15 * 60,
  maxS: 8 * 3600,
  renewAfterS: 60,
});

export interface WebSessionClaims {
  userId: number;
  /**
   * Who the token was given to. SQLite may give a deleted account's id to the next one made (users has
   * no AUTOINCREMENT), so the id alone could name someone else.
   */
  email: string;
  /** Stays the same across the fresh tokens of one session: what sign-out revokes and CSRF binds to. */
  sessionId: string;
  /**
   * Binds the token to the account as it was at sign-in (its creation time and password hash, keyed):
   * a password change, or the account deleted and made again under the same email, ends its sessions.
   */
  stamp: string;
  /** When the person signed in. */
  authTime: number;
  issuedAt: number;
  expiresAt: number;
}

const payloadSchema = z.object({
  sub: z.string().check(z.regex(/^[1-9][0-9]{0,14}$/)),
  eml: z.string().check(z.minLength(3), z.maxLength(254)),
  jti: z.string().check(z.minLength(16), z.maxLength(64)),
  stp: z.string().check(z.minLength(16), z.maxLength(64)),
  auth_time: z.int(),
  iat: z.int(),
  exp: z.int(),
});

/** The claims of a verified token's payload, or undefined when one is missing or malformed. */
export function parseClaims(payload: unknown): WebSessionClaims | undefined {
  const parsed = payloadSchema.safeParse(payload);
  if (!parsed.success) return undefined;
  const p = parsed.data;
  if (p.auth_time > p.iat || p.iat >= p.exp) return undefined;
  return {
    userId: Number(p.sub),
    email: p.eml,
    sessionId: p.jti,
    stamp: p.stp,
    authTime: p.auth_time,
    issuedAt: p.iat,
    expiresAt: p.exp,
  };
}

/** The private claims a token carries besides `sub`, `jti`, `iat` and `exp` (set by the signer). */
export function privateClaims(c: Pick<WebSessionClaims, 'email' | 'stamp' | 'authTime'>): {
  eml: string;
  stp: string;
  auth_time: number;
} {
  return { eml: c.email, stp: c.stamp, auth_time: c.authTime };
}

/** When a token issued `now` for a session begun at `authTime` expires: a ttl from now, never past the max. */
export function expiryFor(authTime: number, now: number, policy: SessionPolicy = WEB_SESSION_POLICY): number {
  return Math.min(now + policy.ttlS, authTime + policy.maxS);
}

/**
 * Sliding renewal: the expiry of the fresh token a request should get, or null when the token it came
 * with should stay (young enough, or already reaching the session's end).
 */
export function renewedExpiry(
  c: Pick<WebSessionClaims, 'authTime' | 'issuedAt' | 'expiresAt'>,
  now: number,
  policy: SessionPolicy = WEB_SESSION_POLICY,
): number | null {
  if (now - c.issuedAt < policy.renewAfterS) return null;
  const exp = expiryFor(c.authTime, now, policy);
  return exp > c.expiresAt && exp > now ? exp : null;
}
