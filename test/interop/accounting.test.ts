import fs from 'node:fs/promises';
import path from 'node:path';
import type { HistoryEntry, ReportRow } from '@quire/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Ippeveprinter, startIppeveprinter } from '../support/ippeveprinter';
import { TestPanel } from '../support/panel-client';
import { makePdf } from '../support/pdf';
import { tempDir } from '../support/process';
import { addPrinter, importCsv, ipptoolPrint, putAdmin } from '../support/seed';
import { startTestServer, type TestServer } from '../support/server';

const USERS = `EMAIL,OPERATION,PASSWORD,FIRST_NAME,LAST_NAME,DISPLAY_NAME,SHORTNAME,GROUPS,CUSTOM_ATTRIBUTES,COST_CENTER,DEPARTMENT
alice@example.com,CREATE,,Alice,Martin,,alice,"Équipe Été, Sales",,CC-42,Ventes
chloe@example.com,CREATE,,Chloé,Dubois,,chloe,Équipe Été,,CC-42,Recherche
`;
const BADGES = 'BADGE,OPERATION,EMAIL\n1001,CREATE,alice@example.com\n1003,CREATE,chloe@example.com\n';

let server: TestServer;
let eve: Ippeveprinter;
let broken: Ippeveprinter;
let dir: string;
let threePages: string;

const put = (p: string, body: unknown) => putAdmin(server, p, body);

async function signedIn(printer: string, badge: string): Promise<TestPanel> {
  const panel = await TestPanel.at(server.url, printer);
  await panel.request({ type: 'sign-in', badge }, 'signed-in');
  return panel;
}

beforeAll(async () => {
  dir = await tempDir('accounting');
  threePages = path.join(dir, 'three.pdf');
  await fs.writeFile(threePages, await makePdf(3));
  [server, eve, broken] = await Promise.all([
    startTestServer(),
    startIppeveprinter({ name: 'Eve' }),
    startIppeveprinter({ name: 'Broken', abortJobs: true }),
  ]);
  await importCsv(server, 'users', USERS);
  await importCsv(server, 'badges', BADGES);
  expect((await addPrinter(server, 'eve', eve.uri)).status).toBe(201);
  expect((await addPrinter(server, 'broken', broken.uri)).status).toBe(201);
  await put('/prices', { currency: 'EUR', pricing: { kind: 'flat', mono: '0.10', color: '0.20' } });
  // Five impressions a month: one three-page job fits, a second does not.
  await put('/quota-definitions', [
    { name: 'five', unit: 'impressions', schedule: 'every-month', limits: { total: 5 } },
  ]);
  await put('/quota-assignments', [{ scope: 'user', email: 'alice@example.com', quota: 'five' }]);
});

afterAll(async () => {
  await Promise.all([server?.stop(), eve?.stop(), broken?.stop()]);
  await fs.rm(dir, { recursive: true, force: true });
});

describe('quotas and prices at release', () => {
  it('shows each job cost and the quota left on the panel', async () => {
    await ipptoolPrint(server, 'alice', threePages);
    const panel = await signedIn('eve', '1001');
    try {
      const list = await panel.next('jobs', (m) => m.own.length === 1);
      expect(list.currency).toBe('EUR');
      expect(list.own[0]!.cost).toBe('0.60'); // 3 impressions in colour at 0.20
      expect(list.quota).toEqual({
        currency: 'EUR',
        total: { kind: 'impressions', left: 5 },
        color: { kind: 'impressions', left: 5 },
      });
    } finally {
      panel.close();
    }
  });

  it('lets exactly one of two releases at the same instant through when the quota holds one', async () => {
    await ipptoolPrint(server, 'alice', threePages);
    const first = await signedIn('eve', '1001');
    const second = await signedIn('eve', '1001');
    try {
      const [a, b] = (await first.next('jobs', (m) => m.own.length === 2)).own;
      const before = (await eve.received()).length;
      const [ra, rb] = await Promise.all([
        first.request(
          { type: 'release', releaseId: 'race-000001', jobIds: [a!.id], keep: false },
          'release-accepted',
        ),
        second.request(
          { type: 'release', releaseId: 'race-000002', jobIds: [b!.id], keep: false },
          'release-accepted',
        ),
      ]);
      expect([...ra.jobIds, ...rb.jobIds]).toHaveLength(1);
      const [winner, loser, winnerPanel, loserPanel] =
        ra.jobIds.length === 1 ? [ra, rb, first, second] : [rb, ra, second, first];
      expect(await loserPanel.next('job-event', (m) => m.releaseId === loser.releaseId)).toMatchObject({
        event: 'failed',
        error: { code: 'quota-exceeded', message: 'Not enough print quota left for this job.' },
      });
      await winnerPanel.next('job-event', (m) => m.releaseId === winner.releaseId && m.event === 'printed');
      await new Promise((r) => setTimeout(r, 300));
      expect((await eve.received()).length).toBe(before + 1);

      const history = (await (await server.admin('/history?kind=printed')).json()) as HistoryEntry[];
      expect(history).toHaveLength(1);
      expect(history[0]).toMatchObject({
        user: { email: 'alice@example.com', name: 'Alice Martin' },
        impressions: 3,
        cost: '0.6',
        currency: 'EUR',
      });
      const list = await first.request({ type: 'list' }, 'jobs');
      expect(list.quota?.total).toEqual({ kind: 'impressions', left: 2 });
    } finally {
      first.close();
      second.close();
    }
  });

  it('gives the reservation back when the printer aborts the job, and keeps the job held', async () => {
    await put('/quota-definitions', [
      { name: 'five', unit: 'impressions', schedule: 'every-month', limits: { total: 9 } },
    ]);
    const panel = await signedIn('broken', '1001');
    try {
      const list = await panel.next('jobs', (m) => m.own.some((j) => j.state === 'held'));
      const leftBefore = list.quota?.total;
      const job = list.own.find((j) => j.state === 'held')!;
      await panel.request(
        { type: 'release', releaseId: 'abort-00001', jobIds: [job.id], keep: false },
        'release-accepted',
      );
      expect(
        await panel.next('job-event', (m) => m.releaseId === 'abort-00001' && m.event === 'failed'),
      ).toMatchObject({
        error: { code: 'printer-aborted-job' },
      });
      const after = await panel.request({ type: 'list' }, 'jobs');
      expect(after.own.find((j) => j.id === job.id)).toMatchObject({
        state: 'held',
        lastError: { code: 'printer-aborted-job' },
      });
      expect(after.quota?.total).toEqual(leftBefore);
      expect(((await (await server.admin('/history?kind=printed')).json()) as HistoryEntry[]).length).toBe(1);
    } finally {
      panel.close();
    }
  });

  it('offers black and white when only colour stands in the way', async () => {
    await put('/quota-definitions', [
      {
        name: 'five',
        unit: 'impressions',
        schedule: 'every-month',
        limits: { total: 50, color: 'disallowed' },
      },
    ]);
    const panel = await signedIn('eve', '1001');
    try {
      const job = (await panel.next('jobs', (m) => m.own.some((j) => j.state === 'held'))).own.find(
        (j) => j.state === 'held',
      )!;
      await panel.request(
        { type: 'release', releaseId: 'mono-00001', jobIds: [job.id], keep: false },
        'release-accepted',
      );
      expect(await panel.next('job-event', (m) => m.releaseId === 'mono-00001')).toMatchObject({
        event: 'failed',
        offerMono: true,
        error: {
          code: 'color-not-allowed',
          message: 'Colour printing is not allowed for your account: print in black and white?',
        },
      });
      await panel.request(
        { type: 'update-settings', jobId: job.id, settings: { colorMode: 'monochrome' } },
        'ok',
      );
      await panel.request(
        { type: 'release', releaseId: 'mono-00002', jobIds: [job.id], keep: false },
        'release-accepted',
      );
      await panel.next('job-event', (m) => m.releaseId === 'mono-00002' && m.event === 'printed');
      const printed = ((await (await server.admin('/history?kind=printed')).json()) as HistoryEntry[])[0]!;
      expect(printed).toMatchObject({ colorMode: 'monochrome', cost: '0.3' });
    } finally {
      panel.close();
    }
  });
});

describe('accounting history and reports', () => {
  it('records deletions, and exports CSV with a BOM, a header row and accents intact', async () => {
    await ipptoolPrint(server, 'chloe', threePages);
    const panel = await signedIn('eve', '1003');
    const job = (await panel.next('jobs', (m) => m.own.length === 1)).own[0]!;
    await panel.request({ type: 'delete', jobIds: [job.id] }, 'ok');
    panel.close();

    const res = await server.admin('/history', { headers: { accept: 'text/csv' } });
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe(
      'at,kind,user_email,user,department,cost_center,groups,printer,printer_uri,job,source,pages,impressions,sheets,color_mode,sides,copies,cost,currency,estimated',
    );
    const deleted = lines.find((l) => l.includes(',deleted,'))!;
    expect(deleted).toContain('chloe@example.com,Chloé Dubois,Recherche,CC-42,Équipe Été');
    expect(lines.filter((l) => l.includes(',printed,'))).toHaveLength(2);
  });

  it('reports by user, group and cost centre over a period', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const report = async (dimension: string): Promise<ReportRow[]> => {
      const res = await server.admin(`/reports/${dimension}?from=${today}&to=${today}`);
      expect(res.status).toBe(200);
      return (await res.json()) as ReportRow[];
    };
    expect(await report('user')).toEqual([
      {
        key: 'alice@example.com',
        jobs: 2,
        pages: 6,
        impressions: 6,
        sheets: 6,
        colorImpressions: 3,
        cost: '0.9',
        currency: 'EUR',
      },
    ]);
    // Alice is in two groups: her jobs count for each.
    const groups = (await report('group')).map((r) => [r.key, r.jobs]);
    expect(groups).toHaveLength(2);
    expect(groups).toEqual(
      expect.arrayContaining([
        ['Sales', 2],
        ['Équipe Été', 2],
      ]),
    );
    expect((await report('cost-center')).map((r) => [r.key, r.cost])).toEqual([['CC-42', '0.9']]);
    expect((await server.admin('/reports/colour')).status).toBe(404);
    expect((await server.admin('/reports/user?from=2026-02-30')).status).toBe(400);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect(await (await server.admin(`/reports/user?from=${tomorrow}`)).json()).toEqual([]);
  });

  it('refuses an assignment naming a quota that does not exist', async () => {
    const res = await server.admin('/quota-assignments', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ scope: 'company', quota: 'nope' }]),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).message).toBe('quota "nope" is assigned but not defined.');
  });
});

describe('a job whose pages nobody could count', () => {
  it('is charged what the printer says it printed, no longer an estimate, when that can be this job', async () => {
    const counter = await startIppeveprinter({ name: 'Counter', impressionsPrinted: 6 });
    try {
      expect((await addPrinter(server, 'counter', counter.uri)).status).toBe(201);
      const ps = path.join(dir, 'six-pages.ps');
      await fs.writeFile(
        ps,
        '%!PS-Adobe-3.0\n%%Pages: (atend)\n/Helvetica findfont 12 scalefont setfont\n showpage\n%%EOF\n',
      );
      await ipptoolPrint(server, 'chloe', ps);
      const panel = await signedIn('counter', '1003');
      try {
        // The only job of Chloé's whose pages are unknown: PostScript cannot be counted before printing.
        const list = await panel.next('jobs', (m) => m.own.some((j) => j.pages === null));
        const job = list.own.find((j) => j.pages === null)!;
        expect(job.cost).toBe(job.settings.colorMode === 'color' ? '0.20' : '0.10');
        await panel.request(
          { type: 'release', releaseId: 'counted-0001', jobIds: [job.id], keep: false },
          'release-accepted',
        );
        await panel.next('job-event', (m) => m.releaseId === 'counted-0001' && m.event === 'printed');
      } finally {
        panel.close();
      }
      const history = (await (await server.admin('/history?kind=printed')).json()) as HistoryEntry[];
      const printed = history.find((h) => h.pages === null)!;
      // Estimated at release as one page (0.10 or 0.20); settled as the six impressions printed.
      const rate = printed.colorMode === 'color' ? 0.2 : 0.1;
      expect(printed).toMatchObject({ pages: null, impressions: 6, sheets: 6, estimated: false });
      expect(Number(printed.cost)).toBeCloseTo(6 * rate, 10);
      expect((await counter.received()).length).toBe(1);

      // Seven copies, and the printer says six impressions: fewer than one a copy is not a count of
      // this job, so the estimate (seven impressions) stands, and says it is one.
      await ipptoolPrint(server, 'chloe', ps);
      const again = await signedIn('counter', '1003');
      try {
        const list = await again.next('jobs', (m) => m.own.some((j) => j.pages === null));
        const job = list.own.find((j) => j.pages === null)!;
        await again.request({ type: 'update-settings', jobId: job.id, settings: { copies: 7 } }, 'ok');
        await again.request(
          { type: 'release', releaseId: 'counted-0002', jobIds: [job.id], keep: false },
          'release-accepted',
        );
        await again.next('job-event', (m) => m.releaseId === 'counted-0002' && m.event === 'printed');
      } finally {
        again.close();
      }
      const after = (await (await server.admin('/history?kind=printed')).json()) as HistoryEntry[];
      const estimate = after.find((h) => h.pages === null && h.copies === 7)!;
      expect(estimate).toMatchObject({ impressions: 7, estimated: true });
      expect(Number(estimate.cost)).toBeCloseTo(7 * (estimate.colorMode === 'color' ? 0.2 : 0.1), 10);
    } finally {
      await counter.stop();
    }
  });
});
