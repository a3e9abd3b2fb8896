import net from 'node:net';

/**
 * A TCP link to a real printer that loses the printer's answer to Print-Job: every byte of the request
 * reaches the printer (which prints it), nothing the printer says after it comes back. This is the
 * network fault the release must survive without printing twice: the printer has the job and the server
 * never hears so.
 *
 * It reads the HTTP requests going to the printer (Content-Length bodies, as the release server sends
 * them) just far enough to see each IPP operation-id. Requests on one connection are sequential, so once
 * a Print-Job is seen the answers to everything before it have already been passed on.
 */
export interface LossyLink {
  uri: string;
  /** How many Print-Job requests went through with their answers lost. */
  lostAnswers(): number;
  stop(): Promise<void>;
}

const PRINT_JOB = 0x0002;

export async function startLossyLink(printerPort: number, resource = '/ipp/print'): Promise<LossyLink> {
  let lost = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const printer = net.connect(printerPort, '127.0.0.1');
    sockets.add(client).add(printer);
    let swallow = false;
    const requests = requestReader((op) => {
      if (op === PRINT_JOB && !swallow) {
        swallow = true;
        lost++;
      }
    });
    client.on('data', (chunk: Buffer) => {
      requests(chunk);
      printer.write(chunk);
    });
    printer.on('data', (chunk: Buffer) => {
      if (!swallow) client.write(chunk);
    });
    const close = (): void => {
      client.destroy();
      printer.destroy();
      sockets.delete(client);
      sockets.delete(printer);
    };
    client.on('close', close).on('error', close);
    printer.on('close', close).on('error', close);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    uri: `ipp://127.0.0.1:${port}${resource}`,
    lostAnswers: () => lost,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Feeds the bytes of consecutive HTTP requests; calls `onOperation` with each IPP operation-id. */
function requestReader(onOperation: (op: number) => void): (chunk: Buffer) => void {
  let buffered = Buffer.alloc(0);
  let bodyLeft = 0;
  let needOp = false;
  return (chunk) => {
    buffered = Buffer.concat([buffered, chunk]);
    for (;;) {
      if (bodyLeft > 0) {
        if (needOp) {
          if (buffered.length < 4) return;
          onOperation(buffered.readUInt16BE(2));
          needOp = false;
        }
        const skip = Math.min(bodyLeft, buffered.length);
        buffered = buffered.subarray(skip);
        bodyLeft -= skip;
        if (bodyLeft > 0) return;
        continue;
      }
      const end = buffered.indexOf('\r\n\r\n');
      if (end < 0) return;
      const head = buffered.subarray(0, end).toString('latin1');
      buffered = buffered.subarray(end + 4);
      bodyLeft = Number(/^content-length:\s*(\d+)/im.exec(head)?.[1] ?? 0);
      needOp = bodyLeft >= 4;
    }
  };
}
