import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import type { AdminJob } from '@quire/protocol';
import {
  A,
  decodeIpp,
  encodeIpp,
  GroupTag,
  groupOf,
  groupsOf,
  type IppAttribute,
  type IppMessage,
  Operation,
  operationRequest,
  Status,
} from '@quire/protocol/ipp';
import sqlite3 from 'sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccounts } from '../support/accounts';
import { makePdf } from '../support/pdf';
import { run, tempDir } from '../support/process';
import { adminJobs, seedPeople } from '../support/seed';
import { startTestServer, type TestServer } from '../support/server';
import { startTlsTestServer, type TlsTestServer } from '../support/tls';
import { WebClient } from '../support/web-client';

/**
 * HTTP Basic authentication on the IPP queue (PRODUCT.md §3.1, `IPP_AUTHENTICATION`), against two
 * real server processes, one per mode, with CUPS's ipptool and a plain node:http client for the exact
 * HTTP answers. Accounts: alice/alice-secret and bob/bob-secret (users CSV), root (administrator).
 *
 * What ipptool (CUPS 2.4.2) does, found by trying: it sends the user and password of its URI only
 * when a 401 asks for them (each request goes first without), then on the same connection with
 * every later request; a wrong password it sends six times before it reports
 * client-error-not-authenticated. So in `optional` mode a CUPS client without a challenge never
 * authenticates, and the Node client here sends credentials up front.
 */

const CHALLENGE = 'Basic realm="Quire", charset="UTF-8"';
const ROOT = { email: 'root@example.com', password: 'root-password-42', name: 'Rita Root' };

/** Get-Printer-Attributes (how the queue authenticates), then Print-Job claiming `$claimed`. */
const PRINT_SCRIPT = `
{
  NAME "Get-Printer-Attributes says how the queue authenticates"
  OPERATION Get-Printer-Attributes
  GROUP operation-attributes-tag
  ATTR charset attributes-charset utf-8
  ATTR language attributes-natural-language en
  ATTR uri printer-uri $scheme://$hostname:$port$resource
  ATTR keyword requested-attributes uri-authentication-supported,uri-security-supported
  STATUS successful-ok
  EXPECT uri-authentication-supported OF-TYPE keyword COUNT 1 WITH-VALUE "$auth"
  EXPECT uri-security-supported OF-TYPE keyword COUNT 1 WITH-VALUE "$security"
  DISPLAY uri-authentication-supported
}
{
  NAME "Print-Job"
  OPERATION Print-Job
  GROUP operation-attributes-tag
  ATTR charset attributes-charset utf-8
  ATTR language attributes-natural-language en
  ATTR uri printer-uri $scheme://$hostname:$port$resource
  ATTR name requesting-user-name $claimed
  ATTR name job-name "$jobname"
  ATTR mimeMediaType document-format application/pdf
  FILE $filename
  STATUS successful-ok
  EXPECT job-id OF-TYPE integer WITH-VALUE >0
  DISPLAY job-id
}
`;

const CANCEL_SCRIPT = `
{
  NAME "Cancel-Job"
  OPERATION Cancel-Job
  GROUP operation-attributes-tag
  ATTR charset attributes-charset utf-8
  ATTR language attributes-natural-language en
  ATTR uri printer-uri $scheme://$hostname:$port$resource
  ATTR integer job-id $job
  ATTR name requesting-user-name $claimed
  STATUS successful-ok
}
`;

let optional: TestServer;
let required: TlsTestServer;
let dir: string;
let pdf: Buffer;

beforeAll(async () => {
  dir = await tempDir('ipp-auth');
  pdf = await makePdf(1);
  await Promise.all([
    fs.writeFile(path.join(dir, 'one.pdf'), pdf),
    fs.writeFile(path.join(dir, 'print.test'), PRINT_SCRIPT),
    fs.writeFile(path.join(dir, 'cancel.test'), CANCEL_SCRIPT),
  ]);
  [optional, required] = await Promise.all([
    startTestServer(),
    startTlsTestServer({ IPP_AUTHENTICATION: 'required' }),
  ]);
  for (const server of [optional, required]) {
    await seedPeople(server);
    await addAccounts(server, [[ROOT, 'administrator']]);
  }
});

afterAll(async () => {
  await Promise.all([optional?.stop(), required?.stop()]);
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

// ---- a plain HTTP client ------------------------------------------------------------------------

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  /** The IPP answer, when HTTP said 200. */
  ipp: IppMessage | undefined;
}

const basic = (login: string, password: string) =>
  `Basic ${Buffer.from(`${login}:${password}`, 'utf8').toString('base64')}`;

/** One IPP request over node:http, on its own connection; `authorization` is sent up front. */
function post(server: TestServer, body: Buffer, authorization?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${server.url}/ipp/print`,
      {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/ipp', ...(authorization && { authorization }) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const bytes = Buffer.concat(chunks);
          const status = res.statusCode ?? 0;
          resolve({
            status,
            headers: res.headers,
            body: bytes,
            ipp: status === 200 ? decodeIpp(bytes).message : undefined,
          });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function request(server: TestServer, code: number, attributes: IppAttribute[], document?: Buffer): Buffer {
  const head = encodeIpp(operationRequest(code, server.ippUri, attributes, { requestId: 7 }));
  return document ? Buffer.concat([head, document]) : head;
}

const claiming = (name: string): IppAttribute[] => [A.name('requesting-user-name', name)];

function printJob(server: TestServer, claimed: string, jobName: string, authorization?: string) {
  const attrs = [
    ...claiming(claimed),
    A.name('job-name', jobName),
    A.mimeMediaType('document-format', 'application/pdf'),
  ];
  return post(server, request(server, Operation.PrintJob, attrs, pdf), authorization);
}

const onJob = (server: TestServer, code: number, id: number, claimed: string, authorization?: string) =>
  post(server, request(server, code, [A.integer('job-id', id), ...claiming(claimed)]), authorization);

function getJobs(server: TestServer, claimed: string, authorization?: string) {
  const attrs = [...claiming(claimed), A.keyword('which-jobs', 'all')];
  return post(server, request(server, Operation.GetJobs, attrs), authorization);
}

/** The IPP status of an answer that HTTP accepted. */
function ippStatus(a: Answer): number {
  expect(a.status, a.body.toString()).toBe(200);
  return a.ipp!.code;
}

/** The job id of a successful Print-Job. */
function heldJob(a: Answer): number {
  expect(ippStatus(a)).toBe(Status.successfulOk);
  return groupOf(a.ipp!, GroupTag.job).int('job-id')!;
}

const jobIds = (a: Answer) => groupsOf(a.ipp!, GroupTag.job).map((g) => g.attributes[0]?.values[0]?.value);

function expectChallenge(a: Answer): void {
  expect(a.status, a.body.toString()).toBe(401);
  expect(a.headers['www-authenticate']).toBe(CHALLENGE);
}

async function jobOf(server: TestServer, id: number): Promise<AdminJob | undefined> {
  return (await adminJobs(server)).find((j) => j.id === id);
}

/** What the client claimed with credentials, read from the database beside the running server. */
function claimedOf(server: TestServer, id: number): Promise<string | null | undefined> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(path.join(server.dataDir, 'quire.db'), sqlite3.OPEN_READONLY, (error) => {
      if (error) return reject(error);
      db.get<{ claimed_user_name: string | null }>(
        'SELECT claimed_user_name FROM jobs WHERE id = ?',
        [id],
        (err, row) => {
          db.close();
          if (err) reject(err);
          else resolve(row?.claimed_user_name);
        },
      );
    });
  });
}

/** Runs ipptool on one of the scripts, with the PDF as its file (plain HTTP unless `security` says). */
function ipptool(uri: string, script: 'print' | 'cancel', vars: Record<string, string>) {
  const defines = Object.entries({ security: 'none', ...vars }).flatMap(([k, v]) => ['-d', `${k}=${v}`]);
  const args = ['-tv', '-f', path.join(dir, 'one.pdf'), ...defines, uri, path.join(dir, `${script}.test`)];
  return run('ipptool', args);
}

/** `ipp://user:password@127.0.0.1:port/ipp/print`, both parts percent-encoded (RFC 3986 §3.2.1). */
const withUserinfo = (server: TestServer, login: string, password: string) =>
  server.ippUri.replace('ipp://', `ipp://${encodeURIComponent(login)}:${encodeURIComponent(password)}@`);

const displayedJobId = (stdout: string) => Number(/job-id \(integer\) = (\d+)/.exec(stdout)?.[1]);

// ---- optional ---------------------------------------------------------------------------------------

describe('IPP_AUTHENTICATION=optional (the default)', () => {
  let plainJob: number;
  let alicesJob: number;

  it('without credentials, requesting-user-name names the owner as before, and the queue says so', async () => {
    const { code, stdout, stderr } = await ipptool(optional.ippUri, 'print', {
      auth: 'requesting-user-name',
      claimed: 'alice',
      jobname: 'sent without a password',
    });
    expect(code, stdout + stderr).toBe(0);
    plainJob = displayedJobId(stdout);
    expect(await jobOf(optional, plainJob)).toMatchObject({
      state: 'held',
      requestingUserName: 'alice',
      userEmail: 'alice@example.com',
    });
    expect(await claimedOf(optional, plainJob)).toBeNull();
  });

  it('with valid Basic credentials the account owns the job, whatever requesting-user-name says', async () => {
    alicesJob = heldJob(await printJob(optional, 'mallory', 'signed in', basic('ALICE', 'alice-secret')));
    expect(await jobOf(optional, alicesJob)).toMatchObject({
      state: 'held',
      requestingUserName: 'alice',
      userEmail: 'alice@example.com',
    });
    // Nothing the client said is lost.
    expect(await claimedOf(optional, alicesJob)).toBe('mallory');
    // RFC 8011 §5.3.6: the most authenticated name; the email signs in as well as the short name.
    const attrs = await onJob(
      optional,
      Operation.GetJobAttributes,
      alicesJob,
      'mallory',
      basic('Alice@Example.com', 'alice-secret'),
    );
    expect(ippStatus(attrs)).toBe(Status.successfulOk);
    expect(groupOf(attrs.ipp!, GroupTag.job).string('job-originating-user-name')).toBe('alice');
    expect(groupOf(attrs.ipp!, GroupTag.job).string('job-name')).toBe('signed in');
  });

  it('a wrong password, or credentials it cannot read, are a 401 with the challenge, and nothing is held', async () => {
    const before = (await adminJobs(optional)).length;
    expectChallenge(await printJob(optional, 'alice', 'wrong password', basic('alice', 'not-her-password')));
    expectChallenge(await printJob(optional, 'alice', 'nobody', basic('nobody', 'x')));
    expectChallenge(await printJob(optional, 'alice', 'another scheme', 'Bearer abc'));
    expectChallenge(await printJob(optional, 'alice', 'not base64', 'Basic !!!'));
    expect((await adminJobs(optional)).length).toBe(before);
  });

  it('signed in, a user sees and cancels only their own jobs; an administrator anyone’s', async () => {
    const bobs = heldJob(await printJob(optional, 'bob', 'bob’s payslips', basic('bob', 'bob-secret')));
    const alice = basic('alice', 'alice-secret');

    const cancel = await onJob(optional, Operation.CancelJob, bobs, 'bob', alice);
    expect(ippStatus(cancel)).toBe(Status.notAuthorized);
    expect((await jobOf(optional, bobs))?.state).toBe('held');

    const look = await onJob(optional, Operation.GetJobAttributes, bobs, 'bob', alice);
    expect(ippStatus(look)).toBe(Status.successfulOk);
    const seen = groupOf(look.ipp!, GroupTag.job);
    expect(seen.int('job-state')).toBe(4);
    expect(seen.has('job-name')).toBe(false);
    expect(seen.has('job-originating-user-name')).toBe(false);

    // Alice's own jobs, by account: the one she sent as "alice" without a password too; not bob's.
    const mine = jobIds(await getJobs(optional, 'bob', alice));
    expect(mine).toEqual(expect.arrayContaining([plainJob, alicesJob]));
    expect(mine).not.toContain(bobs);

    const root = basic('root@example.com', ROOT.password);
    expect(jobIds(await getJobs(optional, 'root', root))).toEqual(
      expect.arrayContaining([plainJob, alicesJob, bobs]),
    );
    expect(ippStatus(await onJob(optional, Operation.CancelJob, bobs, 'root', root))).toBe(
      Status.successfulOk,
    );
    expect((await jobOf(optional, bobs))?.state).toBe('deleted');
  });

  it('a job sent with a password cannot be cancelled by name alone; ipptool answers the challenge', async () => {
    for (const name of ['alice', 'mallory']) {
      expectChallenge(await onJob(optional, Operation.CancelJob, alicesJob, name));
      const listed = jobIds(await getJobs(optional, name));
      expect(listed).not.toContain(alicesJob);
    }
    // Without credentials the name still lists what was sent under it without credentials.
    expect(jobIds(await getJobs(optional, 'ALICE'))).toContain(plainJob);
    expect((await jobOf(optional, alicesJob))?.state).toBe('held');

    // ipptool sends without a password, is asked for one, and sends the one in its URI.
    const { code, stdout, stderr } = await ipptool(
      withUserinfo(optional, 'alice', 'alice-secret'),
      'cancel',
      {
        job: String(alicesJob),
        claimed: 'alice',
      },
    );
    expect(code, stdout + stderr).toBe(0);
    expect((await jobOf(optional, alicesJob))?.state).toBe('deleted');
  });

  // Last here: it blocks bob for a minute.
  it('after five wrong passwords in a minute: 429 with Retry-After, the right one too, and the web sign-in too', async () => {
    for (const guess of ['guess-1', 'guess-2', 'guess-3', 'guess-4', 'guess-5'])
      expectChallenge(await printJob(optional, 'bob', 'guessing', basic('bob', guess)));
    const blocked = await printJob(optional, 'bob', 'the right one', basic('bob', 'bob-secret'));
    expect(blocked.status).toBe(429);
    const wait = Number(blocked.headers['retry-after']);
    expect(Number.isInteger(wait) && wait >= 1 && wait <= 60, `Retry-After ${wait}`).toBe(true);
    expect(blocked.body.toString()).toMatch(/^Too many failed sign-ins\. Try again in \d+ seconds\.$/);
    expect((await new WebClient(optional.url).login('bob', 'bob-secret')).status).toBe(429);
  });
});

// ---- required -------------------------------------------------------------------------------------

describe('IPP_AUTHENTICATION=required', () => {
  it('answers every request without credentials with a 401 and the challenge', async () => {
    expectChallenge(await post(required, request(required, Operation.GetPrinterAttributes, [])));
    expectChallenge(await printJob(required, 'alice', 'no password'));
    const { code, stdout } = await ipptool(required.ippUri, 'print', {
      auth: 'basic',
      claimed: 'alice',
      jobname: 'x',
    });
    expect(code).not.toBe(0);
    expect(stdout).toContain('client-error-not-authenticated');
    expect(await adminJobs(required)).toEqual([]);
  });

  it('holds a job from ipptool with the password in its URI for the account, and says basic', async () => {
    const { code, stdout, stderr } = await ipptool(
      withUserinfo(required, 'alice@example.com', 'alice-secret'),
      'print',
      {
        auth: 'basic',
        claimed: 'mallory',
        jobname: 'required',
      },
    );
    expect(code, stdout + stderr).toBe(0);
    expect(stdout).toContain('uri-authentication-supported (keyword) = basic');
    const id = displayedJobId(stdout);
    expect(await jobOf(required, id)).toMatchObject({
      state: 'held',
      requestingUserName: 'alice',
      userEmail: 'alice@example.com',
    });
    expect(await claimedOf(required, id)).toBe('mallory');
  });

  it('takes the password over ipps:// as well, the way the README says to add the queue', async () => {
    const uri = withUserinfo(required, 'bob', 'bob-secret').replace(
      `ipp://bob:bob-secret@127.0.0.1:${required.port}`,
      `ipps://bob:bob-secret@127.0.0.1:${required.httpsPort}`,
    );
    const { code, stdout, stderr } = await ipptool(uri, 'print', {
      auth: 'basic',
      security: 'tls',
      claimed: 'bob',
      jobname: 'over TLS',
    });
    expect(code, stdout + stderr).toBe(0);
    expect((await jobOf(required, displayedJobId(stdout)))?.userEmail).toBe('bob@example.com');
  });

  it('takes a UTF-8 name and a password holding colons and spaces, from ipptool and from Node', async () => {
    const zoe = { email: 'zoé@example.com', password: 'mot:de passe:été', name: 'Zoé' };
    await addAccounts(required, [[zoe, 'user']]);
    const { code, stdout, stderr } = await ipptool(withUserinfo(required, zoe.email, zoe.password), 'print', {
      auth: 'basic',
      claimed: 'zoe',
      jobname: 'accents',
    });
    expect(code, stdout + stderr).toBe(0);
    expect((await jobOf(required, displayedJobId(stdout)))?.userEmail).toBe(zoe.email);
    heldJob(await printJob(required, 'zoe', 'node', basic('ZOÉ@example.com', zoe.password)));
  });

  it('counts a wrong password ipptool sends six times as one failure', async () => {
    const { code, stdout } = await ipptool(withUserinfo(required, 'alice', 'typo'), 'print', {
      auth: 'basic',
      claimed: 'alice',
      jobname: 'typo',
    });
    expect(code).not.toBe(0);
    expect(stdout).toContain('client-error-not-authenticated');
    // Six counted failures would have blocked alice for a minute.
    heldJob(await printJob(required, 'alice', 'after the typo', basic('alice', 'alice-secret')));
  });
});
