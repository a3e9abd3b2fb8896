import fs from 'node:fs/promises';
import path from 'node:path';
import { type AuditPage, type AuthSession, type ErrorBody, SESSION_COOKIE } from '@quire/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePdf } from '../support/pdf';
import { tempDir } from '../support/process';
import { importCsv, ipptoolPrint, seedPeople, USERS_CSV } from '../support/seed';
import { startTestServer, type TestServer } from '../support/server';
import { WebClient } from '../support/web-client';

/**
 * Issue 5, part 1: web sign-in, roles, CSRF, login limits and the audit log, against the real server
 * process over HTTP. Each test builds on the accounts the ones before made, in order.
 */

const HEADER = USERS_CSV.split('\n')[0]!;
const ADMIN = { email: 'root@example.com', password: 'root-password-42', name: 'Rita Root' };

let server: TestServer;
let admin: WebClient;
let pdfDir: string;

const web = () => new WebClient(server.url);
const error = async (res: Response) => (await res.json()) as ErrorBody;
const users = (...lines: string[]) => `${HEADER}\n${lines.join('\n')}\n`;

/** Signs `client` in and expects it to work; says what the server said and logged when not. */
async function signIn(client: WebClient, login: string, password: string): Promise<void> {
  const res = await client.login(login, password);
  if (res.status !== 200) {
    const log = server.process.output().slice(-4000);
    expect.fail(`sign-in as ${login}: ${res.status} ${await res.text()}\n--- server log ---\n${log}`);
  }
}

/** A user's delegates, through the admin token: 200 when the account exists, 404 when not. */
const exists = async (email: string) =>
  (await server.admin(`/users/${encodeURIComponent(email)}/delegates`)).status === 200;

beforeAll(async () => {
  server = await startTestServer();
  await seedPeople(server);
  pdfDir = await tempDir('web-auth');
});

afterAll(async () => {
  await server?.stop();
  if (pdfDir) await fs.rm(pdfDir, { recursive: true, force: true });
});

describe('first run', () => {
  it('creates the first administrator, signs them in, and refuses a second setup', async () => {
    const res0 = await fetch(`${server.url}/api/auth/setup`);
    expect(await res0.json()).toEqual({ needed: true });

    admin = web();
    const short = await admin.setup({ ...ADMIN, password: 'too-short' });
    expect(short.status).toBe(400);
    expect((await error(short)).message).toBe('password: must be at least 10 characters.');

    const res = await admin.setup({ ...ADMIN, email: ' Root@Example.com ' });
    expect(res.status).toBe(201);
    const session = (await res.json()) as AuthSession;
    expect(session.user).toEqual({ email: ADMIN.email, name: ADMIN.name, role: 'administrator' });
    expect(session.csrfToken).toMatch(/^[\w-]{43}$/);
    expect(admin.cookie).toBeDefined();

    expect(await (await fetch(`${server.url}/api/auth/setup`)).json()).toEqual({ needed: false });
    const again = await web().setup({ ...ADMIN, email: 'mallory@example.com' });
    expect(again.status).toBe(409);
    expect(await error(again)).toEqual({
      code: 'conflict',
      message: 'An administrator already exists: sign in instead.',
    });

    const me = await admin.me();
    expect(me.status).toBe(200);
    expect(await me.json()).toEqual(session);
  });
});

describe('sign-in', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie and answers who and the CSRF token', async () => {
    const alice = web();
    const res = await alice.login('ALICE', 'alice-secret');
    expect(res.status, `${await res.clone().text()}\n${server.process.output().slice(-4000)}`).toBe(200);
    expect(await res.json()).toEqual({
      user: { email: 'alice@example.com', name: 'Alice Martin', role: 'user' },
      csrfToken: expect.stringMatching(/^[\w-]{43}$/),
    });
    const cookie = alice.sessionSetCookie()!;
    const attributes = cookie.split(';').map((a) => a.trim().toLowerCase());
    expect(attributes[0]).toMatch(new RegExp(`^${SESSION_COOKIE}=ey`));
    expect(attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=strict', 'path=/']));
    // Plain HTTP here: a Secure cookie would never come back.
    expect(attributes).not.toContain('secure');
    // The token says who and until when; not the role, which is read on every request.
    expect(alice.tokenClaims()).toMatchObject({ sub: expect.any(String), eml: 'alice@example.com' });
    expect(alice.tokenClaims()).not.toHaveProperty('role');

    const me = await alice.me();
    expect(((await me.json()) as AuthSession).csrfToken).toBe(alice.csrfToken);
  });

  it('takes only a small JSON body', async () => {
    const form = await web().fetch('/api/auth/login', {
      method: 'POST',
      body: JSON.stringify({ login: 'alice', password: 'alice-secret' }),
      headers: { 'content-type': 'text/plain' },
    });
    expect(form.status).toBe(400);
    const huge = await web().fetch('/api/auth/login', {
      method: 'POST',
      json: { login: 'alice', password: 'x'.repeat(20_000) },
    });
    expect(huge.status).toBe(413);
    expect(huge.headers.get('connection')).toBe('close');
    expect((await error(huge)).code).toBe('payload-too-large');
  });

  it('answers a wrong password and an unknown account alike', async () => {
    const wrong = await web().login('alice@example.com', 'not-her-password');
    const unknown = await web().login('nobody@example.com', 'alice-secret');
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(await error(wrong)).toEqual(await error(unknown));
  });

  it('refuses the 6th wrong password in a minute, even when it is right, and says when to try again', async () => {
    await importCsv(server, 'users', users('dora@example.com,CREATE,dora-secret-1,Dora,,,dora,,,,'));
    for (let i = 1; i <= 5; i++) {
      const res = await web().login('dora', `guess-${i}`);
      expect(res.status, `try ${i}`).toBe(401);
    }
    const sixth = await web().login('dora@example.com', 'dora-secret-1');
    expect(sixth.status).toBe(429);
    const body = await error(sixth);
    expect(body.code).toBe('too-many-attempts');
    expect(body.message).toMatch(/^Too many failed sign-ins\. Try again in \d+ seconds\.$/);
    // Another account from the same address is not locked out by dora's guesses.
    await signIn(web(), 'bob', 'bob-secret');
  });

  it('makes the old cookie useless after sign-out', async () => {
    const alice = web();
    await signIn(alice, 'alice', 'alice-secret');
    const stolen = alice.copy();

    const noCsrf = await alice.fetch('/api/auth/logout', { method: 'POST', csrf: false });
    expect(noCsrf.status).toBe(403);

    const out = await alice.logout();
    expect(out.status).toBe(204);
    expect(alice.sessionSetCookie()).toMatch(/Max-Age=0/i);
    expect(alice.cookie).toBeUndefined();

    const me = await stolen.me();
    expect(me.status).toBe(401);
    const again = await stolen.fetch('/api/auth/logout', { method: 'POST' });
    expect(again.status).toBe(204);
  });

  it('does not hand an old session to an account deleted and made again under the same id', async () => {
    // erin is the newest account, so SQLite gives her id to the next one made after she is deleted.
    await importCsv(server, 'users', users('erin@example.com,CREATE,erin-secret-1,Erin,,,,,,,'));
    const before = web();
    await signIn(before, 'erin@example.com', 'erin-secret-1');
    const oldId = before.tokenClaims().sub;

    await importCsv(server, 'users', users('erin@example.com,DELETE,,,,,,,,,'));
    expect((await before.copy().me()).status).toBe(401);
    await importCsv(server, 'users', users('erin@example.com,CREATE,erin-secret-1,Erin,,,,,,,'));

    const after = web();
    await signIn(after, 'erin@example.com', 'erin-secret-1');
    expect(after.tokenClaims().sub).toBe(oldId);
    expect((await before.me()).status).toBe(401);
    expect((await after.me()).status).toBe(200);

    // The same id for someone else entirely.
    await importCsv(server, 'users', users('erin@example.com,DELETE,,,,,,,,,'));
    await importCsv(server, 'users', users('fred@example.com,CREATE,fred-secret-1,Fred,,,,,,,'));
    const fred = web();
    await signIn(fred, 'fred@example.com', 'fred-secret-1');
    expect(fred.tokenClaims().sub).toBe(oldId);
    const res = await after.me();
    expect(res.status).toBe(401);
    expect((await error(res)).code).toBe('not-signed-in');
  });
});

describe('roles', () => {
  // How bob's held job shows in an admin job list.
  const bobJob = '"userEmail":"bob@example.com"';

  beforeAll(async () => {
    const file = path.join(pdfDir, 'payroll.pdf');
    await fs.writeFile(file, await makePdf(1, 'payroll'));
    await ipptoolPrint(server, 'bob', file);
  });

  it('lets a user read no admin endpoint, so none of anyone else’s jobs', async () => {
    const alice = web();
    await signIn(alice, 'alice', 'alice-secret');
    for (const p of [
      '/jobs',
      '/jobs?state=held',
      '/printers',
      '/policies',
      '/users/bob@example.com/delegates',
      '/history',
      '/fleet',
      '/audit',
      '/no-such-thing',
    ]) {
      const res = await alice.fetch(`/api/admin${p}`);
      expect(res.status, p).toBe(403);
      const text = await res.text();
      expect(text, p).not.toContain(bobJob);
      expect(JSON.parse(text), p).toEqual({
        code: 'forbidden',
        message: 'Your account has no access to the admin pages. An administrator can give it a role.',
      });
    }
    const change = await alice.fetch('/api/admin/users/alice@example.com/role', {
      method: 'PUT',
      json: { role: 'administrator' },
    });
    expect(change.status).toBe(403);
    // The job is there, for those allowed to see it.
    expect(await (await server.admin('/jobs')).text()).toContain(bobJob);
  });

  it('lets helpdesk look at jobs but change nothing', async () => {
    await importCsv(server, 'users', users('hugo@example.com,CREATE,hugo-secret-1,Hugo,,,,,,,'));
    const made = await admin.fetch('/api/admin/users/hugo@example.com/role', {
      method: 'PUT',
      json: { role: 'helpdesk' },
    });
    expect(made.status).toBe(200);
    expect(await made.json()).toEqual({ email: 'hugo@example.com', role: 'helpdesk', previous: 'user' });

    const hugo = web();
    await signIn(hugo, 'hugo@example.com', 'hugo-secret-1');
    const jobs = await hugo.fetch('/api/admin/jobs');
    expect(jobs.status).toBe(200);
    expect(await jobs.text()).toContain(bobJob);

    const prices = await hugo.fetch('/api/admin/prices', {
      method: 'PUT',
      json: { currency: 'EUR', default: { kind: 'flat', mono: '0.10', color: '0.50' } },
    });
    expect(prices.status).toBe(403);
    expect(await error(prices)).toEqual({
      code: 'forbidden',
      message: 'Helpdesk accounts can look but not change settings.',
    });

    // The audit log names who did what from where: administrators only.
    expect((await hugo.fetch('/api/admin/audit')).status).toBe(403);

    // A role taken away counts at once, on the same session.
    await admin.fetch('/api/admin/users/hugo@example.com/role', { method: 'PUT', json: { role: 'user' } });
    expect((await hugo.fetch('/api/admin/jobs')).status).toBe(403);
  });

  it('gives no role through the users CSV import', async () => {
    // An UPDATE of an administrator's row keeps the role; a ROLE column is not part of the format.
    await importCsv(server, 'users', users(`${ADMIN.email},UPDATE,,,,Rita R.,,,,,`));
    expect(await (await admin.me()).json()).toMatchObject({
      user: { name: 'Rita R.', role: 'administrator' },
    });
    const withRole = await server.admin('/users/import', {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: `${HEADER},ROLE\nalice@example.com,UPDATE,,,,,,,,,,administrator\n`,
    });
    expect(withRole.status).toBe(400);
    const alice = web();
    await signIn(alice, 'alice', 'alice-secret');
    expect(await (await alice.me()).json()).toMatchObject({ user: { role: 'user' } });
  });

  it('keeps the last administrator one', async () => {
    const res = await admin.fetch(`/api/admin/users/${ADMIN.email}/role`, {
      method: 'PUT',
      json: { role: 'user' },
    });
    expect(res.status).toBe(409);
    expect((await error(res)).message).toMatch(/last administrator/);
  });

  it('refuses a role nobody knows, and an account that does not exist', async () => {
    const bad = await admin.fetch('/api/admin/users/bob@example.com/role', {
      method: 'PUT',
      json: { role: 'superuser' },
    });
    expect(bad.status).toBe(400);
    const none = await server.admin('/users/nobody@example.com/role', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'helpdesk' }),
    });
    expect(none.status).toBe(404);
  });
});

describe('CSRF', () => {
  const ivy = users('ivy@example.com,CREATE,ivy-secret-1,Ivy,,,,,,,');
  const importAs = (
    client: WebClient,
    csv: string,
    r: { csrf?: boolean; headers?: Record<string, string> } = {},
  ) =>
    client.fetch('/api/admin/users/import', {
      method: 'POST',
      body: csv,
      csrf: r.csrf ?? true,
      headers: { 'content-type': 'text/csv', ...r.headers },
    });

  it('refuses a cookie-authenticated POST without the CSRF header, and takes it with the header', async () => {
    const without = await importAs(admin, ivy, { csrf: false });
    expect(without.status).toBe(403);
    expect(await error(without)).toEqual({
      code: 'csrf-failed',
      message:
        'This change needs the x-csrf-token header: the csrfToken from /api/auth/login or /api/auth/me.',
    });
    expect(await exists('ivy@example.com')).toBe(false);

    const wrong = await importAs(admin, ivy, { csrf: false, headers: { 'x-csrf-token': 'x'.repeat(43) } });
    expect(wrong.status).toBe(403);
    expect((await error(wrong)).code).toBe('csrf-failed');

    const right = await importAs(admin, ivy);
    expect(right.status).toBe(200);
    expect(await exists('ivy@example.com')).toBe(true);
  });

  it('refuses another session’s CSRF token', async () => {
    const bob = web();
    await signIn(bob, 'bob', 'bob-secret');
    const res = await admin.fetch('/api/admin/policies', {
      method: 'PUT',
      json: {},
      csrf: false,
      headers: { 'x-csrf-token': bob.csrfToken! },
    });
    expect(res.status).toBe(403);
  });

  it('refuses a change from a page on another origin, even with the token', async () => {
    const evil = await importAs(admin, users('jack@example.com,CREATE,,,,,,,,,'), {
      headers: { origin: 'http://evil.example' },
    });
    expect(evil.status).toBe(403);
    expect((await error(evil)).message).toMatch(/came from a page at http:\/\/evil\.example/);
    const crossSite = await importAs(admin, users('jack@example.com,CREATE,,,,,,,,,'), {
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
    expect(await exists('jack@example.com')).toBe(false);

    const own = await importAs(admin, users('jack@example.com,CREATE,,,,,,,,,'), {
      headers: { origin: server.url, 'sec-fetch-site': 'same-origin' },
    });
    expect(own.status).toBe(200);
  });

  it('refuses a sign-in posted from another site’s page', async () => {
    const res = await web().fetch('/api/auth/login', {
      method: 'POST',
      json: { login: 'alice', password: 'alice-secret' },
      headers: { origin: 'http://evil.example' },
    });
    expect(res.status).toBe(403);
  });

  it('needs no CSRF token with the admin token', async () => {
    const res = await server.admin('/policies', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ printAndKeep: true }),
    });
    expect(res.status).toBe(200);
  });
});

describe('audit log', () => {
  it('records each change with who made it, and never a password', async () => {
    const res = await admin.fetch('/api/admin/audit?limit=500');
    expect(res.status).toBe(200);
    const page = (await res.json()) as AuditPage;
    const find = (action: string, actor: string, target?: string) =>
      page.entries.find((e) => e.action === action && e.actor === actor && (!target || e.target === target));

    expect(find('POST /api/auth/setup', ADMIN.email)).toMatchObject({
      status: 201,
      remote: expect.any(String),
    });
    // Newest first: hugo made helpdesk, then back to a user.
    const hugo = page.entries.filter(
      (e) => e.action === 'PUT /api/admin/users/:email/role' && e.target === 'hugo@example.com',
    );
    expect(hugo.map((e) => [e.actor, e.summary])).toEqual([
      [ADMIN.email, { fields: ['role'], from: 'helpdesk', to: 'user' }],
      [ADMIN.email, { fields: ['role'], from: 'user', to: 'helpdesk' }],
    ]);
    expect(find('POST /api/admin/users/import', 'admin-token')).toMatchObject({ status: 200 });
    expect(find('POST /api/admin/users/import', ADMIN.email)).toMatchObject({ status: 200 });
    expect(find('PUT /api/admin/policies', 'admin-token')?.summary).toEqual({ fields: ['printAndKeep'] });
    // Refused changes are not changes.
    expect(page.entries.some((e) => e.actor === 'hugo@example.com' || e.actor === 'alice@example.com')).toBe(
      false,
    );
    expect(page.entries.every((e) => e.status < 400)).toBe(true);

    const all = JSON.stringify(page);
    for (const secret of [ADMIN.password, 'alice-secret', 'bob-secret', 'erin-secret-1', 'ivy-secret-1']) {
      expect(all).not.toContain(secret);
    }
    expect(all).not.toContain(admin.cookie!);
    expect(all).not.toContain(admin.csrfToken!);
  });

  it('pages newest first', async () => {
    const first = (await (await server.admin('/audit?limit=2')).json()) as AuditPage;
    expect(first.entries).toHaveLength(2);
    expect(first.entries[0]!.id).toBeGreaterThan(first.entries[1]!.id);
    const second = (await (
      await server.admin(`/audit?limit=2&before=${first.nextBefore}`)
    ).json()) as AuditPage;
    expect(second.entries[0]!.id).toBeLessThan(first.entries[1]!.id);
    expect((await server.admin('/audit?limit=0')).status).toBe(400);
  });
});

describe('the admin token', () => {
  it('still works alone, and a wrong one is refused whatever cookie comes with it', async () => {
    expect((await server.admin('/jobs')).status).toBe(200);
    const res = await admin.fetch('/api/admin/jobs', {
      headers: { authorization: 'Bearer wrong-token-wrong-token' },
    });
    expect(res.status).toBe(401);
    expect((await error(res)).code).toBe('unauthorized');
    const nobody = await fetch(`${server.url}/api/admin/jobs`);
    expect(nobody.status).toBe(401);
  });
});
