import fs from 'node:fs/promises';
import path from 'node:path';
import {
  type AdminJob,
  type AdminReleaseResult,
  type AuditPage,
  adminReleaseResultSchema,
  type BadgeCreated,
  type BadgePage,
  badgeCreatedSchema,
  type ConfigApplyResult,
  type ConfigDocument,
  type ConfigPreview,
  type ConfigRefusal,
  configApplyResultSchema,
  configDocumentSchema,
  configPreviewSchema,
  type Dashboard,
  dashboardSchema,
  type ErrorBody,
  type GroupView,
  type HistoryEntry,
  type ImportReport,
  type PrinterRecord,
  type Retention,
  type TestPageResult,
  TOTAL_COUNT_HEADER,
  testPageResultSchema,
  type UserDetail,
  type UserPage,
  userDetailSchema,
  userPageSchema,
} from '@quire/protocol';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Ippeveprinter, startIppeveprinter } from '../support/ippeveprinter';
import { TestPanel } from '../support/panel-client';
import { makePdf } from '../support/pdf';
import { tempDir } from '../support/process';
import { addPrinter, ipptoolPrint, seedPeople, USERS_CSV } from '../support/seed';
import { startTestServer, type TestServer } from '../support/server';
import { WebClient } from '../support/web-client';

/**
 * Issue 5: the admin API's users, groups, badges, printers, queue, dashboard, retention and
 * configuration transfer, against the real server process, real ippeveprinters and a signed-in
 * administrator's session (cookie and CSRF token, as the admin page calls it). Each test builds on the
 * state the ones before left, in order.
 */

const ROOT = { email: 'root@example.com', password: 'root-password-42', name: 'Rita Root' };
const HUGO = { email: 'hugo@example.com', password: 'helpdesk-pass-1' };

let server: TestServer;
let eve: Ippeveprinter;
let slow: Ippeveprinter;
let dir: string;
let twoPages: string;
let admin: WebClient;
let helpdesk: WebClient;

/** Answers are parsed with their protocol schema, as the admin page parses them. */
function expectShape(
  schema: { safeParse(v: unknown): { success: boolean; error?: unknown } },
  value: unknown,
) {
  const parsed = schema.safeParse(value);
  expect(parsed.success, JSON.stringify(parsed.error)).toBe(true);
}

/** A call through the administrator's session, as the admin page makes it. */
async function call(method: string, p: string, json?: unknown): Promise<Response> {
  return admin.fetch(`/api/admin${p}`, { method, ...(json !== undefined && { json }) });
}
async function ok<T>(method: string, p: string, json?: unknown, status = 200): Promise<T> {
  const res = await call(method, p, json);
  const text = await res.text();
  expect(res.status, `${method} ${p}: ${text}`).toBe(status);
  return (text ? JSON.parse(text) : undefined) as T;
}
async function refused(method: string, p: string, json: unknown, status: number): Promise<ErrorBody> {
  const res = await call(method, p, json);
  const body = (await res.json()) as ErrorBody;
  expect(res.status, `${method} ${p}: ${JSON.stringify(body)}`).toBe(status);
  return body;
}
const get = <T>(p: string) => ok<T>('GET', p);

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}\n${server.process.output().slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  dir = await tempDir('admin-resources');
  twoPages = path.join(dir, 'two.pdf');
  await fs.writeFile(twoPages, await makePdf(2));
  [server, eve, slow] = await Promise.all([
    startTestServer(),
    startIppeveprinter({ name: 'Eve' }),
    // Each job takes three seconds: long enough to try to remove the printer while it prints.
    startIppeveprinter({ name: 'Slow', processSeconds: 3 }),
  ]);
  await seedPeople(server);
  admin = new WebClient(server.url);
  expect((await admin.setup(ROOT)).status).toBe(201);
  expect((await addPrinter(server, 'eve', eve.uri)).status).toBe(201);
  expect((await addPrinter(server, 'slow', slow.uri)).status).toBe(201);
  await ok('PUT', '/prices', { currency: 'EUR', pricing: { kind: 'flat', mono: '0.10', color: '0.20' } });
});

afterAll(async () => {
  await Promise.all([server?.stop(), eve?.stop(), slow?.stop()]);
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

describe('users', () => {
  it('refuses a bad user in words, with the users import rules, and changes nothing', async () => {
    const cases: [unknown, number, string][] = [
      [{ email: 'not-an-email' }, 400, 'email "not-an-email" is not an email address.'],
      [
        { email: 'carol@example.com', shortname: 'carol m', department: 'x'.repeat(256) },
        400,
        'shortname must not contain @ or spaces; department is longer than 255 characters.',
      ],
      [{ email: 'carol@example.com', password: 'short' }, 400, 'password: must be at least 10 characters.'],
      [
        { email: 'carol@example.com', shortname: 'ALICE' },
        409,
        'shortname "ALICE" is already used by alice@example.com.',
      ],
      [{ email: 'Alice@Example.com' }, 409, 'alice@example.com already exists.'],
      [{ email: 'carol@example.com', role: 'administrator' }, 400, 'body: Unrecognized key: "role".'],
    ];
    for (const [body, status, message] of cases) {
      expect((await refused('POST', '/users', body, status)).message).toBe(message);
    }
    expect((await get<UserPage>('/users?q=carol')).total).toBe(0);
  });

  it('creates a user with groups (named as the import names them) and shows them in full', async () => {
    const created = await ok<UserDetail>(
      'POST',
      '/users',
      {
        email: ' Carol@Example.com ',
        password: 'carol-password-1',
        firstName: 'Carol',
        lastName: 'Meyer',
        shortname: 'carol',
        department: 'Recherche',
        costCenter: 'CC-7',
        customAttributes: 'floor=3',
        groups: ['R&D', 'Sales', 'sales'],
      },
      201,
    );
    expectShape(userDetailSchema, created);
    expect(created).toMatchObject({
      email: 'carol@example.com',
      name: 'Carol Meyer',
      shortname: 'carol',
      department: 'Recherche',
      costCenter: 'CC-7',
      customAttributes: 'floor=3',
      role: 'user',
      groups: ['R_D', 'Sales'],
      hasPassword: true,
      badges: [],
      delegates: [],
    });
    expect(await get<UserDetail>('/users/carol%40example.com')).toEqual(created);
    // The password works: the new user signs in on the web.
    expect((await new WebClient(server.url).login('carol', 'carol-password-1')).status).toBe(200);
  });

  it('searches email, names, short name, department and cost centre without regard to case, a page at a time', async () => {
    const emails = async (q: string) =>
      (await get<UserPage>(`/users?q=${encodeURIComponent(q)}`)).users.map((u) => u.email);
    expect(await emails('MEYER')).toEqual(['carol@example.com']);
    expect(await emails('recherche')).toEqual(['carol@example.com']);
    expect(await emails('cc-7')).toEqual(['carol@example.com']);
    expect(await emails('ALIC')).toEqual(['alice@example.com']);
    expect(await emails('@example.com')).toEqual([
      'alice@example.com',
      'bob@example.com',
      'carol@example.com',
      'root@example.com',
    ]);
    // LIKE's wildcards are taken literally.
    expect(await emails('%')).toEqual([]);
    const page = await get<UserPage>('/users?q=example&limit=2&offset=1');
    expectShape(userPageSchema, page);
    expect(page).toMatchObject({ total: 4, limit: 2, offset: 1 });
    expect(page.users.map((u) => u.email)).toEqual(['bob@example.com', 'carol@example.com']);
    expect((await refused('GET', '/users?limit=0', undefined, 400)).message).toBe(
      'limit must be a whole number from 1 to 500.',
    );
  });

  it('edits only the fields named; "" and null clear; a new password ends the old sessions', async () => {
    const carol = new WebClient(server.url);
    expect((await carol.login('carol', 'carol-password-1')).status).toBe(200);
    const edited = await ok<UserDetail>('PUT', '/users/carol@example.com', {
      lastName: 'Meyer-Roth',
      costCenter: null,
      customAttributes: '',
      password: 'carol-password-2',
    });
    expect(edited).toMatchObject({
      firstName: 'Carol',
      lastName: 'Meyer-Roth',
      department: 'Recherche',
      costCenter: null,
      customAttributes: null,
      groups: ['R_D', 'Sales'],
    });
    expect((await carol.me()).status).toBe(401);
    expect((await new WebClient(server.url).login('carol', 'carol-password-2')).status).toBe(200);
    expect((await refused('PUT', '/users/carol@example.com', { shortname: 'bob' }, 409)).message).toBe(
      'shortname "bob" is already used by bob@example.com.',
    );
    expect((await refused('PUT', '/users/nobody@example.com', { firstName: 'X' }, 404)).message).toBe(
      'There is no user nobody@example.com.',
    );
  });

  it('manages groups: counts, a user put in exactly some groups, a group removed', async () => {
    expect(await ok<GroupView>('POST', '/groups', { name: 'Finance/Legal' }, 201)).toEqual({
      name: 'Finance_Legal',
      members: 0,
    });
    expect((await refused('POST', '/groups', { name: 'finance_legal' }, 409)).message).toBe(
      'There is already a group "finance_legal".',
    );
    expect(
      await ok('PUT', '/users/alice@example.com/groups', { groups: ['Sales', 'Finance_Legal', 'New'] }),
    ).toEqual({ email: 'alice@example.com', groups: ['Finance_Legal', 'New', 'Sales'] });
    expect(await get<GroupView[]>('/groups')).toEqual([
      { name: 'Finance_Legal', members: 1 },
      { name: 'New', members: 1 },
      { name: 'R_D', members: 1 },
      { name: 'Sales', members: 2 },
    ]);
    expect(await ok('DELETE', '/groups/New', undefined, 204)).toBeUndefined();
    expect((await refused('DELETE', '/groups/New', undefined, 404)).message).toBe('There is no group "New".');
    expect((await get<UserDetail>('/users/alice@example.com')).groups).toEqual(['Finance_Legal', 'Sales']);
  });

  it('deletes a user; never the last administrator, here or by the users import', async () => {
    await ok('DELETE', '/users/carol@example.com', undefined, 204);
    expect((await refused('GET', '/users/carol@example.com', undefined, 404)).code).toBe('not-found');

    const last = 'root@example.com is the last administrator: make another account an administrator first';
    expect(await refused('DELETE', '/users/root@example.com', undefined, 409)).toEqual({
      code: 'conflict',
      message: `${last}.`,
    });
    const csv = `${USERS_CSV.split('\n')[0]}\nroot@example.com,DELETE,,,,,,,,,\n`;
    for (const mode of ['all-or-nothing', 'apply-valid']) {
      const res = await server.admin(`/users/import?mode=${mode}`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv' },
        body: csv,
      });
      const report = (await res.json()) as ImportReport;
      expect(report.errors).toEqual([{ line: 2, reason: last }]);
      expect(report.deleted).toEqual([]);
    }
    expect((await get<UserDetail>('/users/root@example.com')).role).toBe('administrator');

    // With a second administrator, either may go.
    await ok('POST', '/users', { email: 'ada@example.com', password: 'ada-password-1' }, 201);
    await ok('PUT', '/users/ada@example.com/role', { role: 'administrator' });
    await ok('DELETE', '/users/ada@example.com', undefined, 204);
  });
});

describe('badges', () => {
  it('registers a permanent badge that replaces the old one, as the import does', async () => {
    const created = await ok<BadgeCreated>(
      'POST',
      '/badges',
      { badge: ' 2001 ', email: 'alice@example.com' },
      201,
    );
    expectShape(badgeCreatedSchema, created);
    expect(created).toMatchObject({
      badge: '2001',
      email: 'alice@example.com',
      temporary: false,
      expiresAt: null,
      expired: false,
      replaced: '1001',
    });
    const page = await get<BadgePage>('/badges?email=alice@example.com');
    expect(page.badges.map((b) => b.badge)).toEqual(['2001']);
    // The old badge no longer signs anyone in; the new one does.
    const panel = await TestPanel.at(server.url, 'eve');
    try {
      expect((await panel.requestError({ type: 'sign-in', badge: '1001' })).code).toBe('unknown-badge');
      expect((await panel.request({ type: 'sign-in', badge: '2001' }, 'signed-in')).user.name).toBe('alice');
    } finally {
      panel.close();
    }
  });

  it('gives a temporary badge for 24 hours, next to the permanent one', async () => {
    const temp = await ok<BadgeCreated>(
      'POST',
      '/badges',
      { badge: 'TMP-7', email: 'bob@example.com', temporary: true },
      201,
    );
    expectShape(badgeCreatedSchema, temp);
    expect(temp).toMatchObject({ temporary: true, expired: false, replaced: null });
    expect(Date.parse(temp.expiresAt!) - Date.parse(temp.createdAt)).toBe(24 * 3600_000);
    const bob = await get<UserDetail>('/users/bob@example.com');
    expect(bob.badges.map((b) => [b.badge, b.temporary])).toEqual([
      ['1002', false],
      ['TMP-7', true],
    ]);
  });

  it('refuses bad and taken badges in words', async () => {
    expect(
      (await refused('POST', '/badges', { badge: 'has space', email: 'bob@example.com' }, 400)).message,
    ).toBe('badge must be 1-128 printable ASCII characters without spaces.');
    expect(await refused('POST', '/badges', { badge: '2001', email: 'bob@example.com' }, 409)).toEqual({
      code: 'badge-taken',
      message: 'Badge 2001 already belongs to alice@example.com.',
    });
    expect(
      (await refused('POST', '/badges', { badge: '3001', email: 'nobody@example.com' }, 404)).message,
    ).toBe('There is no user nobody@example.com.');
  });

  it('deletes a badge', async () => {
    await ok('DELETE', '/badges/TMP-7', undefined, 204);
    expect((await refused('DELETE', '/badges/TMP-7', undefined, 404)).message).toBe(
      'There is no badge TMP-7.',
    );
    expect((await get<BadgePage>('/badges')).badges.map((b) => b.badge)).toEqual(['2001', '1002']);
  });
});

describe('printers', () => {
  it('moves a printer to a URI, reading its capabilities again; an unreachable one changes nothing', async () => {
    const moved = await ok<PrinterRecord>('PUT', '/printers/eve', {
      uri: eve.uri.replace('127.0.0.1', 'localhost'),
    });
    expect(moved.uri).toContain('localhost');
    expect(moved.capabilities.makeAndModel).toContain('Acme');
    const gone = await refused('PUT', '/printers/eve', { uri: 'ipp://127.0.0.1:1/ipp/print' }, 502);
    expect(gone.code).toBe('printer-unreachable');
    expect(gone.message).toMatch(/^Could not read the printer's capabilities: eve cannot be reached/);
    const printers = await get<PrinterRecord[]>('/printers');
    expect(printers.find((p) => p.name === 'eve')?.uri).toBe(moved.uri);
    expect((await refused('PUT', '/printers/nope', { uri: eve.uri }, 404)).code).toBe('unknown-printer');
    expect((await refused('PUT', '/printers/eve', { uri: 'ftp://x' }, 400)).message).toBe(
      'uri: an ipp://, ipps://, http:// or https:// URI.',
    );
  });

  it('prints a test page that names the printer, not charged, not in the history, but audited', async () => {
    const before = (await eve.received()).length;
    const result = await ok<TestPageResult>('POST', '/printers/eve/test-page');
    expectShape(testPageResultSchema, result);
    expect(result).toMatchObject({
      printer: 'eve',
      message: `eve accepted the test page as job ${result.printerJobId}.`,
    });
    const jobs = await eve.waitForJobs(before + 1);
    const page = jobs.find((j) => j.printerJobId === result.printerJobId)!;
    const pdf = await PDFDocument.load(page.document);
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getTitle()).toBe('Quire test page for eve');
    expect(pdf.getSubject()).toMatch(
      new RegExp(`^Sent by Quire at 127\\.0\\.0\\.1:${server.port} at \\d{4}-`),
    );
    expect(await get<HistoryEntry[]>('/history')).toEqual([]);
    const audit = await get<AuditPage>('/audit?limit=1');
    expect(audit.entries[0]).toMatchObject({
      actor: ROOT.email,
      action: 'POST /api/admin/printers/:name/test-page',
      target: 'eve',
      summary: { printerJobId: result.printerJobId },
    });
  });
});

describe('queue (helpdesk scenario)', () => {
  it('filters by user, state and printer, a page at a time, with the total', async () => {
    await ipptoolPrint(server, 'alice', twoPages);
    await ipptoolPrint(server, 'alice', twoPages);
    await ipptoolPrint(server, 'bob', twoPages);
    await ipptoolPrint(server, 'stranger', twoPages);
    const res = await call('GET', '/jobs?user=alice@example.com&state=held&limit=1');
    expect(res.headers.get(TOTAL_COUNT_HEADER)).toBe('2');
    const page = (await res.json()) as AdminJob[];
    expect(page.map((j) => [j.owner, j.userEmail, j.state])).toEqual([
      ['alice', 'alice@example.com', 'held'],
    ]);
    // Priced as its owner would pay for it now: 2 pages at the prices set above; nobody known, no cost.
    expect(['0.20', '0.40']).toContain(page[0]!.cost);
    const second = await get<AdminJob[]>('/jobs?user=alice&state=held&limit=1&offset=1');
    expect(second[0]!.id).toBeLessThan(page[0]!.id);
    expect((await get<AdminJob[]>('/jobs?user=BOB')).map((j) => j.userEmail)).toEqual(['bob@example.com']);
    // Someone nobody knows yet: found by the name the job was sent under.
    expect(
      (await get<AdminJob[]>('/jobs?user=stranger')).map((j) => [j.requestingUserName, j.userEmail]),
    ).toEqual([['stranger', null]]);
    expect((await get<AdminJob[]>('/jobs?user=stranger'))[0]!.cost).toBeNull();
    const none = await call('GET', '/jobs?printer=eve');
    expect(await none.json()).toEqual([]);
    expect(none.headers.get(TOTAL_COUNT_HEADER)).toBe('0');
    expect((await refused('GET', '/jobs?state=lost', undefined, 400)).message).toMatch(
      /^state must be one of incoming, held/,
    );
  });

  it("releases a held job on its owner's behalf: it prints on ippeveprinter and the owner is charged, once", async () => {
    const job = (await get<AdminJob[]>('/jobs?user=alice&state=held'))[0]!;
    const before = (await eve.received()).length;
    const body = { printer: 'eve', releaseId: 'helpdesk-0001' };
    const result = await ok<AdminReleaseResult>('POST', `/jobs/${job.id}/release`, body, 202);
    expectShape(adminReleaseResultSchema, result);
    expect(result).toMatchObject({
      outcome: 'accepted',
      releaseId: 'helpdesk-0001',
      jobId: job.id,
      printer: 'eve',
      message: `Job ${job.id} is on its way to eve; alice@example.com is charged for it.`,
    });
    await eve.waitForJobs(before + 1);
    await until('the job printed', async () =>
      (await get<AdminJob[]>('/jobs?user=alice&state=printed')).find((j) => j.id === job.id),
    );
    const [entry] = await get<HistoryEntry[]>('/history?kind=printed');
    expect(entry).toMatchObject({
      jobId: job.id,
      user: { email: 'alice@example.com' },
      printer: { name: 'eve' },
      pages: 2,
    });
    const price = entry!.colorMode === 'color' ? 0.2 : 0.1;
    expect(Number(entry!.cost)).toBeCloseTo(entry!.impressions * price, 6);

    const again = await ok<AdminReleaseResult>('POST', `/jobs/${job.id}/release`, body, 200);
    expect(again).toMatchObject({ outcome: 'repeated', jobState: 'printed', releaseState: 'printed' });
    await new Promise((r) => setTimeout(r, 500));
    expect((await eve.received()).length).toBe(before + 1);
    expect((await get<HistoryEntry[]>('/history?kind=printed')).length).toBe(1);

    expect((await get<AdminJob[]>('/jobs?printer=eve')).map((j) => j.id)).toEqual([job.id]);
    const audit = await get<AuditPage>('/audit?limit=5');
    expect(audit.entries.find((e) => e.action === 'POST /api/admin/jobs/:id/release')).toMatchObject({
      target: `job ${job.id}`,
      summary: { onBehalfOf: 'alice@example.com', printer: 'eve', releaseId: 'helpdesk-0001' },
    });
  });

  it("refuses a release the owner's quota forbids, with the panel's words", async () => {
    await ok('PUT', '/quota-definitions', [
      { name: 'none', unit: 'impressions', schedule: 'every-month', limits: { total: 'disabled' } },
    ]);
    await ok('PUT', '/quota-assignments', [{ scope: 'user', email: 'bob@example.com', quota: 'none' }]);
    const job = (await get<AdminJob[]>('/jobs?user=bob&state=held'))[0]!;
    const error = await refused('POST', `/jobs/${job.id}/release`, { printer: 'eve' }, 403);
    expect(error.code).toBe('printing-disabled');
    expect(error.message.length).toBeGreaterThan(10);
    expect((await get<AdminJob[]>(`/jobs?user=bob`))[0]).toMatchObject({ id: job.id, state: 'held' });
    await ok('PUT', '/quota-assignments', []);
    const stranger = (await get<AdminJob[]>('/jobs?user=stranger'))[0]!;
    expect((await refused('POST', `/jobs/${stranger.id}/release`, { printer: 'eve' }, 409)).message).toBe(
      `Job ${stranger.id} was sent by "stranger", who is not a known user: create the user first.`,
    );
    expect((await refused('POST', `/jobs/${job.id}/release`, { printer: 'nope' }, 404)).code).toBe(
      'unknown-printer',
    );
  });

  it('deletes a job through the job removal service: the history records the deletion', async () => {
    const job = (await get<AdminJob[]>('/jobs?user=alice&state=held'))[0]!;
    await ok('DELETE', `/jobs/${job.id}`, undefined, 204);
    expect((await get<HistoryEntry[]>('/history?kind=deleted')).map((h) => [h.jobId, h.user.email])).toEqual([
      [job.id, 'alice@example.com'],
    ]);
    expect((await refused('DELETE', `/jobs/${job.id}`, undefined, 409)).message).toBe(
      `"${job.name}" is no longer held.`,
    );
    expect((await refused('DELETE', '/jobs/999999', undefined, 404)).code).toBe('job-not-found');
  });
});

describe('printer removal', () => {
  it('refuses to move or remove a printer while a release to it is under way; held jobs stay', async () => {
    const job = (await get<AdminJob[]>('/jobs?user=bob&state=held'))[0]!;
    await ipptoolPrint(server, 'bob', twoPages);
    await ok<AdminReleaseResult>('POST', `/jobs/${job.id}/release`, { printer: 'slow' }, 202);
    const busy =
      'slow cannot be removed now: a job is being released to it. Try again when it has printed or failed.';
    expect(await refused('DELETE', '/printers/slow', undefined, 409)).toEqual({
      code: 'conflict',
      message: busy,
    });
    expect((await refused('PUT', '/printers/slow', { uri: slow.uri }, 409)).message).toBe(
      busy.replace('removed', 'moved'),
    );
    // A configuration import that would remove it fails as a whole: the policy it also changes stays.
    const file = await get<ConfigDocument>('/config');
    file.policies.autoRelease = true;
    file.printers = file.printers.filter((p) => p.name !== 'slow');
    expect((await refused('PUT', '/config', file, 409)).message).toBe(
      'slow cannot be removed now: a job is being released to it. Nothing was changed; import the file again when it is done.',
    );
    expect(await get('/policies')).toMatchObject({ autoRelease: false });
    // Nor is its owner deleted while it prints: the charge and the history need the account.
    expect(await refused('DELETE', '/users/bob@example.com', undefined, 409)).toEqual({
      code: 'conflict',
      message: 'bob@example.com has a job printing now: delete the user once it has finished.',
    });
    await slow.waitForJobs(1);
    await until('the job printed on slow', async () =>
      (await get<AdminJob[]>('/jobs?user=bob&state=printed')).find((j) => j.id === job.id),
    );
    expect((await get<AdminJob[]>('/jobs?printer=slow')).map((j) => j.id)).toEqual([job.id]);

    await ok('DELETE', '/printers/slow', undefined, 204);
    expect((await get<PrinterRecord[]>('/printers')).map((p) => p.name)).toEqual(['eve']);
    expect(await get<AdminJob[]>('/jobs?printer=slow')).toEqual([]);
    // Held jobs are not tied to printers; the history keeps the printer's name.
    expect((await get<AdminJob[]>('/jobs?user=bob&state=held')).length).toBe(1);
    expect((await get<HistoryEntry[]>('/history?kind=printed')).map((h) => h.printer?.name)).toEqual([
      'slow',
      'eve',
    ]);
    expect((await refused('DELETE', '/printers/slow', undefined, 404)).code).toBe('unknown-printer');
  });
});

describe('dashboard', () => {
  it('sums the last 30 days of the history, by day, with exact money and the top users and printers', async () => {
    const printed = await get<HistoryEntry[]>('/history?kind=printed');
    expect(printed).toHaveLength(2);
    const d = await get<Dashboard>('/dashboard');
    expectShape(dashboardSchema, d);
    const sum = (f: (h: HistoryEntry) => number) => printed.reduce((n, h) => n + f(h), 0);
    const impressions = sum((h) => h.impressions);
    const color = sum((h) => (h.colorMode === 'color' ? h.impressions : 0));
    expect(d.totals).toEqual({
      jobs: 2,
      pages: 4,
      impressions,
      colorImpressions: color,
      sheets: sum((h) => h.sheets),
      colorShare: Math.round((color / impressions) * 10_000) / 10_000,
      cost: [
        { currency: 'EUR', amount: String(Number((sum((h) => Number(h.cost) * 1e6) / 1e6).toFixed(6))) },
      ],
    });
    expect(d).toMatchObject({ days: 30, timeZone: 'UTC' });
    expect(d.series).toHaveLength(30);
    expect(d.series.at(-1)).toMatchObject({ day: new Date().toISOString().slice(0, 10), jobs: 2 });
    expect(d.series.slice(0, -1).every((s) => s.jobs === 0)).toBe(true);
    expect(d.topUsers.map((u) => u.key).sort()).toEqual(['alice@example.com', 'bob@example.com']);
    expect(d.topPrinters.map((p) => p.key).sort()).toEqual(['eve', 'slow']);
    expect((await get<Dashboard>('/dashboard?days=7')).series).toHaveLength(7);
    expect((await refused('GET', '/dashboard?days=0', undefined, 400)).message).toBe(
      'days must be a whole number from 1 to 366.',
    );
  });
});

describe('retention', () => {
  it('starts from the environment and changes at run time', async () => {
    expect(await get<Retention>('/retention')).toEqual({
      unprintedJobsLifespanHours: 48,
      printAndKeepLifespanHours: 48,
    });
    expect(await ok<Retention>('PUT', '/retention', { printAndKeepLifespanHours: 12 })).toEqual({
      unprintedJobsLifespanHours: 48,
      printAndKeepLifespanHours: 12,
    });
    expect((await refused('PUT', '/retention', { unprintedJobsLifespanHours: 0 }, 400)).message).toBe(
      'unprintedJobsLifespanHours: must be at least 0.01 hours (36 seconds).',
    );
    expect(await get<Retention>('/retention')).toEqual({
      unprintedJobsLifespanHours: 48,
      printAndKeepLifespanHours: 12,
    });
  });
});

describe('configuration export and import', () => {
  let exported: ConfigDocument;

  it('exports one document without secrets, and says so', async () => {
    await ok('PUT', '/printers/eve/snmp', { version: '2c', community: 's3cret-community', enabled: false });
    const res = await call('GET', '/config');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="quire-config-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const text = await res.text();
    expect(text).not.toContain('s3cret-community');
    exported = JSON.parse(text) as ConfigDocument;
    expectShape(configDocumentSchema, exported);
    expect(exported).toMatchObject({
      schemaVersion: 1,
      retention: { unprintedJobsLifespanHours: 48, printAndKeepLifespanHours: 12 },
      groups: ['Finance_Legal', 'R_D', 'Sales'],
      prices: { currency: 'EUR', pricing: { kind: 'flat', mono: '0.10', color: '0.20' } },
      quotaDefinitions: [{ name: 'none' }],
      printers: [{ name: 'eve', snmp: { version: '2c', enabled: false, port: 161, host: null } }],
    });
    expect(exported.note).toContain('Secrets are not exported');
  });

  it('previews exactly the changes of an edited file, applies them all, and exports the edited file back', async () => {
    const changed = structuredClone(exported);
    changed.policies.printAndKeep = false;
    changed.prices.pricing = { kind: 'flat', mono: '0.05', color: '0.20' };
    changed.retention.unprintedJobsLifespanHours = 24;
    changed.groups = ['Finance_Legal', 'Lab', 'Sales'];
    const eveFile = changed.printers[0]!;
    eveFile.panel.homeLabel = 'Badge here';
    eveFile.panel.homeIcon = 'badge';
    eveFile.snmp = { ...eveFile.snmp!, port: 1161 };
    // A printer nobody can reach: kept with the capabilities the file gives.
    const ghost = {
      ...structuredClone(eveFile),
      name: 'ghost',
      uri: 'ipp://127.0.0.1:1/ipp/print',
      snmp: null,
    };
    ghost.panel.homeLabel = 'Print Release';
    changed.printers.push(ghost);

    const preview = await ok<ConfigPreview>('POST', '/config/preview', changed);
    expectShape(configPreviewSchema, preview);
    const one = (section: string, fields: unknown[]) => ({
      section,
      added: [],
      removed: [],
      changed: [{ key: section, fields }],
    });
    expect(preview).toEqual({
      valid: true,
      changes: 9,
      diff: [
        one('policies', [{ field: 'printAndKeep', before: true, after: false }]),
        one('prices', [{ field: 'pricing.mono', before: '0.10', after: '0.05' }]),
        one('retention', [{ field: 'unprintedJobsLifespanHours', before: 48, after: 24 }]),
        {
          section: 'printers',
          added: [{ key: 'ghost', value: ghost }],
          removed: [],
          changed: [
            {
              key: 'eve',
              fields: [
                { field: 'panel.homeLabel', before: 'Print Release', after: 'Badge here' },
                { field: 'panel.homeIcon', before: 'print', after: 'badge' },
                { field: 'snmp.port', before: 161, after: 1161 },
              ],
            },
          ],
        },
        {
          section: 'groups',
          added: [{ key: 'Lab', value: { name: 'Lab' } }],
          removed: [{ key: 'R_D', value: { name: 'R_D' } }],
          changed: [],
        },
      ],
    });
    // A preview changes nothing.
    expect(await get('/policies')).toMatchObject({ printAndKeep: true });

    const applied = await ok<ConfigApplyResult>('PUT', '/config', changed);
    expectShape(configApplyResultSchema, applied);
    expect(applied).toMatchObject({
      applied: true,
      changes: 9,
      capabilitiesRead: [],
      unreachable: [{ printer: 'ghost', reason: expect.stringContaining('ghost cannot be reached') }],
    });
    const back = await get<ConfigDocument>('/config');
    expect({ ...back, exportedAt: null }).toEqual({ ...changed, exportedAt: null });
    // The stored secret stayed; the file never had it.
    expect(await get('/printers/eve/snmp')).toMatchObject({ communitySet: true, port: 1161 });
    expect(await ok<ConfigPreview>('POST', '/config/preview', back)).toEqual({
      valid: true,
      changes: 0,
      diff: [],
    });
    // A test page to a printer that cannot be reached says so.
    const unreachable = await refused('POST', '/printers/ghost/test-page', undefined, 502);
    expect(unreachable.code).toBe('printer-unreachable');
    expect(unreachable.message).toMatch(/^ghost cannot be reached \(.+\)\. Your jobs stay held\.$/);
    const audit = await get<AuditPage>('/audit?limit=5');
    expect(audit.entries.find((e) => e.action === 'PUT /api/admin/config')).toMatchObject({
      summary: { changes: 9, sections: ['policies', 'prices', 'retention', 'printers', 'groups'] },
    });
  });

  it('refuses a bad file with every problem by its JSON path, and changes nothing', async () => {
    const before = await get<ConfigDocument>('/config');
    const same = (doc: ConfigDocument) => ({ ...doc, exportedAt: null });

    const broken = structuredClone(before) as unknown as Record<string, unknown> & ConfigDocument;
    (broken as { schemaVersion: number }).schemaVersion = 2;
    (broken.printers[0] as { uri: string }).uri = 'ftp://eve';
    broken.retention.printAndKeepLifespanHours = -1;
    broken.surprise = true;
    const schemaErrors = [
      { path: '$', message: 'unknown field surprise' },
      { path: '$.schemaVersion', message: 'must be 1' },
      { path: '$.retention.printAndKeepLifespanHours', message: 'must be at least 0.01 hours (36 seconds)' },
      { path: '$.printers[0].uri', message: 'an ipp://, ipps://, http:// or https:// URI' },
    ];

    const inconsistent = structuredClone(before);
    inconsistent.quotaAssignments = [{ scope: 'company', quota: 'gold' }];
    inconsistent.groups = [...inconsistent.groups, 'R&D'];
    inconsistent.printers.push({
      ...structuredClone(inconsistent.printers[1]!),
      name: 'new-one',
      snmp: { version: '1', enabled: true, host: null, port: 161 },
    });
    const meaningErrors = [
      { path: '$.quotaAssignments[0].quota', message: 'quota "gold" is assigned but not defined' },
    ];
    const serverErrors = [
      { path: '$.groups[3]', message: expect.stringContaining('write it "R_D", as the users import would') },
      {
        path: '$.printers[2].snmp.community',
        message:
          'required for SNMP v1 and v2c; the server has none for this printer, so the file must give it',
      },
    ];
    const fixedQuota = structuredClone(inconsistent);
    fixedQuota.quotaAssignments = [];

    for (const [file, errors] of [
      [broken, schemaErrors],
      [inconsistent, meaningErrors],
      [fixedQuota, serverErrors],
    ] as const) {
      const res = await call('PUT', '/config', file);
      const body = (await res.json()) as ConfigRefusal;
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(body.code).toBe('bad-request');
      expect(body.message).toMatch(
        /^The configuration file has (a problem|\d problems); nothing was changed\.$/,
      );
      expect([...body.errors].sort((a, b) => a.path.localeCompare(b.path))).toEqual(
        [...errors].sort((a, b) => a.path.localeCompare(b.path)),
      );
      const preview = await call('POST', '/config/preview', file);
      expect(preview.status).toBe(422);
      expect(((await preview.json()) as ConfigPreview & { valid: false }).errors).toEqual(body.errors);
    }
    expect((await refused('PUT', '/config', undefined, 400)).message).toBe('The body is not valid JSON.');
    expect(same(await get<ConfigDocument>('/config'))).toEqual(same(before));
  });
});

describe('helpdesk', () => {
  it('can read all of it and change none of it', async () => {
    await ok('POST', '/users', { email: HUGO.email, password: HUGO.password }, 201);
    await ok('PUT', `/users/${HUGO.email}/role`, { role: 'helpdesk' });
    helpdesk = new WebClient(server.url);
    expect((await helpdesk.login(HUGO.email, HUGO.password)).status).toBe(200);
    const job = (await get<AdminJob[]>('/jobs'))[0]!;
    for (const p of [
      '/users?q=a',
      '/users/alice@example.com',
      '/groups',
      '/badges',
      '/badges?email=alice@example.com',
      '/jobs?user=bob&state=held',
      '/dashboard?days=30',
      '/retention',
      '/config',
    ]) {
      const res = await helpdesk.fetch(`/api/admin${p}`);
      expect(res.status, `GET ${p}: ${await res.clone().text()}`).toBe(200);
    }
    const before = await get<ConfigDocument>('/config');
    const changes: [string, string, unknown][] = [
      ['POST', '/users', { email: 'x@example.com' }],
      ['PUT', '/users/alice@example.com', { firstName: 'X' }],
      ['DELETE', '/users/bob@example.com', undefined],
      ['PUT', '/users/alice@example.com/groups', { groups: [] }],
      ['POST', '/groups', { name: 'X' }],
      ['DELETE', '/groups/Sales', undefined],
      ['POST', '/badges', { badge: '9999', email: 'bob@example.com' }],
      ['DELETE', '/badges/1002', undefined],
      ['PUT', '/printers/eve', { uri: eve.uri }],
      ['DELETE', '/printers/ghost', undefined],
      ['POST', '/printers/eve/test-page', undefined],
      ['DELETE', `/jobs/${job.id}`, undefined],
      ['POST', `/jobs/${job.id}/release`, { printer: 'eve' }],
      ['PUT', '/retention', { printAndKeepLifespanHours: 1 }],
      ['POST', '/config/preview', before],
      ['PUT', '/config', before],
    ];
    for (const [method, p, json] of changes) {
      const res = await helpdesk.fetch(`/api/admin${p}`, { method, ...(json !== undefined && { json }) });
      expect(res.status, `${method} ${p}`).toBe(403);
      expect(await res.json()).toEqual({
        code: 'forbidden',
        message: 'Helpdesk accounts can look but not change settings.',
      });
    }
    expect((await get<UserPage>('/users')).total).toBe(4);
    expect((await get<BadgePage>('/badges')).total).toBe(2);
    expect({ ...(await get<ConfigDocument>('/config')), exportedAt: null }).toEqual({
      ...before,
      exportedAt: null,
    });
  });
});
