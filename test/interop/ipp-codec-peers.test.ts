import http from 'node:http';
import { Readable } from 'node:stream';
import {
  A,
  decodeIpp,
  encodeIpp,
  GroupTag,
  groupOf,
  ippRequest,
  Operation,
  operationRequest,
} from '@quire/protocol/ipp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Ippeveprinter, startIppeveprinter } from '../support/ippeveprinter';

let printer: Ippeveprinter;

beforeAll(async () => {
  printer = await startIppeveprinter({ name: 'Codec' });
});

afterAll(async () => {
  await printer?.stop();
});

/** POSTs raw bytes and returns the raw answer, so the codec can be compared with what went over the wire. */
function post(url: string, body: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: 'POST', headers: { 'content-type': 'application/ipp' } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(Buffer.concat(chunks)));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('the IPP codec against ippeveprinter (CUPS)', () => {
  it('decodes a full Get-Printer-Attributes answer and re-encodes it byte for byte', async () => {
    const request = encodeIpp(
      operationRequest(
        Operation.GetPrinterAttributes,
        printer.uri,
        [A.keyword('requested-attributes', 'all', 'media-col-database')],
        { requestId: 7 },
      ),
    );
    const raw = await post(printer.uri.replace('ipp://', 'http://'), request);
    const { message, dataOffset } = decodeIpp(raw);
    expect(message.code).toBe(0);
    expect(message.requestId).toBe(7);
    expect(dataOffset).toBe(raw.length);
    const attrs = groupOf(message, GroupTag.printer);
    // Collections, dateTime, resolution, ranges and language-tagged text all occur in this answer.
    expect(attrs.get('media-col-database')?.values.length).toBeGreaterThan(10);
    expect(attrs.get('printer-current-time')?.values[0]?.syntax).toBe('dateTime');
    expect(attrs.range('copies-supported')).toEqual({ lower: 1, upper: 999 });
    expect(encodeIpp(message).equals(raw)).toBe(true);
  });

  it('is understood by the printer: a Print-Job built by the codec prints with its attributes', async () => {
    const before = (await printer.received()).length;
    const answer = await ippRequest(
      printer.uri,
      {
        version: { major: 2, minor: 0 },
        code: Operation.PrintJob,
        requestId: 8,
        groups: [
          {
            tag: GroupTag.operation,
            attributes: [
              A.charset('attributes-charset', 'utf-8'),
              A.naturalLanguage('attributes-natural-language', 'en'),
              A.uri('printer-uri', printer.uri),
              A.name('requesting-user-name', 'zoë'),
              A.name('job-name', 'Relevé de compte'),
              A.mimeMediaType('document-format', 'image/jpeg'),
            ],
          },
          {
            tag: GroupTag.job,
            attributes: [A.integer('copies', 2), A.keyword('sides', 'two-sided-short-edge')],
          },
        ],
      },
      { document: { stream: Readable.from([Buffer.from([0xff, 0xd8, 0xff, 0xe0])]), length: 4 } },
    );
    expect(answer.code).toBe(0);
    const jobs = await printer.waitForJobs(before + 1);
    expect(jobs.at(-1)!.attrs).toMatchObject({
      IPP_COPIES: '2',
      IPP_SIDES: 'two-sided-short-edge',
      IPP_JOB_NAME: 'Relevé de compte',
      IPP_JOB_ORIGINATING_USER_NAME: 'zoë',
    });
  });
});
