import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { errors, jwtVerify, SignJWT } from 'jose';
import type { Database } from '../adapters/sqlite/database';

export interface PanelSession {
  userId: number;
  /** Who the token was given to: a user id can name someone else after a delete and a create. */
  email: string;
  printer: string;
  /** Stays the same across the fresh tokens a session gets; what a sign-out revokes. */
  sessionId: string;
}

const ALGORITHM = 'HS256';
const AUDIENCE = 'quire-panel';

/**
 * The key that signs session tokens, panel and web alike (`DATA_DIR/session-key`, made on first start,
 * mode 0600), so that sessions survive a restart. Each kind of token names its own audience.
 */
export async function openSessionKey(dataDir: string): Promise<Uint8Array> {
  const file = path.join(dataDir, 'session-key');
  let key: Buffer;
  try {
    key = await fs.readFile(file);
  } catch {
    key = randomBytes(32);
    await fs.writeFile(file, key, { mode: 0o600, flag: 'wx' }).catch(async () => {
      key = await fs.readFile(file); // another process made it first
    });
  }
  if (key.length < 32) throw new Error(`${file} is shorter than 32 bytes; remove it to make a new key`);
  return new Uint8Array(key);
}

/**
 * Panel session tokens: short-lived JWTs signed with a key kept in the data directory (PRODUCT.md §12),
 * so a panel that reconnects after a drop, or after the server restarted, resumes without a badge tap.
 * Each resume gets a fresh token for the same session (the token id is the session id); signing out
 * revokes the session in the database until every token it was given has expired.
 */
export class SessionTokens {
  private constructor(
    private readonly key: Uint8Array,
    private readonly db: Database,
    private readonly ttlMs: number,
  ) {}

  /**
   * Opens the signing key (see {@link openSessionKey}).
   * @param ttlMs how long a token is valid; every sign-in and resume issues a fresh one. @default 600000
   */
  static async open(dataDir: string, db: Database, ttlMs = 600_000): Promise<SessionTokens> {
    return SessionTokens.withKey(await openSessionKey(dataDir), db, ttlMs);
  }

  /** Panel tokens signed with `key`, shared with web sessions (their audience keeps them apart). */
  static withKey(key: Uint8Array, db: Database, ttlMs = 600_000): SessionTokens {
    return new SessionTokens(key, db, ttlMs);
  }

  /** A token for a new session, or a fresh one for `sessionId`. */
  async issue(
    userId: number,
    email: string,
    printer: string,
    sessionId: string = randomUUID(),
    now = Date.now(),
  ): Promise<string> {
    return new SignJWT({ prn: printer, eml: email })
      .setProtectedHeader({ alg: ALGORITHM })
      .setSubject(String(userId))
      .setAudience(AUDIENCE)
      .setJti(sessionId)
      .setIssuedAt(Math.floor(now / 1000))
      .setExpirationTime(Math.floor((now + this.ttlMs) / 1000))
      .sign(this.key);
  }

  /** The session of a valid, unrevoked token issued for this printer; undefined otherwise. */
  async resume(token: string, printer: string): Promise<PanelSession | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: [ALGORITHM], audience: AUDIENCE });
      const userId = Number(payload.sub);
      const { prn, eml, jti } = payload;
      if (
        !Number.isSafeInteger(userId) ||
        prn !== printer ||
        typeof jti !== 'string' ||
        typeof eml !== 'string'
      )
        return undefined;
      const revoked = await this.db.get('SELECT 1 FROM session_revocations WHERE token_id = ?', [jti]);
      return revoked ? undefined : { userId, email: eml, printer, sessionId: jti };
    } catch (error) {
      if (error instanceof errors.JOSEError) return undefined;
      throw error;
    }
  }

  /** Ends a session for good (sign-out): none of its tokens resumes again. Unknown or expired tokens need nothing. */
  async revoke(token: string, now = Date.now()): Promise<void> {
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: [ALGORITHM], audience: AUDIENCE });
      if (typeof payload.jti !== 'string') return;
      const { jti } = payload;
      // Every token of the session was issued before now, so none outlives now + ttl.
      const until = now + this.ttlMs;
      await this.db.transaction((tx) =>
        tx.run('INSERT OR REPLACE INTO session_revocations (token_id, expires_at) VALUES (?, ?)', [
          jti,
          until,
        ]),
      );
    } catch (error) {
      if (!(error instanceof errors.JOSEError)) throw error;
    }
  }
}
