import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { PrinterFault, TrayEntry } from '@quire/protocol';
import { checkRequest, IppError, peekHeader, readIppHeader, respond, Status } from '@quire/protocol/ipp';
import { runOperation } from './operations';
import { resolveOptions, type SimPrinterInput, type SimPrinterOptions } from './options';
import { OutputTray } from './output-tray';
import { PrintEngine, type PrinterStatusNow, type SimJob } from './print-engine';
import { OPERATIONS } from './request';

/** Largest attribute section a client may send; real requests are a few hundred bytes. @default 64 KiB */
export const MAX_REQUEST_HEADER_BYTES = 64 * 1024;

/** A running simulated printer. */
export interface SimPrinter {
  readonly name: string;
  /** `ipp://127.0.0.1:<port>/ipp/print` */
  readonly uri: string;
  readonly port: number;
  readonly options: SimPrinterOptions;
  status(): PrinterStatusNow;
  faults(): PrinterFault[];
  setFault(fault: PrinterFault, active: boolean): void;
  /** Completed jobs, newest first. */
  tray(): TrayEntry[];
  /** The stored document of a job still in the tray. */
  document(printerJobId: number): { entry: TrayEntry; file: string } | null;
  /** Jobs the printer remembers, oldest first. */
  jobs(): SimJob[];
  stop(): Promise<void>;
}

/**
 * Starts a simulated IPP printer: a plain Node HTTP server that speaks IPP with our codec at
 * `/ipp/print`, holds one job at a time, and puts every completed job in its output tray.
 */
export async function startSimPrinter(input: SimPrinterInput): Promise<SimPrinter> {
  const options = resolveOptions(input);
  const dir = options.dir ?? (await fs.mkdtemp(path.join(os.tmpdir(), `quire-sim-${options.name}-`)));
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const tray = new OutputTray(options.name, options.trayLimit);
  const engine = new PrintEngine({
    processingMs: options.processingMs,
    onCompleted: (job) => tray.add(job),
    onDiscarded: (job) => {
      if (job.file) void fs.rm(job.file, { force: true });
    },
  });

  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' }).end('Internal error.\n');
      else res.destroy();
    });
  });
  server.requestTimeout = 600_000;
  server.headersTimeout = 30_000;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, options.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    // The port is taken (EADDRINUSE) or not ours to use: leave nothing behind.
    if (!options.dir) await fs.rm(dir, { recursive: true, force: true });
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  const self = `${options.host}:${port}`;

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    const host = hostOf(req.headers.host) ?? self;
    if (req.method === 'GET' && (pathname === '/' || pathname === '/ipp/print')) {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Simulated IPP printer "${options.name}". Print to ipp://${host}/ipp/print\n`);
      return;
    }
    if (!/^\/ipp\/print(\/\d{1,9})?\/?$/.test(pathname)) return plain(req, res, 404, 'Not found.');
    if (req.method !== 'POST') return plain(req, res, 405, 'IPP requests are HTTP POSTs.');
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/ipp')
      return plain(req, res, 400, 'IPP requests need Content-Type: application/ipp.');

    const read = await readIppHeader(req, { maxHeaderBytes: MAX_REQUEST_HEADER_BYTES });
    if (!read.ok) {
      const header = peekHeader(read.head);
      const why = `Malformed IPP request: ${read.error.message} (byte ${read.error.offset}).`;
      if (!header) return plain(req, res, 400, why);
      const status = read.error.kind === 'too-large' ? Status.requestEntityTooLarge : Status.badRequest;
      return answer(req, res, respond(header, status, [], why));
    }
    const { message } = read.decoded;
    let out: Buffer;
    try {
      const checked = checkRequest(message, OPERATIONS);
      const result = await runOperation(checked, documentBody(read.leftover, req), {
        options,
        engine,
        dir,
        host,
      });
      out = respond(message, result.status, result.groups, result.message);
    } catch (error) {
      if (error instanceof IppError) out = respond(message, error.status, error.extraGroups, error.message);
      else if (req.destroyed) return;
      else out = respond(message, Status.internalError, [], `Internal error: ${String(error).slice(0, 200)}`);
    }
    answer(req, res, out);
  }

  /**
   * Sends the answer, then reads and discards whatever document bytes the client is still sending (a
   * busy or refused Print-Job), so the client reads the answer instead of a reset connection. Beyond
   * the document bound the connection is closed.
   */
  function answer(req: http.IncomingMessage, res: http.ServerResponse, body: Buffer): void {
    res.writeHead(200, { 'content-type': 'application/ipp', 'content-length': body.length });
    res.end(body);
    drain(req);
  }

  function plain(req: http.IncomingMessage, res: http.ServerResponse, status: number, text: string): void {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`${text}\n`);
    drain(req);
  }

  function drain(req: http.IncomingMessage): void {
    if (req.readableEnded || req.destroyed) return;
    let discarded = 0;
    req.on('data', (chunk: Buffer) => {
      discarded += chunk.length;
      if (discarded > options.maxDocumentBytes) req.destroy();
    });
    req.on('error', () => {});
    req.resume();
  }

  return {
    name: options.name,
    uri: `ipp://${self}/ipp/print`,
    port,
    options,
    status: () => engine.status(),
    faults: () => engine.faultList(),
    setFault: (fault, active) => engine.setFault(fault, active),
    tray: () => tray.list(),
    document: (id) => tray.documentOf(id),
    jobs: () => engine.list(),
    async stop() {
      engine.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      tray.clear();
      if (!options.dir) await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

async function* documentBody(leftover: Buffer, stream: http.IncomingMessage): AsyncIterable<Buffer> {
  if (leftover.length > 0) yield leftover;
  if (stream.readableEnded) return;
  for await (const chunk of stream) yield chunk as Buffer;
}

/** `host[:port]` from the Host header when it is well formed, for the URIs handed back to clients. */
function hostOf(header: string | undefined): string | null {
  if (header && /^[A-Za-z0-9.-]{1,253}(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(header))
    return header;
  return null;
}
