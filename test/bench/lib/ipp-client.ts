import { createReadStream } from 'node:fs';
import http from 'node:http';
import { pipeline } from 'node:stream/promises';
import {
  A,
  decodeIpp,
  encodeIpp,
  GroupTag,
  groupOf,
  httpUrlOf,
  type IppAttribute,
  type IppMessage,
  isSuccess,
  Operation,
  operationRequest,
} from '@quire/protocol/ipp';
import { now } from './stats';

/** A document to send after the attributes: bytes in memory, or a file streamed from disk. */
export type Document = { bytes: Buffer } | { file: string; length: number };

/**
 * The one IPP client of the benchmarks, used the same way against Quire and CUPS: HTTP/1.1 keep-alive
 * connections (at most `connections` at once), Content-Length bodies, the answer decoded with the
 * project's codec. Nothing in it knows which server it talks to.
 */
export class IppClient {
  private readonly agent: http.Agent;
  private requestId = 1;

  constructor(connections: number) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });
  }

  /** Sends one request and resolves with the decoded answer; rejects on a transport or HTTP failure. */
  send(uri: string, code: number, operation: IppAttribute[], document?: Document): Promise<IppMessage> {
    const url = httpUrlOf(uri);
    const header = encodeIpp(operationRequest(code, uri, operation, { requestId: this.requestId++ }));
    const docLength = !document ? 0 : 'bytes' in document ? document.bytes.length : document.length;
    return new Promise<IppMessage>((resolve, reject) => {
      const req = http.request(url, {
        method: 'POST',
        agent: this.agent,
        headers: { 'content-type': 'application/ipp', 'content-length': String(header.length + docLength) },
      });
      req.on('error', reject);
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          if (res.statusCode !== 200) return reject(new Error(`${url.host} answered HTTP ${res.statusCode}`));
          try {
            resolve(decodeIpp(Buffer.concat(chunks), { allowDuplicateNames: true }).message);
          } catch (error) {
            reject(error);
          }
        });
      });
      if (!document) return void req.end(header);
      if ('bytes' in document) {
        req.write(header);
        return void req.end(document.bytes);
      }
      req.write(header);
      pipeline(createReadStream(document.file, { highWaterMark: 1024 * 1024 }), req).catch(reject);
    });
  }

  /** Print-Job of a PDF as `user`; resolves with the job-id, rejects when the answer is not a success. */
  async printJob(uri: string, user: string, name: string, document: Document): Promise<number> {
    const answer = await this.send(
      uri,
      Operation.PrintJob,
      [
        A.name('requesting-user-name', user),
        A.name('job-name', name),
        A.mimeMediaType('document-format', 'application/pdf'),
      ],
      document,
    );
    return jobIdOf(answer, `Print-Job to ${uri}`);
  }

  close(): void {
    this.agent.destroy();
  }
}

/** The job-id of a successful answer; throws with the status and message otherwise. */
export function jobIdOf(answer: IppMessage, what: string): number {
  const op = groupOf(answer, GroupTag.operation);
  if (!isSuccess(answer.code))
    throw new Error(`${what}: status 0x${answer.code.toString(16)} ${op.string('status-message') ?? ''}`);
  const id = groupOf(answer, GroupTag.job).int('job-id');
  if (id === undefined) throw new Error(`${what}: no job-id in the answer`);
  return id;
}

/**
 * Sends `count` jobs with at most `concurrency` in flight; returns the wall time and each request's
 * latency (ms). Every job must be accepted: one refusal fails the run (that is a broken server, not a
 * slow one).
 */
export async function printMany(
  client: IppClient,
  o: { uri: string; user: string; count: number; concurrency: number; document: Document },
): Promise<{ seconds: number; latencies: number[] }> {
  let next = 0;
  const latencies: number[] = [];
  const started = now();
  const worker = async (): Promise<void> => {
    while (next < o.count) {
      const i = next++;
      const t = now();
      await client.printJob(o.uri, o.user, `bench ${i}`, o.document);
      latencies.push(now() - t);
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, worker));
  return { seconds: (now() - started) / 1000, latencies };
}
