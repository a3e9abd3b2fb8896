import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { AdminJob } from '@quire/protocol';
import { A, GroupTag, groupOf, ippRequest, Operation, operationRequest, Status } from '@quire/protocol/ipp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePdf } from '../support/pdf';
import { run, tempDir } from '../support/process';
import { startTestServer, type TestServer } from '../support/server';

/**
 * The print server's disk fills up: a real, small filesystem (tmpfs, mounted for this test, so root
 * only; CI runs as root) holds the whole data directory. A document that does not fit is refused with
 * the IPP status meant for it, nothing of it is kept, the administrator is told in the log, and the
 * server goes on taking what fits.
 */
const root = process.getuid?.() === 0;

let mountPoint: string;
let server: TestServer;

beforeAll(async () => {
  if (!root) return;
  mountPoint = await tempDir('disk-full');
  const mounted = await run('mount', ['-t', 'tmpfs', '-o', 'size=3m,mode=0700', 'tmpfs', mountPoint]);
  expect(mounted.code, mounted.stderr).toBe(0);
  server = await startTestServer({ MAX_DOCUMENT_MB: '64' }, path.join(mountPoint, 'data'));
});

afterAll(async () => {
  if (!root) return;
  await server?.stop();
  await run('umount', [mountPoint]);
  await fs.rm(mountPoint, { recursive: true, force: true });
});

function printJob(user: string, document: Buffer) {
  return ippRequest(
    server.ippUri,
    operationRequest(Operation.PrintJob, server.ippUri, [
      A.name('requesting-user-name', user),
      A.mimeMediaType('document-format', 'application/pdf'),
    ]),
    { document: { stream: Readable.from([document]), length: document.length } },
  );
}

async function spoolFiles(): Promise<string[]> {
  const spool = path.join(server.dataDir, 'spool');
  const shards = await fs.readdir(spool).catch(() => []);
  return (await Promise.all(shards.map((s) => fs.readdir(path.join(spool, s))))).flat();
}

describe.skipIf(!root)('a full disk', () => {
  it('refuses a document that does not fit with server-error-temporary-error, keeps none of it, and goes on', async () => {
    const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(6 * 1024 * 1024, 0x20)]);
    const refused = await printJob('dora', big);
    expect(refused.code).toBe(Status.temporaryError);
    expect(groupOf(refused, GroupTag.operation).string('status-message')).toBe(
      'The print server’s disk is full: the document was not kept. Try again later.',
    );
    expect(await spoolFiles()).toEqual([]);
    expect(server.process.output()).toMatch(/disk full: the spool cannot hold more documents/);

    // What fits is still taken: the refused document's space was given back.
    const held = await printJob('dora', await makePdf(2));
    expect(held.code).toBe(Status.successfulOk);
    const jobs = (await (await server.admin('/jobs')).json()) as AdminJob[];
    expect(jobs.map((j) => [j.requestingUserName, j.pages, j.state])).toEqual([['dora', 2, 'held']]);
    expect(await spoolFiles()).toHaveLength(1);
  });
});
