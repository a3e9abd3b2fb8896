import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import type { Database } from '../adapters/sqlite/database';
import {
  expiryFor,
  parseClaims,
  privateClaims,
  type SessionPolicy,
  WEB_SESSION_POLICY,
  type WebSessionClaims,
} from './session-claims';

const ALGORITHM = 'HS256';
/** Panel tokens are signed with the same key under `quire-panel`: neither is accepted as the other. */
const AUDIENCE = 'quire-web';

/** What a session token is bound to: the account as it is now. */
export interface SessionSubject {
  id: number;
  email: string;
  createdAt: number;
  passwordHash: string | null;
}

export type SessionCheck =
  | { ok: true; claims: WebSessionClaims }
  /** `expired`: it was good once (say so); `invalid`: forged, damaged or for something else; `revoked`: signed out. */
  | { ok: false; reason: 'expired' | 'invalid' | 'revoked' };

const seconds = (ms: number) => Math.floor(ms / 1000);

/**
 * Web session tokens (issue 5): JWTs (RFC 7519) signed HS256 with the server's session key, short-lived
 * and renewed as they are used, up to a maximum after sign-in (see {@link SessionPolicy}). A token does
 * not say what the account may do: the role is read from the database on every request, so a changed
 * role counts at once. The CSRF token is an HMAC of the session id under the same key, so it needs no
 * storage and stays the same across renewals.
 */
export class WebSessions {
  constructor(
    private readonly key: Uint8Array,
    private readonly db: Database,
    readonly policy: Readonly<SessionPolicy> = WEB_SESSION_POLICY,
  ) {}

  /** A token for a new session of `subject`, or a fresh one for the session `renew` names. */
  async issue(
    subject: SessionSubject,
    renew?: Pick<WebSessionClaims, 'sessionId' | 'authTime'>,
    nowMs = Date.now(),
  ): Promise<{ token: string; claims: WebSessionClaims }> {
    const now = seconds(nowMs);
    const authTime = renew?.authTime ?? now;
    const claims: WebSessionClaims = {
      userId: subject.id,
      email: subject.email,
      sessionId: renew?.sessionId ?? randomUUID(),
      stamp: this.stampOf(subject),
      authTime,
      issuedAt: now,
      expiresAt: expiryFor(authTime, now, this.policy),
    };
    const token = await new SignJWT(privateClaims(claims))
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
      .setSubject(String(claims.userId))
      .setAudience(AUDIENCE)
      .setJti(claims.sessionId)
      .setIssuedAt(claims.issuedAt)
      .setExpirationTime(claims.expiresAt)
      .sign(this.key);
    return { token, claims };
  }

  /** The claims of a genuine, unexpired, unrevoked token. Whether its account still matches is the caller's check. */
  async verify(token: string, nowMs = Date.now()): Promise<SessionCheck> {
    let payload: unknown;
    try {
      ({ payload } = await jwtVerify(token, this.key, {
        algorithms: [ALGORITHM],
        audience: AUDIENCE,
        currentDate: new Date(nowMs),
        requiredClaims: ['sub', 'jti', 'iat', 'exp'],
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) return { ok: false, reason: 'expired' };
      if (error instanceof errors.JOSEError) return { ok: false, reason: 'invalid' };
      throw error;
    }
    const claims = parseClaims(payload);
    if (!claims) return { ok: false, reason: 'invalid' };
    const revoked = await this.db.get('SELECT 1 FROM session_revocations WHERE token_id = ?', [
      claims.sessionId,
    ]);
    return revoked ? { ok: false, reason: 'revoked' } : { ok: true, claims };
  }

  /** Whether a verified token still belongs to `subject` as it is now (same email, creation, password). */
  belongsTo(claims: WebSessionClaims, subject: SessionSubject): boolean {
    return (
      claims.userId === subject.id &&
      claims.email === subject.email &&
      safeEqual(claims.stamp, this.stampOf(subject))
    );
  }

  /** Ends a session for good: none of its tokens is accepted again (sign-out). */
  async revoke(claims: WebSessionClaims, nowMs = Date.now()): Promise<void> {
    // Every token of the session was issued by now, so none outlives now + ttl; then the row may go
    // (Maintenance.purgeRevocations).
    const until =
      (Math.min(seconds(nowMs) + this.policy.ttlS, claims.authTime + this.policy.maxS) + 1) * 1000;
    await this.db.transaction((tx) =>
      tx.run('INSERT OR REPLACE INTO session_revocations (token_id, expires_at) VALUES (?, ?)', [
        claims.sessionId,
        until,
      ]),
    );
  }

  /** The CSRF token of a session: what a page sends in `x-csrf-token`. */
  csrfTokenOf(sessionId: string): string {
    return this.mac('csrf', sessionId).toString('base64url');
  }

  /** Whether `given` is the CSRF token of the session, compared in constant time. */
  csrfMatches(sessionId: string, given: string | undefined): boolean {
    return given !== undefined && safeEqual(given, this.csrfTokenOf(sessionId));
  }

  /** A keyed digest of what the session is bound to; reveals nothing of the password hash. */
  private stampOf(s: SessionSubject): string {
    const bound = [s.id, s.email, s.createdAt, s.passwordHash ?? ''].join('\0');
    return this.mac('stamp', bound).subarray(0, 16).toString('base64url');
  }

  // One key, several uses: each MAC names its use first, and no JWT signing input contains a NUL.
  private mac(use: 'csrf' | 'stamp', message: string): Buffer {
    return createHmac('sha256', this.key).update(`quire-web-${use}\0${message}`).digest();
  }
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
