import { randomBytes } from 'node:crypto';

interface Session {
  userId: number;
  printer: string;
  expiresAt: number;
}

/**
 * Short-lived panel session tokens: a panel whose connection drops resumes its signed-in session with
 * the token instead of asking for the badge again. Kept in memory; a server restart signs everyone out.
 */
export class SessionTokens {
  private readonly sessions = new Map<string, Session>();

  /** @param ttlMs how long a token stays valid after its last use. @default 120000 */
  constructor(private readonly ttlMs = 120_000) {}

  issue(userId: number, printer: string, now = Date.now()): string {
    this.sweep(now);
    const token = randomBytes(24).toString('base64url');
    this.sessions.set(token, { userId, printer, expiresAt: now + this.ttlMs });
    return token;
  }

  /** The session of a valid token for this printer (its life extended), or undefined. */
  resume(token: string, printer: string, now = Date.now()): Session | undefined {
    const s = this.sessions.get(token);
    if (!s || s.expiresAt < now || s.printer !== printer) return undefined;
    s.expiresAt = now + this.ttlMs;
    return s;
  }

  touch(token: string, now = Date.now()): void {
    const s = this.sessions.get(token);
    if (s) s.expiresAt = now + this.ttlMs;
  }

  revoke(token: string): void {
    this.sessions.delete(token);
  }

  private sweep(now: number): void {
    for (const [token, s] of this.sessions) if (s.expiresAt < now) this.sessions.delete(token);
  }
}
