import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Operation } from '@quire/protocol/ipp';
import { track } from './cleanup';
import { now } from './stats';

/** One request that reached the printer, with times in this process's clock (lib/stats `now`). */
export interface TapRequest {
  /** The IPP operation-id (0x0002 Print-Job, 0x000b Get-Printer-Attributes, ...). */
  operation: number;
  /** When its HTTP headers (its first bytes) arrived. */
  firstByte: number;
  /** When its last byte arrived; undefined while it is still coming. */
  lastByte?: number;
  /** When the printer's answer had been passed back in full. */
  answeredAt?: number;
  bytes: number;
}

/** A request that carried a document (Print-Job, Send-Document), received in full. */
export type Arrival = TapRequest & { lastByte: number };

export interface PrinterTap {
  /** `ipp://127.0.0.1:port/ipp/print`: give this to the server instead of the printer's own URI. */
  uri: string;
  /** Every request so far, in the order they arrived. */
  requests: TapRequest[];
  /** The first arrival whose first byte came after `since`, once its last byte is in. */
  waitForDocument(since: number, timeoutMs?: number): Promise<Arrival>;
  stop(): Promise<void>;
}

const DOCUMENT_OPS: ReadonlySet<number> = new Set([Operation.PrintJob, Operation.SendDocument]);

/**
 * An HTTP endpoint in front of a printer (ippeveprinter) that forwards every request and answer
 * unchanged and timestamps each request in this process's clock: the moment its HTTP headers have
 * arrived (the first bytes of the request; the operation-id is read from the first bytes of the body),
 * the moment its last byte has arrived, and the moment the printer's answer has been passed back.
 * Quire and CUPS both send through it to the same printer, so the hop costs both the same.
 */
export async function startPrinterTap(printerUri: string): Promise<PrinterTap> {
  const target = new URL(printerUri.replace(/^ipp:/, 'http:'));
  const agent = new http.Agent({ keepAlive: true });
  const requests: TapRequest[] = [];
  const waiters = new Set<() => void>();
  const server = http.createServer((req, res) => {
    const entry: TapRequest = { operation: -1, firstByte: now(), bytes: 0 };
    requests.push(entry);
    let head = Buffer.alloc(0);
    req.on('data', (chunk: Buffer) => {
      if (entry.bytes < 4) {
        head = Buffer.concat([head, chunk.subarray(0, 4)]);
        if (head.length >= 4) entry.operation = head.readUInt16BE(2);
      }
      entry.bytes += chunk.length;
    });
    req.on('end', () => {
      entry.lastByte = now();
      for (const wake of waiters) wake();
    });
    res.on('finish', () => {
      entry.answeredAt = now();
    });
    const headers = { ...req.headers };
    delete headers.connection;
    delete headers['keep-alive'];
    headers.host = target.host;
    const upstream = http.request(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers, agent },
      (answer) => {
        const back = { ...answer.headers };
        delete back.connection;
        delete back['keep-alive'];
        delete back['transfer-encoding'];
        res.writeHead(answer.statusCode ?? 502, back);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const stop = track('printer tap', async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    agent.destroy();
  });
  return {
    uri: `ipp://127.0.0.1:${port}/ipp/print`,
    requests,
    async waitForDocument(since, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = requests.find(
          (r): r is Arrival =>
            r.firstByte > since && DOCUMENT_OPS.has(r.operation) && r.lastByte !== undefined,
        );
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no document reached the printer within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          const wake = () => {
            waiters.delete(wake);
            clearTimeout(timer);
            resolve();
          };
          const timer = setTimeout(wake, deadline - Date.now());
          waiters.add(wake);
        });
      }
    },
    stop,
  };
}
