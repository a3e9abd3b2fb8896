import { randomBytes } from 'node:crypto';
import {
  AppError,
  type LoginBody,
  type Role,
  type RoleChange,
  type SessionUser,
  type SetupBody,
} from '@quire/protocol';
import { hashPassword, verifyPassword } from '../adapters/crypto/password';
import type { Database } from '../adapters/sqlite/database';
import type { Logger } from '../log';
import { type Account, type AccountStore, accountName } from './account-store';
import type { AuditStore } from './audit-store';
import type { LoginLimiter } from './login-limiter';
import { PasswordMemory } from './password-memory';
import { roleChangeRefusal } from './roles';
import { renewedExpiry, type WebSessionClaims } from './session-claims';
import type { WebSessions } from './web-sessions';

export interface WebAuthDeps {
  db: Database;
  accounts: AccountStore;
  sessions: WebSessions;
  audit: AuditStore;
  limiter: LoginLimiter;
  log: Logger;
  /** @default hashPassword (scrypt) */
  hash?: (password: string) => Promise<string>;
  /** @default verifyPassword */
  verify?: (password: string, hash: string) => Promise<boolean>;
  /** Passwords {@link WebAuth.checkPassword} found right, and wrong. @default a fresh PasswordMemory each */
  remembered?: { right: PasswordMemory; wrong: PasswordMemory };
}

/** A session just begun: the token goes in the cookie, the rest in the answer. */
export interface SignedIn {
  account: Account;
  token: string;
  claims: WebSessionClaims;
}

/** A session cookie checked against the database: still good (maybe with a fresh token), or why not. */
export type Resumed =
  | { ok: true; account: Account; claims: WebSessionClaims; renewedToken: string | null }
  | { ok: false; reason: 'expired' | 'invalid' | 'revoked' | 'account-changed' };

const WRONG = 'Wrong email, short name or password.';

/** What the login limiter counts a try against: the account's email when it exists, else what was typed. */
const limiterKey = (account: Account | undefined, login: string): string =>
  account?.email ?? login.trim().toLowerCase();

/**
 * Web sign-in (issue 5, part 1): passwords checked against the scrypt hashes of the users table, sessions as
 * signed tokens, the first-run path that makes the first administrator, and roles.
 */
export class WebAuth {
  private readonly hash: (password: string) => Promise<string>;
  private readonly verify: (password: string, hash: string) => Promise<boolean>;
  /** Checked when the account is unknown or has no password, so that the answer takes as long either way. */
  private dummyHash: Promise<string> | undefined;

  private readonly remembered: { right: PasswordMemory; wrong: PasswordMemory };

  constructor(private readonly d: WebAuthDeps) {
    this.hash = d.hash ?? hashPassword;
    this.verify = d.verify ?? verifyPassword;
    this.remembered = d.remembered ?? { right: new PasswordMemory(), wrong: new PasswordMemory() };
  }

  /** Checks a password under the attempt limits; a wrong one and an unknown account get the same answer. */
  async login(body: LoginBody, remote: string): Promise<SignedIn> {
    const account = await this.d.accounts.byLogin(body.login);
    return this.d.limiter.guard(limiterKey(account, body.login), remote, async () => {
      const signedIn = await this.withPassword(account, body.password);
      const { token, claims } = await this.d.sessions.issue(signedIn);
      this.d.log.info('web sign-in', { user: signedIn.id, role: signedIn.role });
      return { account: signedIn, token, claims };
    });
  }

  /**
   * Checks credentials a request carries (HTTP Basic on the IPP queue, PRODUCT.md §3.1) under the same
   * attempt limits as {@link login}, and begins no session; answers the account as it is now, role
   * included. A password found right lately is not hashed again, nor is one found wrong, which is
   * refused (`unauthorized`) without counting again: a client repeats its stored password on every
   * request and after every 401 (ipptool, six times), and one typo must not use up the limit. A
   * blocked account or address is refused before either is looked at, so a right password learns
   * nothing new while the limit holds.
   */
  async checkPassword(login: string, password: string, remote: string): Promise<Account> {
    const account = await this.d.accounts.byLogin(login);
    const { right, wrong } = this.remembered;
    return this.d.limiter.guard(limiterKey(account, login), remote, async () => {
      if (account?.passwordHash && right.has(account, login, password)) return account;
      if (wrong.has(account, login, password)) throw new AppError('unauthorized', WRONG);
      let checked: Account;
      try {
        checked = await this.withPassword(account, password);
      } catch (error) {
        if (error instanceof AppError && error.code === 'bad-credentials')
          wrong.note(account, login, password);
        throw error;
      }
      right.note(checked, login, password);
      return checked;
    });
  }

  /** `account` if it has this password, else `bad-credentials`; takes as long when there is no account. */
  private async withPassword(account: Account | undefined, password: string): Promise<Account> {
    this.dummyHash ??= this.hash(randomBytes(16).toString('base64url'));
    const stored = account?.passwordHash ?? (await this.dummyHash);
    const matches = await this.verify(password, stored);
    if (!matches || !account?.passwordHash) throw new AppError('bad-credentials', WRONG);
    return account;
  }

  /** Whether the first-run form is open: no administrator exists and none ever did. */
  async setupNeeded(): Promise<boolean> {
    if (await this.d.accounts.firstRunDone()) return false;
    return (await this.d.accounts.countAdministrators()) === 0;
  }

  /**
   * Makes the first administrator and signs them in. The check and the insert are one write
   * transaction (BEGIN IMMEDIATE, one writer), so of two racing setups exactly one wins.
   */
  async setup(body: SetupBody, remote: string): Promise<SignedIn> {
    const closed = new AppError('conflict', 'An administrator already exists: sign in instead.');
    // Before hashing, so that a closed form costs nothing to ask.
    if (!(await this.setupNeeded())) throw closed;
    const passwordHash = await this.hash(body.password);
    const account = await this.d.db.transaction(async (tx) => {
      if ((await this.d.accounts.firstRunDone(tx)) || (await this.d.accounts.countAdministrators(tx)) > 0)
        throw closed;
      if (await this.d.accounts.byEmail(body.email, tx)) {
        // Taking over an existing account here would set its password without knowing the old one.
        throw new AppError(
          'conflict',
          `${body.email} already has an account. Use another email here, or give that account the administrator role with ADMIN_TOKEN.`,
        );
      }
      const created = await this.d.accounts.createAdministrator(tx, {
        email: body.email,
        name: body.name,
        passwordHash,
      });
      await this.d.accounts.closeFirstRun(tx, created.email);
      await this.d.audit.record(
        {
          at: Date.now(),
          actor: created.email,
          action: 'POST /api/auth/setup',
          target: created.email,
          status: 201,
          summary: { role: 'administrator', firstRun: true },
          remote,
        },
        tx,
      );
      return created;
    });
    const { token, claims } = await this.d.sessions.issue(account);
    this.d.log.info('first administrator created', { user: account.id });
    return { account, token, claims };
  }

  /**
   * The session a cookie carries, checked against the account as it is now: gone, made again under
   * the same id or email, or given a new password, and the session has ended. A token due for sliding
   * renewal comes back with a fresh one for the same session.
   */
  async resume(token: string, nowMs = Date.now()): Promise<Resumed> {
    const check = await this.d.sessions.verify(token, nowMs);
    if (!check.ok) return check;
    const account = await this.d.accounts.byId(check.claims.userId);
    if (!account || !this.d.sessions.belongsTo(check.claims, account))
      return { ok: false, reason: 'account-changed' };
    const due = renewedExpiry(check.claims, Math.floor(nowMs / 1000), this.d.sessions.policy);
    if (due === null) return { ok: true, account, claims: check.claims, renewedToken: null };
    const fresh = await this.d.sessions.issue(account, check.claims, nowMs);
    return { ok: true, account, claims: fresh.claims, renewedToken: fresh.token };
  }

  /** Signs a session out for good. */
  async logout(claims: WebSessionClaims): Promise<void> {
    await this.d.sessions.revoke(claims);
    this.d.log.info('web sign-out', { user: claims.userId });
  }

  /** The CSRF token of a session (see `CSRF_HEADER` in protocol/src/auth.ts). */
  csrfTokenOf(claims: WebSessionClaims): string {
    return this.d.sessions.csrfTokenOf(claims.sessionId);
  }

  /** Whether `given` is the CSRF token of the session. */
  csrfMatches(claims: WebSessionClaims, given: string | undefined): boolean {
    return this.d.sessions.csrfMatches(claims.sessionId, given);
  }

  /** Gives an account a role; the last administrator stays one. */
  async setRole(email: string, role: Role): Promise<RoleChange> {
    return this.d.db.transaction(async (tx) => {
      const account = await this.d.accounts.byEmail(email, tx);
      if (!account) throw new AppError('not-found', `There is no user ${email.slice(0, 254)}.`);
      const refusal = roleChangeRefusal(account.role, role, await this.d.accounts.countAdministrators(tx));
      if (refusal) throw new AppError('conflict', refusal);
      if (account.role !== role) await this.d.accounts.setRole(tx, account.id, role);
      // An administrator now exists: the first-run form must not open again even if they are deleted.
      if (role === 'administrator') await this.d.accounts.closeFirstRun(tx, account.email);
      return { email: account.email, role, previous: account.role };
    });
  }

  /** Who is signed in, as pages show it. */
  static userView(a: Account): SessionUser {
    return { email: a.email, name: accountName(a), role: a.role };
  }
}
