import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Ippeveprinter, startIppeveprinter } from '../support/ippeveprinter';
import { TestPanel } from '../support/panel-client';
import { makePdf } from '../support/pdf';
import { freePort, tempDir } from '../support/process';
import {
  adminJobs as listJobs,
  ipptoolPrint as print,
  addPrinter as register,
  seedPeople,
} from '../support/seed';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
let printer: Ippeveprinter;
let dir: string;
const pdfs: Record<string, string> = {};

const ipptoolPrint = (user: string, file: string) => print(server, user, file);
const adminJobs = () => listJobs(server);
const addPrinter = (name: string, uri: string) => register(server, name, uri);

beforeAll(async () => {
  dir = await tempDir('core-loop');
  for (const [name, pages] of [
    ['three', 3],
    ['one', 1],
    ['two', 2],
  ] as const) {
    pdfs[name] = path.join(dir, `${name}.pdf`);
    await fs.writeFile(pdfs[name], await makePdf(pages, name));
  }
  [server, printer] = await Promise.all([startTestServer(), startIppeveprinter({ name: 'Eve' })]);
  await seedPeople(server);
  expect((await addPrinter('eve', printer.uri)).status).toBe(201);
});

afterAll(async () => {
  await Promise.all([server?.stop(), printer?.stop()]);
  await fs.rm(dir, { recursive: true, force: true });
});

describe('core loop: held over IPP, released from the panel to a real IPP printer', () => {
  it('holds an ipptool Print-Job for the user named, whatever the case', async () => {
    const out = await ipptoolPrint('ALICE', pdfs.three!);
    expect(out).toMatch(/job-state \(enum\) = pending-held/);
    const held = (await adminJobs()).filter((j) => j.state === 'held');
    expect(held).toHaveLength(1);
    expect(held[0]).toMatchObject({
      owner: 'alice',
      userEmail: 'alice@example.com',
      pages: 3,
      format: 'application/pdf',
    });
  });

  it('releases with the settings chosen at the panel; the printer receives the document byte for byte', async () => {
    const panel = await TestPanel.at(server.url, 'eve');
    try {
      const signedIn = await panel.request({ type: 'sign-in', badge: '1001' }, 'signed-in');
      expect(signedIn.user).toEqual({ name: 'alice', displayName: 'Alice Martin' });
      const list = await panel.next('jobs');
      expect(list.own).toHaveLength(1);
      const job = list.own[0]!;
      expect(job).toMatchObject({ pages: 3, settings: { copies: 1, sides: 'one-sided' } });

      await panel.request(
        {
          type: 'update-settings',
          jobId: job.id,
          settings: { copies: 3, sides: 'two-sided-long-edge', colorMode: 'monochrome' },
        },
        'ok',
      );
      const accepted = await panel.request(
        { type: 'release', releaseId: 'release-0001', jobIds: [job.id], keep: false },
        'release-accepted',
      );
      expect(accepted).toMatchObject({ jobIds: [job.id], repeated: false });
      await panel.next('job-event', (m) => m.event === 'printed' && m.jobId === job.id);

      const [received] = await printer.waitForJobs(1);
      expect(received!.document.equals(await fs.readFile(pdfs.three!))).toBe(true);
      expect(received!.attrs).toMatchObject({
        IPP_COPIES: '3',
        IPP_SIDES: 'two-sided-long-edge',
        IPP_PRINT_COLOR_MODE: 'monochrome',
        IPP_JOB_ORIGINATING_USER_NAME: 'alice',
      });
      expect(panel.events('release-0001').map((e) => e.event)).toEqual(['printing', 'printed']);
      await panel.next('jobs', (m) => m.own.length === 0);
      expect((await adminJobs()).find((j) => j.id === job.id)?.state).toBe('printed');
    } finally {
      panel.close();
    }
  });

  it('prints once when the same release id is sent again, at once and after a reconnect', async () => {
    await ipptoolPrint('bob', pdfs.one!);
    const before = (await printer.received()).length;
    const first = await TestPanel.at(server.url, 'eve');
    const second = await TestPanel.at(server.url, 'eve');
    try {
      await first.request({ type: 'sign-in', badge: '1002' }, 'signed-in');
      const list = await first.next('jobs', (m) => m.own.length === 1);
      const jobId = list.own[0]!.id;
      const release = { type: 'release' as const, releaseId: 'release-0002', jobIds: [jobId], keep: false };
      const [a, b] = await Promise.all([
        first.request(release, 'release-accepted'),
        first.request(release, 'release-accepted'),
      ]);
      expect([a.repeated, b.repeated].sort()).toEqual([false, true]);
      await first.next('job-event', (m) => m.event === 'printed' && m.jobId === jobId);

      // The panel reconnects (a new socket) and sends the same release again: nothing is printed.
      await second.request({ type: 'sign-in', badge: '1002' }, 'signed-in');
      const again = await second.request(release, 'release-accepted');
      expect(again).toMatchObject({ repeated: true, jobIds: [] });
      const told = await second.next('job-event', (m) => m.releaseId === 'release-0002');
      expect(told).toMatchObject({ event: 'printed', jobId });

      await new Promise((r) => setTimeout(r, 500));
      expect((await printer.received()).length).toBe(before + 1);
    } finally {
      first.close();
      second.close();
    }
  });

  it('keeps the job held with the reason when the printer is down', async () => {
    const deadPort = await freePort();
    expect((await addPrinter('down', `ipp://127.0.0.1:${deadPort}/ipp/print`)).status).toBe(502);
    // Register it while it answers, then take it away.
    const doomed = await startIppeveprinter({ name: 'Doomed', port: deadPort });
    expect((await addPrinter('down', doomed.uri)).status).toBe(201);
    await doomed.stop();

    await ipptoolPrint('alice', pdfs.two!);
    const panel = await TestPanel.at(server.url, 'down');
    try {
      await panel.request({ type: 'sign-in', badge: '1001' }, 'signed-in');
      const list = await panel.next('jobs', (m) => m.own.length === 1);
      const jobId = list.own[0]!.id;
      await panel.request(
        { type: 'release', releaseId: 'release-0003', jobIds: [jobId], keep: false },
        'release-accepted',
      );
      const failed = await panel.next('job-event', (m) => m.event === 'failed');
      expect(failed).toMatchObject({ jobId, error: { code: 'printer-unreachable' } });
      expect(failed.error?.message).toMatch(/down cannot be reached.*held/);

      const held = await panel.next(
        'jobs',
        (m) => m.own[0]?.lastError !== null && m.own[0]?.state === 'held',
      );
      expect(held).toMatchObject({
        own: [{ id: jobId, state: 'held', lastError: { code: 'printer-unreachable' } }],
      });
      expect((await adminJobs()).find((j) => j.id === jobId)).toMatchObject({
        state: 'held',
        lastError: { code: 'printer-unreachable' },
      });
    } finally {
      panel.close();
    }
  });

  it('holds a job from a name nobody has, visible to administrators', async () => {
    await ipptoolPrint('stranger', pdfs.one!);
    const job = (await adminJobs()).find((j) => j.requestingUserName === 'stranger');
    expect(job).toMatchObject({ state: 'held', userEmail: null, owner: 'stranger' });
  });
});
