import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { type AdminJob, PROTOCOL_VERSION } from '@quire/protocol';
import {
  A,
  decodeIpp,
  encodeIpp,
  GroupTag,
  groupOf,
  type IppMessage,
  Operation,
  Status,
} from '@quire/protocol/ipp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { TestPanel } from '../support/panel-client';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ MAX_DOCUMENT_MB: '1' });
});

afterAll(async () => {
  await server?.stop();
});

const printJob = (extra: IppMessage['groups'][number]['attributes'] = []): Buffer =>
  encodeIpp({
    version: { major: 2, minor: 0 },
    code: Operation.PrintJob,
    requestId: 99,
    groups: [
      {
        tag: GroupTag.operation,
        attributes: [
          A.charset('attributes-charset', 'utf-8'),
          A.naturalLanguage('attributes-natural-language', 'en'),
          A.uri('printer-uri', server.ippUri),
          A.name('requesting-user-name', 'mallory'),
          ...extra,
        ],
      },
    ],
  });

/** Sends raw bytes to the IPP endpoint; returns HTTP status and body. */
function postIpp(
  body: Buffer | Buffer[],
  contentType = 'application/ipp',
): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${server.url}/ipp/print`,
      { method: 'POST', headers: { 'content-type': contentType } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject);
    for (const part of Array.isArray(body) ? body : [body]) req.write(part);
    req.end();
  });
}

async function ippAnswer(
  body: Buffer | Buffer[],
): Promise<{ status: number; message: string | undefined; requestId: number }> {
  const res = await postIpp(body);
  expect(res.status).toBe(200);
  const { message } = decodeIpp(res.body);
  return {
    status: message.code,
    message: groupOf(message, GroupTag.operation).string('status-message'),
    requestId: message.requestId,
  };
}

async function spoolFiles(): Promise<string[]> {
  const root = path.join(server.dataDir, 'spool');
  const shards = await fs.readdir(root).catch(() => []);
  return (
    await Promise.all(shards.map(async (s) => (await fs.readdir(path.join(root, s))).map((f) => `${s}/${f}`)))
  ).flat();
}

async function stillServing(): Promise<void> {
  const res = await fetch(`${server.url}/healthz`);
  expect(res.status).toBe(200);
}

describe('bad IPP input gets a clear error and the server keeps running', () => {
  it('answers a truncated attribute with bad-request, echoing the request-id and saying why', async () => {
    const whole = printJob();
    const cut = whole.subarray(0, whole.length - 6); // ends inside the requesting-user-name value
    const answer = await ippAnswer(cut);
    expect(answer).toMatchObject({ status: Status.badRequest, requestId: 99 });
    expect(answer.message).toMatch(/Malformed IPP request: .*(runs past|ended)/);
    await stillServing();
  });

  it('answers HTTP 400 when not even the 8-byte header arrived', async () => {
    const res = await postIpp(Buffer.from([2, 0, 0]));
    expect(res.status).toBe(400);
    expect(res.body.toString()).toMatch(/shorter than the 8-byte IPP header/);
  });

  it('rejects a value whose length field disagrees with its syntax', async () => {
    const bad = Buffer.from([
      2,
      0,
      0,
      2,
      0,
      0,
      0,
      5,
      0x01,
      0x21,
      0,
      6,
      ...Buffer.from('copies'),
      0,
      3,
      0,
      0,
      1,
      0x03,
    ]);
    expect(await ippAnswer(bad)).toMatchObject({
      status: Status.badRequest,
      message: expect.stringMatching(/4 bytes/),
    });
  });

  it('rejects an attribute section over 64 KiB with request-entity-too-large', async () => {
    const huge = printJob(Array.from({ length: 40 }, (_, i) => A.text(`x-filler-${i}`, 'y'.repeat(2000))));
    const answer = await ippAnswer(huge);
    expect(answer.status).toBe(Status.requestEntityTooLarge);
    expect(answer.message).toMatch(/longer than 65536 bytes/);
    await stillServing();
  });

  it('refuses a document over MAX_DOCUMENT_MB, holds nothing and leaves no file behind', async () => {
    const before = await spoolFiles();
    const chunk = Buffer.alloc(256 * 1024, 0x41);
    const answer = await ippAnswer([
      printJob([A.mimeMediaType('document-format', 'application/pdf')]),
      ...Array(6).fill(chunk),
    ]);
    expect(answer.status).toBe(Status.requestEntityTooLarge);
    expect(answer.message).toMatch(/larger than the 1 MiB limit/);
    expect(await spoolFiles()).toEqual(before);
    const jobs = (await (await server.admin('/jobs')).json()) as AdminJob[];
    expect(jobs.filter((j) => j.requestingUserName === 'mallory')).toEqual([]);
  });

  it('keeps nothing when the client hangs up in the middle of a document', async () => {
    const before = await spoolFiles();
    await new Promise<void>((resolve) => {
      const req = http.request(`${server.url}/ipp/print`, {
        method: 'POST',
        headers: { 'content-type': 'application/ipp', 'content-length': '100000' },
      });
      req.on('error', () => resolve());
      req.write(printJob());
      req.write(Buffer.from('%PDF-1.4 partial'));
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 200);
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(await spoolFiles()).toEqual(before);
    await stillServing();
  });

  it('refuses an unsupported document format before reading the document', async () => {
    const answer = await ippAnswer(printJob([A.mimeMediaType('document-format', 'application/x-evil')]));
    expect(answer).toMatchObject({
      status: Status.documentFormatNotSupported,
      message: expect.stringMatching(/x-evil/),
    });
  });

  it('answers HTTP 400 to a body that is not application/ipp', async () => {
    const res = await postIpp(printJob(), 'text/plain');
    expect(res.status).toBe(400);
    expect(res.body.toString()).toMatch(/Content-Type: application\/ipp/);
  });
});

describe('bad WebSocket input gets a typed error and the connection stays usable', () => {
  it('answers an unknown message type, non-JSON and a bad field with bad-message', async () => {
    const panel = await TestPanel.connect(server.url);
    try {
      // Raw frames use ids far from the ones TestPanel counts from.
      panel.sendRaw(JSON.stringify({ type: 'launch-missiles', id: 9001 }));
      expect(await panel.waitFor((m) => m.type === 'error')).toMatchObject({ code: 'bad-message', id: 9001 });
      panel.sendRaw('{not json');
      expect(await panel.waitFor((m) => m.type === 'error' && m.id === null)).toMatchObject({
        code: 'bad-message',
        message: 'Message is not JSON.',
      });
      panel.sendRaw(JSON.stringify({ type: 'sign-in', id: 9003, badge: '' }));
      expect(await panel.waitFor((m) => m.type === 'error' && m.id === 9003)).toMatchObject({
        code: 'bad-message',
        message: expect.stringMatching(/badge/),
      });
      // Before hello nothing else is allowed; then hello still works on the same socket.
      expect(await panel.requestError({ type: 'list' })).toMatchObject({
        code: 'bad-message',
        message: expect.stringMatching(/hello/),
      });
      expect(
        await panel.requestError({ type: 'hello', version: PROTOCOL_VERSION, printer: 'nope' }),
      ).toMatchObject({
        code: 'unknown-printer',
      });
      expect(await panel.requestError({ type: 'hello', version: 999, printer: 'nope' })).toMatchObject({
        code: 'unsupported-version',
      });
    } finally {
      panel.close();
    }
  });

  it('closes a connection that sends a frame over 64 KiB, and keeps serving others', async () => {
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}/ws/panel`);
    await new Promise((r) => ws.once('open', r));
    const closed = new Promise<number>((r) => ws.once('close', (code) => r(code)));
    ws.send('x'.repeat(70 * 1024));
    expect(await closed).toBe(1009);
    const other = await TestPanel.connect(server.url);
    expect(await other.requestError({ type: 'list' })).toMatchObject({ code: 'bad-message' });
    other.close();
  });
});
