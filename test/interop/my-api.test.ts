import {
  type AdminJob,
  CSRF_HEADER,
  type ErrorBody,
  FILE_NAME_HEADER,
  type JobView,
  myDefaultSettingsSchema,
  myDelegatesSchema,
  myHistoryPageSchema,
  myJobsSchema,
  myQuotaSchema,
  myUploadLimitsSchema,
} from '@quire/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postChunks } from '../support/http-post';
import { makePng, SAMPLE_JPEG } from '../support/images';
import { makePdf } from '../support/pdf';
import { adminJobs, putAdmin, seedPeople } from '../support/seed';
import { ADMIN_TOKEN, startTestServer, type TestServer } from '../support/server';
import { WebClient } from '../support/web-client';

/**
 * Issue 5 item 3, the user's own queue at /api/my, against the real server process: uploads (PDF as it
 * is, JPEG and PNG as one-page PDFs) held for the signed-in account with its default settings; and that
 * nothing here ever reaches someone else's jobs, whatever id is sent, nor works without the session
 * and its CSRF token. MAX_DOCUMENT_MB is 1 so that "too large" is cheap to reach.
 */

let server: TestServer;
let alice: WebClient;
let bob: WebClient;
let pdf3: Buffer;

const error = async (res: Response) => (await res.json()) as ErrorBody;

async function signedIn(login: string, password: string): Promise<WebClient> {
  const client = new WebClient(server.url);
  const res = await client.login(login, password);
  expect(res.status, await res.clone().text()).toBe(200);
  return client;
}

function upload(client: WebClient, name: string, body: Uint8Array, type = 'application/octet-stream') {
  return client.fetch('/api/my/jobs', {
    method: 'POST',
    body,
    headers: { 'content-type': type, [FILE_NAME_HEADER]: encodeURIComponent(name) },
  });
}

async function uploaded(client: WebClient, name: string, body: Uint8Array, type?: string): Promise<JobView> {
  const res = await upload(client, name, body, type);
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as JobView;
}

const jobOf = async (id: number): Promise<AdminJob | undefined> =>
  (await adminJobs(server)).find((j) => j.id === id);

const myJobs = async (client: WebClient, query = '') =>
  myJobsSchema.parse(await (await client.fetch(`/api/my/jobs${query}`)).json());

beforeAll(async () => {
  server = await startTestServer({ MAX_DOCUMENT_MB: '1' });
  await seedPeople(server);
  await putAdmin(server, '/prices', {
    currency: 'EUR',
    pricing: { kind: 'flat', mono: '0.05', color: '0.15' },
  });
  await putAdmin(server, '/quota-definitions', [
    { name: 'Standard', unit: 'impressions', schedule: 'every-month', limits: { total: 500, color: 100 } },
  ]);
  await putAdmin(server, '/quota-assignments', [{ scope: 'company', quota: 'Standard' }]);
  pdf3 = await makePdf(3, 'My API');
  [alice, bob] = await Promise.all([signedIn('alice', 'alice-secret'), signedIn('bob', 'bob-secret')]);
});

afterAll(async () => {
  await server?.stop();
});

describe('uploads', () => {
  it('holds a PDF as it is for the signed-in account: pages counted, source web, cost at the prices', async () => {
    const job = await uploaded(alice, 'Rapport d’été.pdf', pdf3, 'application/pdf');
    expect(job).toMatchObject({
      name: 'Rapport d’été.pdf',
      owner: 'alice',
      pages: 3,
      source: 'web',
      state: 'held',
      size: pdf3.length,
      settings: { copies: 1, sides: 'one-sided', colorMode: 'color', finishings: [] },
      cost: '0.45',
    });
    expect(await jobOf(job.id)).toMatchObject({
      format: 'application/pdf',
      userEmail: 'alice@example.com',
      state: 'held',
    });
  });

  it.each([
    ['a JPEG', 'photo.jpg', SAMPLE_JPEG],
    ['a PNG', 'screenshot.png', makePng(1200, 800, { alpha: true })],
  ])('holds %s as a one-page PDF', async (_, name, image) => {
    const job = await uploaded(alice, name, image);
    expect(job).toMatchObject({ name, pages: 1, source: 'web', state: 'held', cost: '0.15' });
    expect((await jobOf(job.id))?.format).toBe('application/pdf');
  });

  it("starts from the account's default settings, and keeps them", async () => {
    const none = await alice.fetch('/api/my/settings');
    expect(myDefaultSettingsSchema.parse(await none.json())).toEqual({
      copies: 1,
      sides: 'one-sided',
      colorMode: 'color',
    });
    const put = await alice.fetch('/api/my/settings', {
      method: 'PUT',
      json: { copies: 2, sides: 'two-sided-long-edge', colorMode: 'monochrome' },
    });
    expect(put.status).toBe(200);
    const half = await alice.fetch('/api/my/settings', { method: 'PUT', json: { copies: 3 } });
    expect(await half.json()).toEqual({ copies: 3, sides: 'two-sided-long-edge', colorMode: 'monochrome' });
    const bad = await alice.fetch('/api/my/settings', { method: 'PUT', json: { copies: 0 } });
    expect(bad.status).toBe(400);
    const extra = await alice.fetch('/api/my/settings', { method: 'PUT', json: { finishings: [4] } });
    expect(extra.status).toBe(400);

    const job = await uploaded(alice, 'Defaults.pdf', pdf3);
    expect(job.settings).toMatchObject({ copies: 3, sides: 'two-sided-long-edge', colorMode: 'monochrome' });
    expect(job.submittedColor).toBe('monochrome');
    expect(job.cost).toBe('0.45'); // 3 pages x 3 copies x 0.05
    // bob's defaults are his own.
    expect(await (await bob.fetch('/api/my/settings')).json()).toMatchObject({ copies: 1 });
    await alice.fetch('/api/my/settings', {
      method: 'PUT',
      json: { copies: 1, sides: 'one-sided', colorMode: 'color' },
    });
  });

  it('tells the page its limits', async () => {
    const limits = myUploadLimitsSchema.parse(await (await alice.fetch('/api/my/upload-limits')).json());
    expect(limits).toEqual({
      maxDocumentBytes: 1024 * 1024,
      maxImageBytes: 1024 * 1024,
      maxImagePixels: 16_000_000,
      accepted: ['application/pdf', 'image/jpeg', 'image/png'],
    });
  });

  it.each([
    ['a text file', Buffer.from('Dear Sir, ...\n')],
    ['a web page named .pdf', Buffer.from('<!doctype html><title>x</title>')],
    ['PostScript', Buffer.from('%!PS-Adobe-3.0\nshowpage\n')],
  ])('refuses %s, naming what is accepted', async (_, body) => {
    const before = (await adminJobs(server)).length;
    const res = await upload(alice, 'letter.pdf', body, 'application/pdf');
    expect(res.status).toBe(422);
    expect(await error(res)).toEqual({
      code: 'format-not-supported',
      message: 'This file is not a PDF, JPEG or PNG. Upload a PDF document, or a JPEG or PNG image.',
    });
    expect((await adminJobs(server)).length).toBe(before);
  });

  it('refuses an empty file and a damaged image in words', async () => {
    const empty = await upload(alice, 'empty.pdf', Buffer.alloc(0));
    expect(empty.status).toBe(400);
    expect((await error(empty)).message).toBe('The file is empty.');
    const broken = await upload(alice, 'broken.jpg', SAMPLE_JPEG.subarray(0, 100));
    expect(await error(broken)).toEqual({
      code: 'format-not-supported',
      message: 'This image could not be read: the file may be damaged.',
    });
  });

  it.each([
    ['by its Content-Length', (n: number) => ({ 'content-length': String(n * 65_536) }), 0],
    ['as it streams in (chunked)', () => ({}), 8],
  ])(
    'refuses a PDF over MAX_DOCUMENT_MB %s, saying the limit, without reading it all',
    async (_, length, fast) => {
      const before = (await adminJobs(server)).length;
      const chunk = Buffer.alloc(65_536, 0x20);
      Buffer.from('%PDF-1.7\n').copy(chunk);
      const res = await postChunks(
        `${server.url}/api/my/jobs`,
        {
          cookie: `quire_session=${alice.cookie}`,
          [CSRF_HEADER]: alice.csrfToken!,
          'content-type': 'application/pdf',
          [FILE_NAME_HEADER]: 'huge.pdf',
          ...length(400),
        },
        chunk,
        400, // 25 MiB if it were all sent
        fast,
      );
      expect(res.status).toBe(413);
      expect(JSON.parse(res.body)).toEqual({
        code: 'payload-too-large',
        message: 'This file is larger than 1 MB, the most a document may be.',
      });
      expect(res.connection).toBe('close');
      expect(res.chunksSent).toBeLessThan(400);
      expect((await adminJobs(server)).length).toBe(before);
    },
  );

  it('refuses an image over its limit as it streams in, and a PNG with too many pixels', async () => {
    const chunk = Buffer.alloc(65_536);
    SAMPLE_JPEG.copy(chunk, 0, 0, 20);
    const res = await postChunks(
      `${server.url}/api/my/jobs`,
      {
        cookie: `quire_session=${alice.cookie}`,
        [CSRF_HEADER]: alice.csrfToken!,
        [FILE_NAME_HEADER]: 'big.jpg',
      },
      chunk,
      400,
      8,
    );
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).message).toBe(
      'This image is larger than 1 MB, the most an image may be. Send it as a PDF, or make it smaller.',
    );
    // A PNG's header says how many pixels it decodes to: 20000 x 1000 is refused before decoding.
    const wide = makePng(2, 2);
    wide.writeUInt32BE(20_000, 16);
    wide.writeUInt32BE(1_000, 20);
    const refused = await upload(alice, 'wide.png', wide);
    expect(refused.status).toBe(413);
    expect((await error(refused)).message).toBe(
      'This image is 20000 x 1000 pixels; a PNG may have at most 16 million. Make it smaller, or send it as a PDF or JPEG.',
    );
  });
});

describe('only ever my own', () => {
  let bobsJob: JobView;

  beforeAll(async () => {
    bobsJob = await uploaded(bob, 'Bob private.pdf', pdf3);
  });

  it("lists my jobs and never bob's, whatever the query says", async () => {
    for (const query of ['', '?user=bob', '?owner=bob@example.com', `?id=${bobsJob.id}`]) {
      const list = await myJobs(alice, query);
      expect(list.own.length).toBeGreaterThan(0);
      expect(list.own.every((j) => j.owner === 'alice')).toBe(true);
      expect(list.delegated).toEqual([]);
      expect(list.currency).toBe('EUR');
    }
  });

  it("cannot delete bob's job, whatever id is sent", async () => {
    for (const id of [bobsJob.id, 999_999, 0]) {
      const res = await alice.fetch(`/api/my/jobs/${id}`, { method: 'DELETE' });
      expect(res.status).toBe(404);
      expect((await error(res)).code).toMatch(/^(job-)?not-found$/);
    }
    for (const path of [`/api/my/jobs/${bobsJob.id}abc`, `/api/my/jobs/-${bobsJob.id}`, '/api/my/jobs/1e3']) {
      expect((await alice.fetch(path, { method: 'DELETE' })).status).toBe(404);
    }
    expect((await jobOf(bobsJob.id))?.state).toBe('held');
  });

  it("cannot release, change or read bob's job: there is no such route here", async () => {
    for (const [method, path] of [
      ['POST', `/api/my/jobs/${bobsJob.id}/release`],
      ['POST', `/api/my/jobs/${bobsJob.id}`],
      ['PUT', `/api/my/jobs/${bobsJob.id}`],
      ['GET', `/api/my/jobs/${bobsJob.id}`],
      ['POST', '/api/my/release'],
    ] as const) {
      const body = method === 'GET' ? {} : { json: { jobIds: [bobsJob.id], printer: 'any' } };
      const res = await alice.fetch(path, { method, ...body });
      expect(res.status, `${method} ${path}`).toBe(404);
    }
    expect((await jobOf(bobsJob.id))?.state).toBe('held');
  });

  it('deletes my own job through the removal service: gone from the list, in my history, not in bob’s', async () => {
    const job = await uploaded(alice, 'Delete me.pdf', pdf3);
    const res = await alice.fetch(`/api/my/jobs/${job.id}`, { method: 'DELETE' });
    expect(res.status).toBe(204);
    expect((await jobOf(job.id))?.state).toBe('deleted');
    expect((await myJobs(alice)).own.some((j) => j.id === job.id)).toBe(false);
    const again = await alice.fetch(`/api/my/jobs/${job.id}`, { method: 'DELETE' });
    expect(again.status).toBe(409);
    expect(await error(again)).toEqual({
      code: 'job-not-releasable',
      message: '"Delete me.pdf" is no longer held.',
    });

    const mine = myHistoryPageSchema.parse(await (await alice.fetch('/api/my/history')).json());
    expect(mine.entries[0]).toMatchObject({
      kind: 'deleted',
      jobName: 'Delete me.pdf',
      pages: 3,
      source: 'web',
    });
    const bobs = myHistoryPageSchema.parse(await (await bob.fetch('/api/my/history')).json());
    expect(bobs.entries).toEqual([]);
    // alice's row id as bob's cursor gives bob nothing of hers.
    const probe = await bob.fetch(`/api/my/history?before=${mine.entries[0]!.id + 1}&user=alice`);
    expect(myHistoryPageSchema.parse(await probe.json()).entries).toEqual([]);
  });

  it('pages my history with limit and before', async () => {
    for (const name of ['H1.pdf', 'H2.pdf']) {
      const job = await uploaded(alice, name, pdf3);
      await alice.fetch(`/api/my/jobs/${job.id}`, { method: 'DELETE' });
    }
    const first = myHistoryPageSchema.parse(await (await alice.fetch('/api/my/history?limit=2')).json());
    expect(first.entries.map((e) => e.jobName)).toEqual(['H2.pdf', 'H1.pdf']);
    expect(first.nextBefore).toBe(first.entries[1]!.id);
    const next = myHistoryPageSchema.parse(
      await (await alice.fetch(`/api/my/history?limit=2&before=${first.nextBefore}`)).json(),
    );
    expect(next.entries.map((e) => e.jobName)).toEqual(['Delete me.pdf']);
    expect(next.nextBefore).toBeNull();
    expect((await alice.fetch('/api/my/history?limit=0')).status).toBe(400);
    expect((await alice.fetch('/api/my/history?before=x')).status).toBe(400);
  });

  it('shows my quota as the panel does', async () => {
    const { quota } = myQuotaSchema.parse(await (await alice.fetch('/api/my/quota')).json());
    expect(quota).toEqual({
      currency: 'EUR',
      total: { kind: 'impressions', left: 500 },
      color: { kind: 'impressions', left: 100 },
    });
    expect((await myJobs(alice)).quota).toEqual(quota);
  });
});

describe('delegates', () => {
  it('names delegates by email or short name with the admin rules; a delegate sees, never deletes', async () => {
    const unknown = await alice.fetch('/api/my/delegates', {
      method: 'PUT',
      json: { delegates: ['nobody@example.com'] },
    });
    expect(unknown.status).toBe(404);
    expect((await error(unknown)).message).toBe('No one has the email or short name “nobody@example.com”.');
    const self = await alice.fetch('/api/my/delegates', { method: 'PUT', json: { delegates: ['alice'] } });
    expect(await error(self)).toEqual({ code: 'bad-request', message: 'You cannot be your own delegate.' });
    const forBob = await alice.fetch('/api/my/delegates', {
      method: 'PUT',
      json: { delegates: ['BOB@example.com', 'bob'] },
    });
    expect(myDelegatesSchema.parse(await forBob.json())).toEqual({
      enabled: true,
      delegates: [{ email: 'bob@example.com', displayName: 'Bob Nguyen' }],
    });
    // Naming someone else's delegates is not a thing here: the body is strict.
    const other = await alice.fetch('/api/my/delegates', {
      method: 'PUT',
      json: { delegates: [], owner: 'bob@example.com' },
    });
    expect(other.status).toBe(400);

    const aliceJob = (await myJobs(alice)).own[0]!;
    const seen = await myJobs(bob);
    expect(seen.delegated).toHaveLength(1);
    expect(seen.delegated[0]!.owner).toEqual({ name: 'alice', displayName: 'Alice Martin' });
    expect(seen.delegated[0]!.jobs.map((j) => j.id)).toContain(aliceJob.id);
    const res = await bob.fetch(`/api/my/jobs/${aliceJob.id}`, { method: 'DELETE' });
    expect(res.status).toBe(403);
    expect((await error(res)).message).toBe(`Only its owner can delete "${aliceJob.name}".`);
    expect((await jobOf(aliceJob.id))?.state).toBe('held');
    // alice sees who she named; bob sees nobody named by him.
    expect((await (await bob.fetch('/api/my/delegates')).json()).delegates).toEqual([]);
    await alice.fetch('/api/my/delegates', { method: 'PUT', json: { delegates: [] } });
    expect((await myJobs(bob)).delegated).toEqual([]);
  });
});

describe('sign-in and CSRF', () => {
  it('refuses every change without the CSRF header, or with another session’s', async () => {
    const job = (await myJobs(alice)).own[0]!;
    const changes: [string, string, () => Promise<Response>][] = [
      ['DELETE', 'job', () => alice.fetch(`/api/my/jobs/${job.id}`, { method: 'DELETE', csrf: false })],
      [
        'POST',
        'upload',
        () =>
          alice.fetch('/api/my/jobs', {
            method: 'POST',
            body: pdf3,
            csrf: false,
            headers: { [FILE_NAME_HEADER]: 'x.pdf' },
          }),
      ],
      [
        'PUT',
        'settings',
        () => alice.fetch('/api/my/settings', { method: 'PUT', json: { copies: 9 }, csrf: false }),
      ],
      [
        'PUT',
        'delegates',
        () => alice.fetch('/api/my/delegates', { method: 'PUT', json: { delegates: ['bob'] }, csrf: false }),
      ],
      [
        'DELETE',
        "with bob's token",
        () =>
          alice.fetch(`/api/my/jobs/${job.id}`, {
            method: 'DELETE',
            csrf: false,
            headers: { [CSRF_HEADER]: bob.csrfToken! },
          }),
      ],
      [
        'DELETE',
        'from another site',
        () =>
          alice.fetch(`/api/my/jobs/${job.id}`, {
            method: 'DELETE',
            headers: { origin: 'https://evil.example' },
          }),
      ],
    ];
    for (const [method, what, send] of changes) {
      const res = await send();
      expect(res.status, `${method} ${what}`).toBe(403);
      expect((await error(res)).code).toBe('csrf-failed');
    }
    expect((await jobOf(job.id))?.state).toBe('held');
    expect(await (await alice.fetch('/api/my/settings')).json()).toMatchObject({ copies: 1 });
  });

  it('answers 401 to a signed-out request, to the admin token and after sign-out', async () => {
    const nobody = new WebClient(server.url);
    for (const path of ['/jobs', '/settings', '/delegates', '/history', '/quota', '/upload-limits']) {
      const res = await nobody.fetch(`/api/my${path}`);
      expect(res.status, path).toBe(401);
      expect((await error(res)).code).toBe('not-signed-in');
    }
    const up = await upload(nobody, 'x.pdf', pdf3);
    expect(up.status).toBe(401);
    // The admin token is no person: /my/ is about the signed-in account.
    const token = await fetch(`${server.url}/api/my/jobs`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect(token.status).toBe(401);

    const leaving = await signedIn('alice', 'alice-secret');
    expect((await leaving.fetch('/api/my/jobs')).status).toBe(200);
    const copied = leaving.copy();
    expect((await leaving.logout()).status).toBe(204);
    const after = await copied.fetch('/api/my/jobs');
    expect(after.status).toBe(401);
  });

  it('answers no-store: one person’s list is never cached', async () => {
    const res = await alice.fetch('/api/my/jobs');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});
