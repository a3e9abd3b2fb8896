import fs from 'node:fs/promises';
import path from 'node:path';
import sqlite3 from 'sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Ippeveprinter, startIppeveprinter } from '../support/ippeveprinter';
import { TestPanel } from '../support/panel-client';
import { makePdf } from '../support/pdf';
import { tempDir } from '../support/process';
import { addPrinter, adminJobs, importCsv, ipptoolPrint, seedPeople } from '../support/seed';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
let printer: Ippeveprinter;
let dir: string;
let bobJob: number;

beforeAll(async () => {
  dir = await tempDir('panel-protocol');
  [server, printer] = await Promise.all([
    startTestServer(),
    startIppeveprinter({ name: 'Mono', color: false, duplex: false }),
  ]);
  await seedPeople(server);
  expect((await addPrinter(server, 'mono', printer.uri)).status).toBe(201);
  const pdf = path.join(dir, 'doc.pdf');
  await fs.writeFile(pdf, await makePdf(1));
  await ipptoolPrint(server, 'bob', pdf);
  bobJob = (await adminJobs(server))[0]!.id;
});

/** The row id the server gave a person, read from its database (read-only, beside the running server). */
function userIdOf(email: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(path.join(server.dataDir, 'quire.db'), sqlite3.OPEN_READONLY, (error) => {
      if (error) return reject(error);
      db.get<{ id: number }>('SELECT id FROM users WHERE email = ?', [email], (err, row) => {
        db.close();
        if (err) reject(err);
        else resolve(row?.id);
      });
    });
  });
}

afterAll(async () => {
  await Promise.all([server?.stop(), printer?.stop()]);
  await fs.rm(dir, { recursive: true, force: true });
});

describe('panel protocol rules', () => {
  it('answers ping with pong, even before hello', async () => {
    const panel = await TestPanel.connect(server.url);
    expect(await panel.request({ type: 'ping' }, 'pong')).toMatchObject({ type: 'pong' });
    panel.close();
  });

  it('refuses everything but hello and sign-in before a person signs in', async () => {
    const panel = await TestPanel.at(server.url, 'mono');
    expect(await panel.requestError({ type: 'list' })).toMatchObject({ code: 'not-signed-in' });
    expect(await panel.requestError({ type: 'delete', jobIds: [bobJob] })).toMatchObject({
      code: 'not-signed-in',
    });
    panel.close();
  });

  it("never lets someone release, change or delete another person's job", async () => {
    const panel = await TestPanel.at(server.url, 'mono');
    try {
      await panel.request({ type: 'sign-in', badge: '1001' }, 'signed-in');
      const accepted = await panel.request(
        { type: 'release', releaseId: 'steal-0001', jobIds: [bobJob], keep: false },
        'release-accepted',
      );
      expect(accepted.jobIds).toEqual([]);
      expect(await panel.next('job-event', (m) => m.releaseId === 'steal-0001')).toMatchObject({
        event: 'failed',
        jobName: '',
        error: { code: 'job-not-found' },
      });
      expect(
        await panel.requestError({ type: 'update-settings', jobId: bobJob, settings: { copies: 9 } }),
      ).toMatchObject({
        code: 'job-not-found',
      });
      expect(await panel.requestError({ type: 'delete', jobIds: [bobJob] })).toMatchObject({
        code: 'job-not-found',
      });
      expect((await adminJobs(server)).find((j) => j.id === bobJob)).toMatchObject({
        state: 'held',
        settings: { copies: 1 },
      });
    } finally {
      panel.close();
    }
  });

  it('refuses settings the printer cannot do, in words', async () => {
    const panel = await TestPanel.at(server.url, 'mono');
    try {
      await panel.request({ type: 'sign-in', badge: '1002' }, 'signed-in');
      expect(
        await panel.requestError({
          type: 'update-settings',
          jobId: bobJob,
          settings: { sides: 'two-sided-long-edge' },
        }),
      ).toMatchObject({ code: 'settings-not-supported', message: 'This printer cannot print two-sided.' });
    } finally {
      panel.close();
    }
  });

  it('resumes a session on a new socket with its token, and not after sign-out', async () => {
    const first = await TestPanel.at(server.url, 'mono');
    const { token } = await first.request({ type: 'sign-in', badge: '1002' }, 'signed-in');
    first.close();
    const second = await TestPanel.at(server.url, 'mono');
    expect((await second.request({ type: 'resume', token }, 'signed-in')).user.name).toBe('bob');
    expect((await second.next('jobs')).own.map((j) => j.id)).toEqual([bobJob]);
    await second.request({ type: 'sign-out' }, 'ok');
    expect(await second.requestError({ type: 'list' })).toMatchObject({ code: 'not-signed-in' });
    second.close();
    const third = await TestPanel.at(server.url, 'mono');
    expect(await third.requestError({ type: 'resume', token })).toMatchObject({ code: 'session-expired' });
    third.close();
  });

  it('closes a panel that floods the server with messages (1008) and keeps serving the others', async () => {
    const flood = await TestPanel.at(server.url, 'mono');
    await flood.request({ type: 'sign-in', badge: '1002' }, 'signed-in');
    for (let i = 0; i < 500; i++) flood.sendRaw(JSON.stringify({ type: 'list', id: 1000 + i }));
    expect(await flood.closed()).toEqual({ code: 1008, reason: 'too many messages waiting' });
    const answered = flood.messages.filter(
      (m) => m.type === 'jobs' && 'id' in m && (m.id ?? 0) >= 1000,
    ).length;
    expect(answered).toBeLessThan(500);
    const other = await TestPanel.at(server.url, 'mono');
    expect((await other.request({ type: 'sign-in', badge: '1001' }, 'signed-in')).user.name).toBe('alice');
    other.close();
  });

  it('never signs a new person in with the session of a deleted one, even when the database reuses the id', async () => {
    const HEADER =
      'EMAIL,OPERATION,PASSWORD,FIRST_NAME,LAST_NAME,DISPLAY_NAME,SHORTNAME,GROUPS,CUSTOM_ATTRIBUTES,COST_CENTER,DEPARTMENT';
    await importCsv(server, 'users', `${HEADER}\ndave@example.com,CREATE,,Dave,Moreau,,dave,,,,\n`);
    await importCsv(server, 'badges', 'BADGE,OPERATION,EMAIL\n1004,CREATE,dave@example.com\n');
    const first = await TestPanel.at(server.url, 'mono');
    const { token } = await first.request({ type: 'sign-in', badge: '1004' }, 'signed-in');
    first.close();
    const daveId = await userIdOf('dave@example.com');
    await importCsv(server, 'users', `${HEADER}\ndave@example.com,DELETE,,,,,,,,,\n`);
    await importCsv(server, 'users', `${HEADER}\nerin@example.com,CREATE,,Erin,Petit,,erin,,,,\n`);
    expect(await userIdOf('erin@example.com')).toBe(daveId); // what makes the test meaningful
    const second = await TestPanel.at(server.url, 'mono');
    expect(await second.requestError({ type: 'resume', token })).toMatchObject({ code: 'session-expired' });
    second.close();
  });

  it('slows down a panel that tries badge after badge', async () => {
    const panel = await TestPanel.at(server.url, 'mono');
    try {
      for (let i = 0; i < 5; i++) {
        expect(await panel.requestError({ type: 'sign-in', badge: `99990${i}` })).toMatchObject({
          code: 'unknown-badge',
        });
      }
      expect(await panel.requestError({ type: 'sign-in', badge: '1001' })).toMatchObject({
        code: 'too-many-attempts',
        message: expect.stringMatching(/Try again in \d+ seconds/),
      });
    } finally {
      panel.close();
    }
  });
});
