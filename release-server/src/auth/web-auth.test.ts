import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '@quire/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Database } from '../adapters/sqlite/database';
import { migrate } from '../adapters/sqlite/migrate';
import { createLogger } from '../log';
import { SessionTokens } from '../services/sessions';
import { AccountStore } from './account-store';
import { AuditStore } from './audit-store';
import { LoginLimiter } from './login-limiter';
import { WebAuth } from './web-auth';
import { WebSessions } from './web-sessions';

let dir: string;
let db: Database;
let key: Uint8Array;
let sessions: WebSessions;
let auth: WebAuth;
const accounts = () => new AccountStore(db);

// Hashing is scrypt's business (password.test.ts); here it only has to be told apart.
const hash = async (p: string) => `plain$${p}`;
const verify = async (p: string, h: string) => h === `plain$${p}`;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'quire-auth-'));
  db = await Database.open(path.join(dir, 'test.db'));
  await migrate(db);
  key = new Uint8Array(randomBytes(32));
  sessions = new WebSessions(key, db);
  const log = createLogger('silent');
  auth = new WebAuth({
    db,
    accounts: accounts(),
    sessions,
    audit: new AuditStore(db),
    limiter: new LoginLimiter(),
    log,
    hash,
    verify,
  });
});

afterEach(async () => {
  await db.close();
  await fs.rm(dir, { recursive: true, force: true });
});

const ADA = { email: 'ada@example.com', password: 'ada-password-1', name: 'Ada' };

async function addUser(email: string, password: string | null, id?: number): Promise<void> {
  await db.transaction((tx) =>
    tx.run('INSERT INTO users (id, email, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?)', [
      id ?? null,
      email,
      password && `plain$${password}`,
      Date.now(),
      Date.now(),
    ]),
  );
}

const code = (error: unknown) => (error instanceof AppError ? error.code : String(error));

describe('first run', () => {
  it('makes exactly one administrator when two setups race', async () => {
    const results = await Promise.allSettled([
      auth.setup(ADA, '10.0.0.1'),
      auth.setup({ ...ADA, email: 'eve@example.com' }, '10.0.0.2'),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(code(refused.reason)).toBe('conflict');
    expect(await accounts().countAdministrators()).toBe(1);
    expect(await auth.setupNeeded()).toBe(false);
  });

  it('stays closed after every administrator is deleted', async () => {
    await auth.setup(ADA, '10.0.0.1');
    await db.transaction((tx) => tx.run('DELETE FROM users'));
    expect(await accounts().countAdministrators()).toBe(0);
    expect(await auth.setupNeeded()).toBe(false);
    await expect(auth.setup(ADA, '10.0.0.1')).rejects.toMatchObject({ code: 'conflict' });
  });

  it('closes once an administrator is named through the API, and never takes over an account', async () => {
    await addUser('bea@example.com', 'bea-password');
    await expect(auth.setup({ ...ADA, email: 'bea@example.com' }, 'x')).rejects.toThrow(
      /already has an account/,
    );
    await auth.setRole('bea@example.com', 'administrator');
    expect(await auth.setupNeeded()).toBe(false);
  });
});

describe('sessions', () => {
  it('resumes a session, and renews it after a minute under the same session and CSRF token', async () => {
    const { token, claims } = await auth.setup(ADA, 'x');
    const t0 = claims.issuedAt * 1000;
    const soon = await auth.resume(token, t0 + 30_000);
    expect(soon).toMatchObject({ ok: true, renewedToken: null });
    const later = await auth.resume(token, t0 + 61_000);
    if (!later.ok || !later.renewedToken) throw new Error('expected a renewal');
    expect(later.claims.sessionId).toBe(claims.sessionId);
    expect(later.claims.expiresAt).toBe(claims.issuedAt + 61 + 900);
    expect(auth.csrfTokenOf(later.claims)).toBe(auth.csrfTokenOf(claims));
  });

  it('ends after 15 minutes unused and after 8 hours in any case', async () => {
    const { token, claims } = await auth.setup(ADA, 'x');
    const t0 = claims.issuedAt * 1000;
    expect(await auth.resume(token, t0 + 901_000)).toEqual({ ok: false, reason: 'expired' });
    // Used every ten minutes, it slides, but not past eight hours.
    let current = token;
    for (let t = t0 + 600_000; t < t0 + 8 * 3600_000; t += 600_000) {
      const r = await auth.resume(current, t);
      if (!r.ok) throw new Error(`ended early at ${(t - t0) / 60_000} min: ${r.reason}`);
      current = r.renewedToken ?? current;
    }
    expect(await auth.resume(current, t0 + 8 * 3600_000 + 1000)).toEqual({ ok: false, reason: 'expired' });
  });

  it('ends when the account is deleted and made again under the same id and email', async () => {
    await addUser('cal@example.com', 'cal-password', 7);
    const { token } = await auth.login({ login: 'cal@example.com', password: 'cal-password' }, 'x');
    await db.transaction((tx) => tx.run('DELETE FROM users WHERE id = 7'));
    await new Promise((r) => setTimeout(r, 5)); // a new created_at
    await addUser('cal@example.com', 'cal-password', 7);
    expect(await auth.resume(token)).toEqual({ ok: false, reason: 'account-changed' });
  });

  it('ends when the id now names someone else, or the password changed', async () => {
    await addUser('dan@example.com', 'dan-password', 8);
    const first = await auth.login({ login: 'DAN@example.com', password: 'dan-password' }, 'x');
    await db.transaction((tx) => tx.run("UPDATE users SET password_hash = 'plain$new' WHERE id = 8"));
    expect(await auth.resume(first.token)).toEqual({ ok: false, reason: 'account-changed' });

    await addUser('eli@example.com', 'eli-password', 9);
    const second = await auth.login({ login: 'eli@example.com', password: 'eli-password' }, 'x');
    await db.transaction((tx) => tx.run('DELETE FROM users WHERE id = 9'));
    await addUser('fox@example.com', 'eli-password', 9);
    expect(await auth.resume(second.token)).toEqual({ ok: false, reason: 'account-changed' });
  });

  it('ends for good at sign-out', async () => {
    const { token, claims } = await auth.setup(ADA, 'x');
    await auth.logout(claims);
    expect(await auth.resume(token)).toEqual({ ok: false, reason: 'revoked' });
  });

  it('takes no panel token for a web session, and no web token for a panel', async () => {
    await addUser('gus@example.com', 'gus-password', 10);
    const panel = SessionTokens.withKey(key, db);
    const panelToken = await panel.issue(10, 'gus@example.com', 'lobby');
    expect(await auth.resume(panelToken)).toEqual({ ok: false, reason: 'invalid' });
    const { token } = await auth.login({ login: 'gus@example.com', password: 'gus-password' }, 'x');
    expect(await panel.resume(token, 'lobby')).toBeUndefined();
  });

  it('refuses a token signed with another key or changed on the way', async () => {
    const { token } = await auth.setup(ADA, 'x');
    const other = new WebSessions(new Uint8Array(randomBytes(32)), db);
    expect(await other.verify(token)).toEqual({ ok: false, reason: 'invalid' });
    const [h, p, s] = token.split('.');
    const payload = JSON.parse(Buffer.from(p!, 'base64url').toString()) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...payload, sub: '2' })).toString('base64url');
    expect(await sessions.verify(`${h}.${forged}.${s}`)).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('login', () => {
  it('answers an unknown account, an account without a password and a wrong password alike', async () => {
    await addUser('hal@example.com', null);
    await addUser('ida@example.com', 'ida-password');
    const tries = [
      { login: 'nobody@example.com', password: 'x' },
      { login: 'hal@example.com', password: '' },
      { login: 'ida@example.com', password: 'wrong' },
    ];
    const errors = await Promise.all(tries.map((t) => auth.login(t, 'x').catch((e: unknown) => e)));
    expect(errors.map((e) => [code(e), (e as Error).message])).toEqual(
      tries.map(() => ['bad-credentials', 'Wrong email, short name or password.']),
    );
  });

  it('refuses the 6th try in a minute even with the right password', async () => {
    await addUser('jo@example.com', 'jo-password');
    for (let i = 0; i < 5; i++) {
      await expect(auth.login({ login: 'jo@example.com', password: 'no' }, 'x')).rejects.toMatchObject({
        code: 'bad-credentials',
      });
    }
    await expect(auth.login({ login: 'JO@example.com', password: 'jo-password' }, 'y')).rejects.toThrow(
      /^Too many failed sign-ins\. Try again in \d+ seconds\.$/,
    );
  });
});

describe('checkPassword (HTTP Basic on the IPP queue)', () => {
  let checks: number;
  let basic: WebAuth;

  beforeEach(() => {
    checks = 0;
    basic = new WebAuth({
      db,
      accounts: accounts(),
      sessions,
      audit: new AuditStore(db),
      limiter: new LoginLimiter(),
      log: createLogger('silent'),
      hash,
      verify: async (p, h) => {
        checks++;
        return verify(p, h);
      },
    });
  });

  const run = (sql: string, params: (string | number)[]) => db.transaction((tx) => tx.run(sql, params));

  it('finds the account by short name in any case, hashes a right password once, and reads the role afresh', async () => {
    await addUser('lea@example.com', 'lea-password');
    await run("UPDATE users SET shortname = 'lea' WHERE email = ?", ['lea@example.com']);
    expect(await basic.checkPassword('LEA', 'lea-password', 'x')).toMatchObject({
      email: 'lea@example.com',
      role: 'user',
    });
    const firstRun = checks;
    await run("UPDATE users SET role = 'administrator' WHERE email = ?", ['lea@example.com']);
    expect(await basic.checkPassword('lea@example.com', 'lea-password', 'y')).toMatchObject({
      role: 'administrator',
    });
    expect(checks).toBe(firstRun);
  });

  it('forgets a remembered password once the password changes', async () => {
    await addUser('max@example.com', 'old-password');
    await basic.checkPassword('max@example.com', 'old-password', 'x');
    await run("UPDATE users SET password_hash = 'plain$new-password' WHERE email = ?", ['max@example.com']);
    await expect(basic.checkPassword('max@example.com', 'old-password', 'x')).rejects.toMatchObject({
      code: 'bad-credentials',
    });
    expect(await basic.checkPassword('max@example.com', 'new-password', 'x')).toMatchObject({
      email: 'max@example.com',
    });
  });

  it('counts a repeated wrong password once, each new one again, and then refuses even a remembered right one', async () => {
    await addUser('ned@example.com', 'ned-password');
    await basic.checkPassword('ned@example.com', 'ned-password', 'x');
    for (let i = 0; i < 6; i++) {
      await expect(basic.checkPassword('ned@example.com', 'typo', 'x')).rejects.toMatchObject({
        code: i === 0 ? 'bad-credentials' : 'unauthorized',
      });
    }
    for (const guess of ['g1', 'g2', 'g3']) {
      await expect(basic.checkPassword('ned@example.com', guess, 'x')).rejects.toMatchObject({
        code: 'bad-credentials',
      });
    }
    const before = checks;
    await expect(basic.checkPassword('ned@example.com', 'g4', 'x')).rejects.toMatchObject({
      code: 'bad-credentials',
    });
    await expect(basic.checkPassword('ned@example.com', 'ned-password', 'y')).rejects.toMatchObject({
      code: 'too-many-attempts',
    });
    // The web sign-in shares the limit.
    await expect(
      basic.login({ login: 'ned@example.com', password: 'ned-password' }, 'z'),
    ).rejects.toMatchObject({
      code: 'too-many-attempts',
    });
    expect(checks).toBe(before + 1);
  });

  it('answers an unknown account as a wrong password', async () => {
    await expect(basic.checkPassword('nobody', 'x', 'x')).rejects.toMatchObject({ code: 'bad-credentials' });
    await expect(basic.checkPassword('NOBODY', 'x', 'x')).rejects.toMatchObject({ code: 'unauthorized' });
  });
});

describe('roles', () => {
  it('keeps the last administrator one', async () => {
    await auth.setup(ADA, 'x');
    await expect(auth.setRole(ADA.email, 'helpdesk')).rejects.toMatchObject({ code: 'conflict' });
    await addUser('kim@example.com', 'kim-password');
    expect(await auth.setRole('KIM@example.com', 'administrator')).toEqual({
      email: 'kim@example.com',
      role: 'administrator',
      previous: 'user',
    });
    expect(await auth.setRole(ADA.email, 'helpdesk')).toMatchObject({ role: 'helpdesk' });
    await expect(auth.setRole('nobody@example.com', 'user')).rejects.toMatchObject({ code: 'not-found' });
  });
});
