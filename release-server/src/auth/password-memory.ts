import { createHmac, randomBytes } from 'node:crypto';
import type { Account } from './account-store';

/**
 * Passwords lately checked against an account, so that a client sending the same HTTP Basic header
 * on every request (CUPS does, and polls a held job for as long as it waits) is not hashed with scrypt
 * each time: about 67 ms of CPU and 32 MiB per check on the reference 2-core VM.
 *
 * Nothing of the password is kept: an entry is an HMAC, under a key made at start and never stored,
 * of the account's id, creation time and password hash with the password. A new password, or the
 * account deleted and made again, gives another HMAC, so no entry outlives what it was checked
 * against; the role is never remembered (the caller reads the account on every request). Entries
 * expire after `ttlMs` and the oldest go first past `maxEntries`.
 */
export class PasswordMemory {
  private readonly key = randomBytes(32);
  /** HMAC → when it expires; a Map keeps insertion order, so the first key is the oldest. */
  private readonly entries = new Map<string, number>();

  constructor(
    /** @default 10 minutes */
    private readonly ttlMs = 10 * 60_000,
    /** @default 1024 */
    private readonly maxEntries = 1024,
  ) {}

  /** Whether this password was noted for this account (or for this unknown login) and has not expired. */
  has(account: Account | undefined, login: string, password: string, now = Date.now()): boolean {
    const id = this.idOf(account, login, password);
    const until = this.entries.get(id);
    if (until === undefined) return false;
    if (until > now) return true;
    this.entries.delete(id);
    return false;
  }

  note(account: Account | undefined, login: string, password: string, now = Date.now()): void {
    const id = this.idOf(account, login, password);
    this.entries.delete(id);
    this.entries.set(id, now + this.ttlMs);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
    }
  }

  private idOf(account: Account | undefined, login: string, password: string): string {
    // JSON, so that no two different inputs read the same.
    const subject = account
      ? ['account', account.id, account.createdAt, account.passwordHash]
      : ['unknown', login.trim().toLowerCase()];
    return createHmac('sha256', this.key)
      .update(JSON.stringify([...subject, password]))
      .digest('base64url');
  }
}
