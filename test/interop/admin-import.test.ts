import type { ImportReport } from '@quire/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postChunks as sendChunks } from '../support/http-post';
import { ADMIN_TOKEN, startTestServer, type TestServer } from '../support/server';

const USERS =
  'EMAIL,OPERATION,PASSWORD,FIRST_NAME,LAST_NAME,DISPLAY_NAME,SHORTNAME,GROUPS,CUSTOM_ATTRIBUTES,COST_CENTER,DEPARTMENT';
const BADGES = 'BADGE,OPERATION,EMAIL,TEMPORARY';
const CSV = { 'content-type': 'text/csv; charset=utf-8' };

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.stop();
});

const post = (path: string, body: BodyInit, headers: Record<string, string> = CSV) =>
  server.admin(path, { method: 'POST', body, headers });
const importUsers = (lines: string[], query = '') =>
  post(`/users/import${query}`, [USERS, ...lines].join('\r\n'));
const importBadges = (lines: string[], query = '') =>
  post(`/badges/import${query}`, [BADGES, ...lines].join('\n'));
const report = async (res: Response): Promise<ImportReport> => (await res.json()) as ImportReport;

/** Up to `count` chunks of 64 KiB to an admin path, keeping the answer that comes before all is sent. */
const postChunks = (path: string, headers: Record<string, string>, count: number, fast: number) =>
  sendChunks(
    `${server.url}/api/admin${path}`,
    { authorization: `Bearer ${ADMIN_TOKEN}`, ...headers },
    Buffer.alloc(65_536, 'y'),
    count,
    fast,
  );

describe('POST /api/admin/users/import', () => {
  const file = [
    'ann@imp.org,CREATE,s3cret,Ann,Archer,,ann,"Staff, Finance",,CC-1,Accounts',
    'not-an-email,CREATE,,,,,,,,,',
    'bob@imp.org,CREATE,,Bob,,,,,,,',
    'cat@imp.org,MERGE,,,,,,,,,',
  ];

  it('refuses a file with bad lines, lists every one, and applies nothing', async () => {
    const res = await importUsers(file);
    expect(res.status).toBe(422);
    const body = await report(res);
    expect(body).toMatchObject({ applied: false, dryRun: false, created: ['ann@imp.org', 'bob@imp.org'] });
    expect(body.errors).toEqual([
      { line: 3, reason: 'EMAIL "not-an-email" is not an email address' },
      { line: 5, reason: 'OPERATION must be CREATE, UPDATE or DELETE, not "MERGE"' },
    ]);
    // Nothing was applied: updating the "created" users is still refused as a dry run would see it.
    const check = await report(await importUsers(['ann@imp.org,UPDATE,,,,,,,,,'], '?dryRun=1'));
    expect(check).toMatchObject({
      applied: false,
      dryRun: true,
      errors: [{ line: 2, reason: 'no user ann@imp.org to update; use CREATE' }],
    });
  });

  it('applies the good lines in apply-valid mode and still reports the bad ones', async () => {
    const res = await importUsers(file, '?mode=apply-valid');
    expect(res.status).toBe(200);
    const body = await report(res);
    expect(body).toMatchObject({ applied: true, created: ['ann@imp.org', 'bob@imp.org'] });
    expect(body.errors.map((e) => e.line)).toEqual([3, 5]);
    expect(JSON.stringify(body)).not.toContain('s3cret');
  });

  it('applies a good file', async () => {
    const res = await importUsers([
      'ann@imp.org,UPDATE,,[delete],,Annie,,,,,',
      'Cat@Imp.org,create,,Cat,,,cat,,,,',
      'bob@imp.org,DELETE,,,,,,,,,',
      '',
    ]);
    expect(res.status).toBe(200);
    expect(await report(res)).toEqual({
      applied: true,
      dryRun: false,
      created: ['cat@imp.org'],
      updated: ['ann@imp.org'],
      deleted: ['bob@imp.org'],
      errors: [],
    });
  });

  it('reports ragged rows by line, counting lines inside quoted values', async () => {
    const res = await importUsers([
      'dan@imp.org,CREATE,,"Dan\r\nthe man",,,,,,',
      'eve@imp.org,CREATE,,,,,,,,,,,',
    ]);
    expect(res.status).toBe(422);
    expect((await report(res)).errors).toEqual([
      { line: 2, reason: 'expected 11 values, found 10' },
      { line: 4, reason: 'expected 11 values, found 13' },
    ]);
  });

  it.each([
    ['a wrong header', 'email,operation\r\nx@y.org,CREATE\r\n', CSV, `The header must be exactly "${USERS}"`],
    ['an empty file', '', CSV, 'The file is empty'],
    [
      'bytes that are not UTF-8',
      Buffer.from(`${USERS}\nz\xe9@imp.org,CREATE,,,,,,,,,\n`, 'latin1'),
      CSV,
      'not valid UTF-8',
    ],
    ['a JSON body', '{"users":[]}', { 'content-type': 'application/json' }, 'Content-Type: text/csv'],
    ['another charset', `${USERS}\n`, { 'content-type': 'text/csv; charset=windows-1252' }, 'must be UTF-8'],
  ])('answers 400 for %s', async (_, body, headers, message) => {
    const res = await post('/users/import', body, headers);
    expect(res.status).toBe(400);
    const error = (await res.json()) as { code: string; message: string };
    expect(error.code).toBe('bad-request');
    expect(error.message).toContain(message);
  });

  it('answers 400 for an unknown mode', async () => {
    const res = await importUsers([], '?mode=some');
    expect(res.status).toBe(400);
  });

  it.each([
    ['by its Content-Length', { 'content-length': String(1600 * 65_536) }, 0],
    ['as it streams in (chunked, no length)', {}, 16],
  ])('refuses a body over 1 MB %s, without reading it all', async (_, headers, fast) => {
    const res = await postChunks('/users/import', { ...CSV, ...headers }, 1600, fast); // 100 MB if all sent
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toEqual({
      code: 'payload-too-large',
      message: 'The file is larger than the 1 MB (1,048,576 bytes) limit.',
    });
    expect(res.connection).toBe('close');
    expect(res.chunksSent).toBeLessThan(1600);
  });

  it('refuses a call without the admin token', async () => {
    const res = await fetch(`${server.url}/api/admin/users/import`, {
      method: 'POST',
      body: `${USERS}\n`,
      headers: CSV,
    });
    expect(res.status).toBe(401);
  });
});

describe('POST /api/admin/badges/import', () => {
  beforeAll(async () => {
    expect((await importUsers(['fay@imp.org,CREATE,,,,,,,,,', 'gus@imp.org,CREATE,,,,,,,,,'])).status).toBe(
      200,
    );
  });

  it('gives permanent and temporary badges, from a 3- or 4-column file', async () => {
    // As Excel's "CSV UTF-8" writes it: with a byte-order mark.
    const three = await post('/badges/import', '\uFEFFBADGE,OPERATION,EMAIL\nF-1,CREATE,fay@imp.org\n');
    expect(await report(three)).toMatchObject({ applied: true, created: ['F-1'] });
    const res = await importBadges(['G-1,CREATE,gus@imp.org,false', 'G-TMP,CREATE,gus@imp.org,TRUE']);
    expect(res.status).toBe(200);
    expect(await report(res)).toEqual({
      applied: true,
      dryRun: false,
      created: ['G-1', 'G-TMP'],
      updated: [],
      deleted: [],
      errors: [],
    });
  });

  it('replaces a permanent badge and lists the old one as deleted', async () => {
    const res = await importBadges(['F-2,CREATE,fay@imp.org,']);
    expect(await report(res)).toMatchObject({ applied: true, created: ['F-2'], deleted: ['F-1'] });
    // F-1 is free again: it can be given to someone else.
    expect((await importBadges(['F-1,CREATE,gus@imp.org,true'])).status).toBe(200);
  });

  it('refuses unknown users and badges owned by someone else', async () => {
    const res = await importBadges([
      'H-1,CREATE,nobody@imp.org,',
      'F-2,CREATE,gus@imp.org,',
      'NONE,DELETE,,',
    ]);
    expect(res.status).toBe(422);
    expect((await report(res)).errors).toEqual([
      { line: 2, reason: 'no user nobody@imp.org' },
      { line: 3, reason: 'BADGE F-2 already belongs to fay@imp.org' },
      { line: 4, reason: 'no badge NONE to delete' },
    ]);
  });

  it('answers 400 naming both accepted headers', async () => {
    const res = await post('/badges/import', 'CARD,OPERATION,EMAIL\n');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toContain(
      '"BADGE,OPERATION,EMAIL" or "BADGE,OPERATION,EMAIL,TEMPORARY"',
    );
  });
});

describe('after the imports', () => {
  it('the server still answers', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(await res.json()).toEqual({ ok: true });
    expect(server.process.output()).not.toContain('s3cret');
  });
});
