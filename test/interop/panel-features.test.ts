import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Ippeveprinter, startIppeveprinter } from '../support/ippeveprinter';
import { TestPanel } from '../support/panel-client';
import { makePdf } from '../support/pdf';
import { tempDir } from '../support/process';
import { addPrinter, adminJobs, ipptoolPrint, seedPeople } from '../support/seed';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
let printer: Ippeveprinter;
let dir: string;
let pdf: string;

const put = (p: string, body: unknown) =>
  server.admin(p, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

async function setPolicies(policies: Record<string, unknown>): Promise<void> {
  const res = await put('/policies', policies);
  expect(res.status, await res.clone().text()).toBe(200);
}

async function signedIn(badge: string): Promise<TestPanel> {
  const panel = await TestPanel.at(server.url, 'eve');
  await panel.request({ type: 'sign-in', badge }, 'signed-in');
  return panel;
}

beforeAll(async () => {
  dir = await tempDir('panel-features');
  pdf = path.join(dir, 'doc.pdf');
  await fs.writeFile(pdf, await makePdf(1));
  [server, printer] = await Promise.all([
    startTestServer({ PRINTER_CHECK_INTERVAL_MS: '300' }),
    startIppeveprinter({ name: 'Eve' }),
  ]);
  await seedPeople(server);
  expect((await addPrinter(server, 'eve', printer.uri)).status).toBe(201);
  // A second panel on the same printer: failed sign-ins count per panel, and the tests that fail on
  // purpose would otherwise add up to a block on eve (five in a minute).
  expect((await addPrinter(server, 'eve-desk', printer.uri)).status).toBe(201);
});

afterAll(async () => {
  await Promise.all([server?.stop(), printer?.stop()]);
  await fs.rm(dir, { recursive: true, force: true });
});

describe('the panel set-up an administrator chooses', () => {
  it('welcomes a panel with its language, badge reader and the company policies', async () => {
    expect(
      (
        await put('/printers/eve/panel', {
          language: 'fr',
          homeLabel: 'Impression sécurisée',
          homeIcon: 'lock',
        })
      ).status,
    ).toBe(200);
    expect((await put('/badge-reader', { input: 'hex', output: 'decimal', reverseBytes: true })).status).toBe(
      200,
    );
    await setPolicies({ inactivitySeconds: 30 });
    const panel = await TestPanel.connect(server.url);
    const welcome = await panel.request({ type: 'hello', version: 1, printer: 'eve' }, 'welcome');
    expect(welcome.panel).toMatchObject({
      language: 'fr',
      homeLabel: 'Impression sécurisée',
      homeIcon: 'lock',
      badgeReader: { input: 'hex', output: 'decimal', reverseBytes: true, allowTyped: false },
      policies: { inactivitySeconds: 30, delegation: true, printAndKeep: true, autoRelease: false },
    });
    panel.close();
    await put('/badge-reader', { input: 'text', output: 'text', reverseBytes: false });
  });

  it('refuses bad settings with the field and the reason', async () => {
    const bad = await put('/policies', { inactivitySeconds: 5 });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      code: 'bad-request',
      message: expect.stringMatching(/^inactivitySeconds: /),
    });
    const regex = await put('/badge-reader', { pattern: '(unclosed' });
    expect(regex.status).toBe(400);
    expect((await regex.json()).message).toMatch(/pattern is not a valid regular expression/);
    expect((await put('/printers/nope/panel', { language: 'fr' })).status).toBe(404);
  });
});

describe('signing in without a known badge', () => {
  it('signs in with username and password, and refuses a wrong one in words', async () => {
    const panel = await TestPanel.at(server.url, 'eve-desk');
    try {
      expect(
        await panel.requestError({ type: 'sign-in-credentials', username: 'ALICE', secret: 'nope' }),
      ).toMatchObject({
        code: 'bad-credentials',
        message: 'Wrong username or password.',
      });
      expect(
        await panel.requestError({ type: 'sign-in-credentials', username: 'nobody', secret: 'nope' }),
      ).toMatchObject({
        code: 'bad-credentials',
      });
      const ok = await panel.request(
        { type: 'sign-in-credentials', username: 'alice@example.com', secret: 'alice-secret' },
        'signed-in',
      );
      expect(ok.user.name).toBe('alice');
    } finally {
      panel.close();
    }
  });

  it('registers an unknown badge on first use, then the badge alone signs in', async () => {
    const panel = await TestPanel.at(server.url, 'eve');
    try {
      expect(await panel.requestError({ type: 'sign-in', badge: 'CAFE0042' })).toMatchObject({
        code: 'unknown-badge',
      });
      expect(
        await panel.requestError({
          type: 'register-badge',
          badge: 'CAFE0042',
          username: 'bob',
          secret: 'wrong',
        }),
      ).toMatchObject({ code: 'bad-credentials' });
      const reg = await panel.request(
        { type: 'register-badge', badge: 'CAFE0042', username: 'bob', secret: 'bob-secret' },
        'signed-in',
      );
      expect(reg.user.name).toBe('bob');
      expect(
        await panel.requestError({
          type: 'register-badge',
          badge: '1001',
          username: 'bob',
          secret: 'bob-secret',
        }),
      ).toMatchObject({
        code: 'badge-taken',
      });
      await panel.request({ type: 'sign-out' }, 'ok');
      expect((await panel.request({ type: 'sign-in', badge: 'CAFE0042' }, 'signed-in')).user.name).toBe(
        'bob',
      );
      // One permanent badge per user: bob's old badge 1002 was replaced.
      expect(await panel.requestError({ type: 'sign-in', badge: '1002' })).toMatchObject({
        code: 'unknown-badge',
      });
      await panel.request(
        { type: 'register-badge', badge: '1002', username: 'bob', secret: 'bob-secret' },
        'signed-in',
      );
    } finally {
      panel.close();
    }
  });
});

describe('policies', () => {
  it('print and keep: the job prints and stays, and can be printed again; off, it is refused', async () => {
    await ipptoolPrint(server, 'alice', pdf);
    const panel = await signedIn('1001');
    try {
      const { own } = await panel.next('jobs', (m) => m.own.some((j) => j.state === 'held'));
      const job = own.find((j) => j.state === 'held')!;
      const before = (await printer.received()).length;
      await panel.request(
        { type: 'release', releaseId: 'keep-00001', jobIds: [job.id], keep: true },
        'release-accepted',
      );
      await panel.next('job-event', (m) => m.releaseId === 'keep-00001' && m.event === 'printed');
      const kept = await panel.next('jobs', (m) => m.own.some((j) => j.id === job.id && j.state === 'kept'));
      expect(kept.own.find((j) => j.id === job.id)?.state).toBe('kept');
      await panel.request(
        { type: 'release', releaseId: 'keep-00002', jobIds: [job.id], keep: false },
        'release-accepted',
      );
      await panel.next('job-event', (m) => m.releaseId === 'keep-00002' && m.event === 'printed');
      expect((await printer.waitForJobs(before + 2)).length).toBe(before + 2);
      expect((await adminJobs(server)).find((j) => j.id === job.id)?.state).toBe('printed');

      await setPolicies({ printAndKeep: false });
      await ipptoolPrint(server, 'alice', pdf);
      const next = (await panel.next('jobs', (m) => m.own.some((j) => j.state === 'held'))).own.find(
        (j) => j.state === 'held',
      )!;
      expect(
        await panel.requestError({ type: 'release', releaseId: 'keep-00003', jobIds: [next.id], keep: true }),
      ).toMatchObject({
        code: 'policy-forbids',
      });
    } finally {
      await setPolicies({ printAndKeep: true });
      panel.close();
    }
  });

  it('copies can be locked', async () => {
    await setPolicies({ editCopies: false });
    const panel = await signedIn('1001');
    try {
      const job = (await panel.next('jobs', (m) => m.own.length > 0)).own[0]!;
      expect(
        await panel.requestError({ type: 'update-settings', jobId: job.id, settings: { copies: 2 } }),
      ).toMatchObject({
        code: 'policy-forbids',
      });
      await panel.request(
        { type: 'update-settings', jobId: job.id, settings: { sides: 'two-sided-long-edge' } },
        'ok',
      );
    } finally {
      await setPolicies({ editCopies: true });
      panel.close();
    }
  });

  it('a delegate sees and releases the jobs of whoever named them, only while delegation is on', async () => {
    await ipptoolPrint(server, 'bob', pdf);
    const res = await put('/users/bob@example.com/delegates', { delegates: ['alice@example.com'] });
    expect(await res.json()).toEqual([{ email: 'alice@example.com', displayName: 'Alice Martin' }]);
    const panel = await signedIn('1001');
    try {
      const list = await panel.next('jobs', (m) => m.delegated.length > 0);
      expect(list.delegated[0]!.owner).toEqual({ name: 'bob', displayName: 'Bob Nguyen' });
      const bobsJob = list.delegated[0]!.jobs[0]!;
      await panel.request(
        { type: 'release', releaseId: 'dele-00001', jobIds: [bobsJob.id], keep: false },
        'release-accepted',
      );
      await panel.next('job-event', (m) => m.releaseId === 'dele-00001' && m.event === 'printed');
      const printed = (await printer.received()).at(-1)!;
      expect(printed.attrs.IPP_JOB_ORIGINATING_USER_NAME).toBe('bob');
      // Delegates release; only the owner deletes.
      expect(await panel.requestError({ type: 'delete', jobIds: [bobsJob.id] })).toMatchObject({
        code: 'forbidden',
      });

      await ipptoolPrint(server, 'bob', pdf);
      await setPolicies({ delegation: false });
      await panel.request({ type: 'sign-out' }, 'ok');
      await panel.request({ type: 'sign-in', badge: '1001' }, 'signed-in');
      expect((await panel.request({ type: 'list' }, 'jobs')).delegated).toEqual([]);
    } finally {
      await setPolicies({ delegation: true });
      panel.close();
    }
  });

  it('automatic release prints every held job as soon as its owner signs in', async () => {
    await ipptoolPrint(server, 'bob', pdf);
    await ipptoolPrint(server, 'bob', pdf);
    const held = (await adminJobs(server)).filter((j) => j.owner === 'bob' && j.state === 'held');
    expect(held.length).toBeGreaterThanOrEqual(2);
    await setPolicies({ autoRelease: true });
    const panel = await TestPanel.at(server.url, 'eve');
    try {
      const signed = await panel.request({ type: 'sign-in', badge: '1002' }, 'signed-in');
      expect(signed.autoRelease?.jobIds.sort()).toEqual(held.map((j) => j.id).sort());
      for (const job of held) {
        await panel.next('job-event', (m) => m.jobId === job.id && m.event === 'printed', 20_000);
      }
      // Resuming the same visit after a drop does not print again.
      const again = await TestPanel.at(server.url, 'eve');
      expect(
        (await again.request({ type: 'resume', token: signed.token }, 'signed-in')).autoRelease,
      ).toBeNull();
      again.close();
    } finally {
      await setPolicies({ autoRelease: false });
      panel.close();
    }
  });
});

describe('printer state on the panel', () => {
  it('tells a panel when its printer stops answering, and when it is back', async () => {
    const flaky = await startIppeveprinter({ name: 'Flaky' });
    expect((await addPrinter(server, 'flaky', flaky.uri)).status).toBe(201);
    const panel = await TestPanel.connect(server.url);
    try {
      await panel.request({ type: 'hello', version: 1, printer: 'flaky' }, 'welcome');
      await panel.next('printer-status', (m) => m.status.state !== 'stopped');
      await flaky.stop();
      expect(await panel.next('printer-status', (m) => m.status.state === 'stopped')).toMatchObject({
        status: { acceptingJobs: false, reasons: ['offline-error'] },
      });
    } finally {
      panel.close();
    }
  });
});

describe('a job as each printer will print it', () => {
  it('shows a colour two-sided job as black and white one-sided at a printer that can do neither', async () => {
    const plain = await startIppeveprinter({ name: 'Plain', color: false, duplex: false });
    try {
      expect((await addPrinter(server, 'plain', plain.uri)).status).toBe(201);
      const atEve = await TestPanel.at(server.url, 'eve');
      await atEve.request({ type: 'sign-in', badge: '1002' }, 'signed-in');
      const before = new Set((await atEve.next('jobs')).own.map((j) => j.id));
      await ipptoolPrint(server, 'bob', pdf);
      const listed = await atEve.next('jobs', (m) => m.own.some((j) => !before.has(j.id)));
      const job = listed.own.find((j) => !before.has(j.id))!;
      await atEve.request(
        { type: 'update-settings', jobId: job.id, settings: { sides: 'two-sided-long-edge' } },
        'ok',
      );
      const atEveNow = await atEve.request({ type: 'list' }, 'jobs');
      atEve.close();
      expect(atEveNow.own.find((j) => j.id === job.id)!.settings).toMatchObject({
        colorMode: 'color',
        sides: 'two-sided-long-edge',
      });
      const atPlain = await TestPanel.at(server.url, 'plain');
      try {
        await atPlain.request({ type: 'sign-in', badge: '1002' }, 'signed-in');
        const here = await atPlain.next('jobs', (m) => m.own.some((j) => j.id === job.id));
        expect(here.own.find((j) => j.id === job.id)!.settings).toMatchObject({
          colorMode: 'monochrome',
          sides: 'one-sided',
        });
      } finally {
        atPlain.close();
      }
      // What the job asks for is unchanged: back at a colour duplex printer it prints as it was set.
      expect((await adminJobs(server)).find((j) => j.id === job.id)).toMatchObject({
        settings: { colorMode: 'color', sides: 'two-sided-long-edge' },
      });
    } finally {
      await plain.stop();
    }
  });
});

describe('sessions survive a server restart', () => {
  it('resumes the session with its token after the server was killed', async () => {
    const dataDir = await tempDir('restart');
    const first = await startTestServer({}, dataDir);
    await seedPeople(first);
    expect((await addPrinter(first, 'eve', printer.uri)).status).toBe(201);
    const panel = await TestPanel.at(first.url, 'eve');
    const { token } = await panel.request({ type: 'sign-in', badge: '1001' }, 'signed-in');
    panel.close();
    first.process.child.kill('SIGKILL');
    await first.stop();
    const second = await startTestServer({}, dataDir);
    try {
      const back = await TestPanel.at(second.url, 'eve');
      expect((await back.request({ type: 'resume', token }, 'signed-in')).user.name).toBe('alice');
      await back.request({ type: 'sign-out' }, 'ok');
      back.close();
      const later = await TestPanel.at(second.url, 'eve');
      expect(await later.requestError({ type: 'resume', token })).toMatchObject({ code: 'session-expired' });
      later.close();
    } finally {
      await second.stop();
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  });
});
