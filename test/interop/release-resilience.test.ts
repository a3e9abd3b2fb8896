import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Ippeveprinter, startIppeveprinter } from '../support/ippeveprinter';
import { startLossyLink } from '../support/lossy-link';
import { TestPanel } from '../support/panel-client';
import { makePdf } from '../support/pdf';
import { tempDir } from '../support/process';
import { addPrinter, adminJobs, ipptoolPrint, putAdmin, seedPeople } from '../support/seed';
import { startTestServer, type TestServer } from '../support/server';

/** A printer that takes 2 s per job and answers server-error-busy meanwhile. */
let slow: Ippeveprinter;
let dir: string;
let pdf: string;

beforeAll(async () => {
  dir = await tempDir('resilience');
  pdf = path.join(dir, 'doc.pdf');
  await fs.writeFile(pdf, await makePdf(1));
  slow = await startIppeveprinter({ name: 'Slow', processSeconds: 2 });
});

afterAll(async () => {
  await slow?.stop();
  await fs.rm(dir, { recursive: true, force: true });
});

/** A server with alice, bob and the slow printer; `dataDir` (kept after stop) lets a test restart it. */
async function readyServer(dataDir?: string): Promise<TestServer> {
  const server = await startTestServer({}, dataDir);
  await seedPeople(server);
  expect((await addPrinter(server, 'slow', slow.uri)).status).toBe(201);
  return server;
}

/** Kills the server outright (SIGKILL: no clean shutdown) and starts it again on the same data. */
async function killAndRestart(server: TestServer): Promise<TestServer> {
  server.process.child.kill('SIGKILL');
  await server.stop();
  return startTestServer({}, server.dataDir);
}

describe('release resilience with a real printer', () => {
  it('waits while the printer is busy and prints every job once', async () => {
    const server = await readyServer();
    const panel = await TestPanel.at(server.url, 'slow');
    try {
      const before = (await slow.received()).length;
      await ipptoolPrint(server, 'alice', pdf);
      await ipptoolPrint(server, 'alice', pdf);
      await panel.request({ type: 'sign-in', badge: '1001' }, 'signed-in');
      const { own } = await panel.next('jobs', (m) => m.own.length === 2);
      await panel.request(
        { type: 'release', releaseId: 'busy-0001', jobIds: own.map((j) => j.id), keep: false },
        'release-accepted',
      );
      const waiting = await panel.next('job-event', (m) => m.event === 'queued');
      expect(waiting.note).toMatch(/slow is busy/);
      for (const job of own)
        await panel.next('job-event', (m) => m.event === 'printed' && m.jobId === job.id, 30_000);
      expect((await slow.waitForJobs(before + 2)).length).toBe(before + 2);
    } finally {
      panel.close();
      await server.stop();
    }
  });

  it('a server killed while the printer prints picks up where it was and prints once', async () => {
    const dataDir = await tempDir('killed');
    const first = await readyServer(dataDir);
    const before = (await slow.received()).length;
    await ipptoolPrint(first, 'bob', pdf);
    const panel = await TestPanel.at(first.url, 'slow');
    await panel.request({ type: 'sign-in', badge: '1002' }, 'signed-in');
    const { own } = await panel.next('jobs', (m) => m.own.length === 1);
    await panel.request(
      { type: 'release', releaseId: 'kill-0001', jobIds: [own[0]!.id], keep: false },
      'release-accepted',
    );
    await panel.next('job-event', (m) => m.event === 'printing');
    panel.close();

    // The printer has the job and is printing it.
    const second = await killAndRestart(first);
    try {
      const deadline = Date.now() + 20_000;
      while ((await adminJobs(second)).find((j) => j.id === own[0]!.id)?.state !== 'printed') {
        expect(Date.now(), 'the restarted server never saw the job finish').toBeLessThan(deadline);
        await new Promise((r) => setTimeout(r, 200));
      }
      await new Promise((r) => setTimeout(r, 2500)); // longer than a job: nothing else may arrive
      expect((await slow.received()).length).toBe(before + 1);
    } finally {
      await second.stop();
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  });

  it('a printer that takes the whole document but never answers prints it once; the job stays held and costs nothing', async () => {
    const link = await startLossyLink(slow.port);
    const server = await startTestServer({ PRINTER_TIMEOUT_MS: '1500' });
    await seedPeople(server);
    expect((await addPrinter(server, 'lossy', link.uri)).status).toBe(201);
    const panel = await TestPanel.at(server.url, 'lossy');
    try {
      await putAdmin(server, '/quota-definitions', [
        { name: 'ten', unit: 'impressions', schedule: 'every-month', limits: { total: 10 } },
      ]);
      await putAdmin(server, '/quota-assignments', [
        { scope: 'user', email: 'alice@example.com', quota: 'ten' },
      ]);
      const before = (await slow.received()).length;
      await ipptoolPrint(server, 'alice', pdf);
      await panel.request({ type: 'sign-in', badge: '1001' }, 'signed-in');
      const list = await panel.next('jobs', (m) => m.own.length === 1);
      expect(list.quota?.total).toEqual({ kind: 'impressions', left: 10 });
      const job = list.own[0]!;
      await panel.request(
        { type: 'release', releaseId: 'lost-0001', jobIds: [job.id], keep: false },
        'release-accepted',
      );

      const failed = await panel.next('job-event', (m) => m.event === 'failed', 15_000);
      expect(failed.error).toEqual({
        code: 'release-interrupted',
        message: `lossy received "${job.name}" but did not confirm it. Check the printer's output before printing it again.`,
      });
      expect(link.lostAnswers()).toBe(1);
      const after = await panel.request({ type: 'list' }, 'jobs');
      expect(after.own).toMatchObject([
        { id: job.id, state: 'held', lastError: { code: 'release-interrupted' } },
      ]);
      expect(after.quota?.total).toEqual({ kind: 'impressions', left: 10 });
      // The printer printed what it was given, once: the server did not send it again.
      await slow.waitForJobs(before + 1);
      await new Promise((r) => setTimeout(r, 2500)); // longer than a job: nothing else may arrive
      expect((await slow.received()).length).toBe(before + 1);
    } finally {
      panel.close();
      await server.stop();
      await link.stop();
    }
  });

  it('a job acknowledged just before the server is killed is still held, with its document, after restart', async () => {
    const dataDir = await tempDir('acked');
    const first = await readyServer(dataDir);
    await ipptoolPrint(first, 'alice', pdf);
    const second = await killAndRestart(first);
    try {
      const [job] = await adminJobs(second);
      expect(job).toMatchObject({ state: 'held', owner: 'alice', size: (await fs.stat(pdf)).size, pages: 1 });
    } finally {
      await second.stop();
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  });
});
