import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import {
  A,
  encodeIpp,
  GroupTag,
  groupOf,
  type IppAttribute,
  type IppMessage,
  ippRequest,
  Operation,
  operationRequest,
  Status,
} from '@quire/protocol/ipp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePdf } from '../../../test/support/pdf';
import { ROOT, run, tempDir } from '../../../test/support/process';
import { type SimPrinter, startSimPrinter } from './sim-printer';

let requestId = 0;
function message(
  code: number,
  uri: string,
  operation: IppAttribute[] = [],
  job: IppAttribute[] = [],
): IppMessage {
  return operationRequest(code, uri, operation, { requestId: ++requestId, job });
}

const printJob = (p: SimPrinter, doc: Buffer, job: IppAttribute[] = [], user = 'alice') =>
  ippRequest(
    p.uri,
    message(
      Operation.PrintJob,
      p.uri,
      [
        A.name('requesting-user-name', user),
        A.name('job-name', 'Test'),
        A.mimeMediaType('document-format', 'application/pdf'),
      ],
      job,
    ),
    { document: { stream: Readable.from([doc]), length: doc.length } },
  );

const printerState = async (p: SimPrinter) => {
  const answer = await ippRequest(
    p.uri,
    message(Operation.GetPrinterAttributes, p.uri, [
      A.keyword(
        'requested-attributes',
        'printer-state',
        'printer-state-reasons',
        'printer-is-accepting-jobs',
      ),
    ]),
  );
  const attrs = groupOf(answer, GroupTag.printer);
  return {
    state: attrs.int('printer-state'),
    reasons: attrs.strings('printer-state-reasons'),
    accepting: attrs.bool('printer-is-accepting-jobs'),
    names: attrs.attributes.map((a) => a.name),
  };
};

const jobState = async (p: SimPrinter, id: number) =>
  groupOf(
    await ippRequest(p.uri, message(Operation.GetJobAttributes, p.uri, [A.integer('job-id', id)])),
    GroupTag.job,
  ).int('job-state');

async function until<T>(what: () => T | Promise<T>, ok: (v: T) => boolean, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await what();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out; last value ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Posts raw bytes as an IPP request; resolves with the HTTP status and body. */
function post(
  p: SimPrinter,
  body: Buffer,
  contentType = 'application/ipp',
): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: p.port,
        path: '/ipp/print',
        method: 'POST',
        headers: { 'content-type': contentType },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const ipptool = (args: string[], env: Record<string, string> = {}) =>
  run('ipptool', args, { env: { CUPS_USER: 'alice', ...env }, timeoutMs: 30_000 });

describe('simulated printer', () => {
  let color: SimPrinter;
  let mono: SimPrinter;
  let pdf: Buffer;
  let dir: string;
  let pdfFile: string;

  beforeAll(async () => {
    dir = await tempDir('sim-test');
    pdf = await makePdf(2, 'Simulator test');
    pdfFile = path.join(dir, 'doc.pdf');
    await fs.writeFile(pdfFile, pdf);
    color = await startSimPrinter({
      name: 'sim-color',
      makeAndModel: 'Quire Sim Color',
      color: true,
      duplex: true,
      finishings: [4, 5, 20, 74],
      processingMs: 0,
    });
    mono = await startSimPrinter({ name: 'sim-mono', color: false, duplex: false, processingMs: 0 });
  });
  afterAll(async () => {
    await color?.stop();
    await mono?.stop();
    await fs.rm(dir, { recursive: true, force: true });
  });

  describe('against ipptool (CUPS)', () => {
    it.each(['get-printer-attributes.test', 'print-job.test'])('passes %s', async (test) => {
      for (const p of [color, mono]) {
        const { code, stdout, stderr } = await ipptool(['-t', '-f', pdfFile, p.uri, test]);
        expect(code, stdout + stderr).toBe(0);
        expect(stdout).toContain('[PASS]');
      }
    });

    it('puts a Print-Job with copies 3, two-sided-long-edge, monochrome, staple in the tray exactly as sent', async () => {
      const before = color.tray().length;
      const { code, stdout, stderr } = await ipptool([
        '-t',
        '-f',
        pdfFile,
        '-d',
        'owner=bob',
        '-d',
        'title=Quarterly report',
        '-d',
        'copies=3',
        '-d',
        'sides=two-sided-long-edge',
        '-d',
        'colormode=monochrome',
        '-d',
        'finishings=4',
        color.uri,
        path.join(ROOT, 'simulator/ipp/print-held.test'),
      ]);
      expect(code, stdout + stderr).toBe(0);
      const [entry] = await until(
        () => color.tray(),
        (t) => t.length > before,
      );
      expect(entry).toMatchObject({
        printer: 'sim-color',
        name: 'Quarterly report',
        user: 'bob',
        copies: 3,
        sides: 'two-sided-long-edge',
        colorMode: 'monochrome',
        finishings: [4],
        numberUp: 1,
        media: null,
        format: 'application/pdf',
        size: pdf.length,
        sha256: createHash('sha256').update(pdf).digest('hex'),
      });
      const stored = color.document(entry!.printerJobId);
      expect(stored && (await fs.readFile(stored.file)).equals(pdf)).toBe(true);
    });
  });

  it('answers only the requested attributes, and tells a mono simplex printer from a colour duplex one', async () => {
    const answer = await ippRequest(
      mono.uri,
      message(Operation.GetPrinterAttributes, mono.uri, [
        A.keyword('requested-attributes', 'color-supported', 'print-color-mode-supported', 'sides-supported'),
      ]),
    );
    const attrs = groupOf(answer, GroupTag.printer);
    expect(attrs.attributes.map((a) => a.name).sort()).toEqual([
      'color-supported',
      'print-color-mode-supported',
      'sides-supported',
    ]);
    expect(attrs.bool('color-supported')).toBe(false);
    expect(attrs.strings('print-color-mode-supported')).not.toContain('color');
    expect(attrs.strings('sides-supported')).toEqual(['one-sided']);

    const all = groupOf(
      await ippRequest(
        color.uri,
        message(Operation.GetPrinterAttributes, color.uri, [
          A.keyword('requested-attributes', 'job-template'),
        ]),
      ),
      GroupTag.printer,
    );
    expect(all.ints('finishings-supported')).toEqual([3, 4, 5, 20, 74]);
    expect(all.strings('sides-supported')).toContain('two-sided-long-edge');
    expect(all.has('printer-state')).toBe(false);
  });

  it('records the settings a mono printer actually used when asked for colour', async () => {
    const answer = await printJob(mono, pdf, [
      A.keyword('print-color-mode', 'color'),
      A.integer('copies', 2),
    ]);
    expect(answer.code).toBe(Status.successfulOkIgnoredOrSubstituted);
    expect(groupOf(answer, GroupTag.unsupported).string('print-color-mode')).toBe('color');
    const id = groupOf(answer, GroupTag.job).int('job-id')!;
    const entry = await until(
      () => mono.tray().find((e) => e.printerJobId === id),
      (e) => e !== undefined,
    );
    expect(entry).toMatchObject({ colorMode: 'monochrome', copies: 2 });
  });

  it('follows a job from pending to completed with Get-Job-Attributes and lists it with Get-Jobs', async () => {
    const answer = await printJob(color, pdf);
    const job = groupOf(answer, GroupTag.job);
    expect(answer.code).toBe(Status.successfulOk);
    expect(job.int('job-state')).toBe(3);
    const id = job.int('job-id')!;
    expect(
      await until(
        () => jobState(color, id),
        (s) => s === 9,
      ),
    ).toBe(9);
    const jobs = await ippRequest(
      color.uri,
      message(Operation.GetJobs, color.uri, [
        A.keyword('which-jobs', 'completed'),
        A.keyword('requested-attributes', 'job-id', 'job-state'),
      ]),
    );
    const first = jobs.groups.find((g) => g.tag === GroupTag.job);
    expect(first?.attributes.find((a) => a.name === 'job-id')?.values[0]).toEqual({
      syntax: 'integer',
      value: id,
    });
  });

  describe('one job at a time', () => {
    let slow: SimPrinter;
    beforeAll(async () => {
      slow = await startSimPrinter({ name: 'slow', processingMs: 60_000 });
    });
    afterAll(() => slow?.stop());

    it('answers server-error-busy while a job prints, and takes jobs again once it is canceled', async () => {
      const first = await printJob(slow, pdf);
      expect(first.code).toBe(Status.successfulOk);
      const id = groupOf(first, GroupTag.job).int('job-id')!;
      expect(
        await until(
          () => jobState(slow, id),
          (s) => s === 5,
        ),
      ).toBe(5);
      expect((await printerState(slow)).state).toBe(4);

      const busy = await printJob(slow, pdf);
      expect(busy.code).toBe(Status.busy);

      const cancel = await ippRequest(
        slow.uri,
        message(Operation.CancelJob, slow.uri, [A.integer('job-id', id)]),
      );
      expect(cancel.code).toBe(Status.successfulOk);
      expect(await jobState(slow, id)).toBe(7);
      const again = await ippRequest(
        slow.uri,
        message(Operation.CancelJob, slow.uri, [A.integer('job-id', id)]),
      );
      expect(again.code).toBe(Status.notPossible);
      expect(slow.tray()).toEqual([]);

      const next = await printJob(slow, pdf);
      expect(next.code).toBe(Status.successfulOk);
    });
  });

  describe('faults', () => {
    it('stops the printer with the registered reason and clears', async () => {
      const cases = [
        ['jam', ['media-jam-error'], true],
        ['no-paper', ['media-empty-error'], true],
        ['toner-empty', ['toner-empty-error', 'marker-supply-empty-error'], true],
        ['door-open', ['door-open-error'], true],
        ['offline', ['offline-error'], false],
      ] as const;
      for (const [fault, reasons, accepting] of cases) {
        color.setFault(fault, true);
        expect(await printerState(color)).toMatchObject({ state: 5, reasons, accepting });
        color.setFault(fault, false);
        expect(await printerState(color)).toMatchObject({ state: 3, reasons: ['none'], accepting: true });
      }
    });

    it('refuses jobs while offline with server-error-not-accepting-jobs', async () => {
      color.setFault('offline', true);
      try {
        const answer = await printJob(color, pdf);
        expect(answer.code).toBe(Status.notAcceptingJobs);
      } finally {
        color.setFault('offline', false);
      }
    });

    it('takes a job during a jam, holds it with reason printer-stopped, and prints it when the jam is cleared', async () => {
      color.setFault('jam', true);
      try {
        const answer = await printJob(color, pdf, [], 'jammed');
        expect(answer.code).toBe(Status.successfulOk);
        const id = groupOf(answer, GroupTag.job).int('job-id')!;
        await new Promise((r) => setTimeout(r, 100));
        const job = groupOf(
          await ippRequest(
            color.uri,
            message(Operation.GetJobAttributes, color.uri, [A.integer('job-id', id)]),
          ),
          GroupTag.job,
        );
        expect(job.int('job-state')).toBe(3);
        expect(job.strings('job-state-reasons')).toEqual(['printer-stopped']);
        expect(color.tray().some((e) => e.printerJobId === id)).toBe(false);
        color.setFault('jam', false);
        expect(
          await until(
            () => jobState(color, id),
            (s) => s === 9,
          ),
        ).toBe(9);
        expect(color.tray().find((e) => e.printerJobId === id)?.user).toBe('jammed');
      } finally {
        color.setFault('jam', false);
      }
    });
  });

  describe('bad requests get an IPP error and the printer keeps answering', () => {
    const valid = () => encodeIpp(message(Operation.GetPrinterAttributes, color.uri));
    const statusOf = (body: Buffer) => body.readUInt16BE(2);

    it.each([
      [
        'a truncated attribute section',
        () => valid().subarray(0, valid().length - 5),
        200,
        Status.badRequest,
      ],
      [
        'a value longer than the message',
        () => Buffer.concat([valid().subarray(0, 9), Buffer.from([0x47, 0, 1, 0x61, 0x7f, 0xff])]),
        200,
        Status.badRequest,
      ],
      [
        'version 3.0',
        () => Buffer.concat([Buffer.from([3, 0]), valid().subarray(2)]),
        200,
        Status.versionNotSupported,
      ],
      [
        'request-id 0',
        () => {
          const b = valid();
          b.writeInt32BE(0, 4);
          return b;
        },
        200,
        Status.badRequest,
      ],
      [
        'an unsupported operation',
        () => {
          const b = valid();
          b.writeInt16BE(Operation.CreateJob, 2);
          return b;
        },
        200,
        Status.operationNotSupported,
      ],
      [
        'charset not first',
        () =>
          encodeIpp({
            ...message(Operation.GetPrinterAttributes, color.uri),
            groups: [
              {
                tag: GroupTag.operation,
                attributes: [A.uri('printer-uri', color.uri), A.charset('attributes-charset', 'utf-8')],
              },
            ],
          }),
        200,
        Status.badRequest,
      ],
      [
        'no printer-uri',
        () =>
          encodeIpp({
            ...message(Operation.GetPrinterAttributes, color.uri),
            groups: [
              {
                tag: GroupTag.operation,
                attributes: [
                  A.charset('attributes-charset', 'utf-8'),
                  A.naturalLanguage('attributes-natural-language', 'en'),
                ],
              },
            ],
          }),
        200,
        Status.badRequest,
      ],
      ['a header-only stub', () => Buffer.from([2, 0, 0, 0x0b, 0, 0, 0, 1]), 200, Status.badRequest],
    ] as const)('%s', async (_what, body, http, ipp) => {
      const answer = await post(color, body());
      expect(answer.status).toBe(http);
      expect(statusOf(answer.body)).toBe(ipp);
      expect((await printerState(color)).state).toBe(3);
    });

    it('answers HTTP 400 to fewer than 8 bytes and to a wrong content type', async () => {
      expect((await post(color, Buffer.from([2, 0, 0]))).status).toBe(400);
      expect((await post(color, valid(), 'text/plain')).status).toBe(400);
      expect((await printerState(color)).state).toBe(3);
    });

    it('refuses a document past the size bound and takes the next job', async () => {
      const small = await startSimPrinter({ name: 'small', processingMs: 0, maxDocumentBytes: 1000 });
      try {
        const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(5000, 0x20)]);
        expect((await printJob(small, big)).code).toBe(Status.requestEntityTooLarge);
        expect((await printJob(small, Buffer.from('%PDF-1.7\n%%EOF\n'))).code).toBe(Status.successfulOk);
      } finally {
        await small.stop();
      }
    });

    it('refuses a format it does not print', async () => {
      const answer = await ippRequest(
        color.uri,
        message(Operation.PrintJob, color.uri, [
          A.mimeMediaType('document-format', 'application/postscript'),
        ]),
        { document: { stream: Readable.from([Buffer.from('%!PS')]), length: 4 } },
      );
      expect(answer.code).toBe(Status.documentFormatNotSupported);
    });
  });

  it('keeps the last entries of the tray and deletes the documents that fall off', async () => {
    const p = await startSimPrinter({ name: 'tiny', processingMs: 0, trayLimit: 2 });
    try {
      for (let i = 1; i <= 3; i++) {
        expect((await printJob(p, pdf)).code).toBe(Status.successfulOk);
        await until(
          () => p.tray()[0]?.printerJobId,
          (id) => id === i,
        );
      }
      const oldest = p.jobs()[0]!;
      expect(p.tray().map((e) => e.printerJobId)).toEqual([3, 2]);
      await until(
        () =>
          fs.access(oldest.file!).then(
            () => 'there',
            () => 'gone',
          ),
        (s) => s === 'gone',
      );
    } finally {
      await p.stop();
    }
  });

  it('sniffs the format of a document sent as application/octet-stream', async () => {
    const answer = await ippRequest(
      color.uri,
      message(Operation.PrintJob, color.uri, [
        A.mimeMediaType('document-format', 'application/octet-stream'),
      ]),
      { document: { stream: Readable.from([pdf]), length: pdf.length } },
    );
    const id = groupOf(answer, GroupTag.job).int('job-id')!;
    const entry = await until(
      () => color.tray().find((e) => e.printerJobId === id),
      (e) => e !== undefined,
    );
    expect(entry?.format).toBe('application/pdf');
  });
});

describe('starting on a port that is taken', () => {
  it('fails with EADDRINUSE and leaves no directory behind', async () => {
    const first = await startSimPrinter({ name: 'first', processingMs: 0 });
    const dir = await tempDir('taken');
    try {
      const documents = path.join(dir, 'documents');
      await expect(
        startSimPrinter({ name: 'second', port: first.port, dir: documents }),
      ).rejects.toMatchObject({
        code: 'EADDRINUSE',
      });
      const before = (await fs.readdir(os.tmpdir())).filter((f) => f.startsWith('quire-sim-second-'));
      await expect(startSimPrinter({ name: 'second', port: first.port })).rejects.toMatchObject({
        code: 'EADDRINUSE',
      });
      const after = (await fs.readdir(os.tmpdir())).filter((f) => f.startsWith('quire-sim-second-'));
      expect(after).toEqual(before);
    } finally {
      await first.stop();
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
