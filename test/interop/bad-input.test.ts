import fs from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { type AdminJob, type ErrorBody, PROTOCOL_VERSION } from '@quire/protocol';
import {
  A,
  decodeIpp,
  encodeIpp,
  GroupTag,
  groupOf,
  type IppMessage,
  Operation,
  operationRequest,
  Status,
} from '@quire/protocol/ipp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { TestPanel } from '../support/panel-client';
import { ADMIN_TOKEN, startTestServer, type TestServer } from '../support/server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ MAX_DOCUMENT_MB: '1' });
});

afterAll(async () => {
  await server?.stop();
});

const printJob = (extra: IppMessage['groups'][number]['attributes'] = []): Buffer =>
  encodeIpp(
    operationRequest(
      Operation.PrintJob,
      server.ippUri,
      [A.name('requesting-user-name', 'mallory'), ...extra],
      {
        requestId: 99,
      },
    ),
  );

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

describe('admin request bodies are bounded before a route reads them', () => {
  /** A JSON object of about `bytes` bytes: valid JSON, so only its size can refuse it. */
  const jsonOf = (bytes: number): string => JSON.stringify({ padding: 'x'.repeat(bytes) });
  const send = (method: string, path: string, body: BodyInit, headers: Record<string, string> = {}) =>
    server.admin(path, {
      method,
      body,
      headers: { 'content-type': 'application/json', ...headers },
      ...(body instanceof ReadableStream && { duplex: 'half' }),
    } as RequestInit);

  // Every kind of change, including routes written before the limit existed: 16 KiB at most.
  it.each([
    ['POST', '/printers'],
    ['PUT', '/policies'],
    ['PUT', '/badge-reader'],
    ['PUT', '/printers/nowhere/panel'],
    ['PUT', '/printers/nowhere/snmp'],
    ['PUT', '/users/nobody@example.com/delegates'],
    ['PUT', '/users/nobody@example.com/role'],
    ['POST', '/jobs/1/release'],
    ['PUT', '/retention'],
    ['POST', '/a-route-nobody-wrote'],
  ])('%s %s: 20 KiB is refused with 413, 10 KiB is read', async (method, path) => {
    const big = await send(method, path, jsonOf(20 * 1024));
    expect(big.status).toBe(413);
    expect(((await big.json()) as ErrorBody).code).toBe('payload-too-large');
    // Under the limit the route itself answers (the body is nothing it expects, or the thing is unknown).
    const small = await send(method, path, jsonOf(10 * 1024));
    expect(small.status).not.toBe(413);
  });

  it('refuses a chunked body without Content-Length as it grows past the limit', async () => {
    // A raw socket: the server answers 413 and closes while the client still writes, and a fetch would
    // report the broken pipe rather than the answer that came first.
    const socket = net.connect(server.port, '127.0.0.1');
    const answer = new Promise<string>((resolve) => {
      let text = '';
      socket.on('data', (d) => (text += d.toString('latin1')));
      socket.on('close', () => resolve(text));
      socket.on('error', () => undefined);
    });
    socket.write(
      `PUT /api/admin/policies HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${ADMIN_TOKEN}\r\n` +
        'Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n',
    );
    const chunk = `1000\r\n${'x'.repeat(4096)}\r\n`;
    for (let i = 0; i < 64 && !socket.destroyed; i++) {
      socket.write(chunk);
      await new Promise((r) => setTimeout(r, 2));
    }
    socket.end();
    expect(await answer).toMatch(/^HTTP\/1\.1 413 /);
  });

  it('gives the settings that list many things room: 100 KiB of prices is read, 2 MiB is not', async () => {
    expect((await send('PUT', '/prices', jsonOf(100 * 1024))).status).toBe(400);
    expect((await send('PUT', '/prices', jsonOf(2 * 1024 * 1024))).status).toBe(413);
    // The server is still there.
    expect((await server.admin('/printers')).status).toBe(200);
  });
});
