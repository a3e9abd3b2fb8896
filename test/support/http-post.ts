import http from 'node:http';

export interface EarlyAnswer {
  status: number;
  body: string;
  connection: string | undefined;
  /** Chunks written before the answer came. */
  chunksSent: number;
}

/**
 * POSTs up to `count` chunks of `chunk` over node:http and keeps the answer that comes before the body is
 * all sent (fetch cannot: it reports the reset of a refused upload, not the answer). After the first
 * `fast` chunks it writes one every 20 ms: a server that refuses a body early closes the connection,
 * and a write racing its answer would fail with EPIPE before the answer is read.
 */
export function postChunks(
  url: string,
  headers: Record<string, string>,
  chunk: Buffer,
  count: number,
  fast: number,
): Promise<EarlyAnswer> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = http.request(url, { method: 'POST', headers });
    req.on('response', (res) => {
      answered = true;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => {
        body += d;
      });
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body, connection: res.headers.connection, chunksSent: sent }),
      );
    });
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const pump = (): void => {
      if (answered) return;
      if (sent === count) {
        req.end();
        return;
      }
      const more = req.write(chunk);
      sent++;
      if (sent >= fast) setTimeout(pump, 20);
      else if (more) pump();
      else req.once('drain', pump);
    };
    req.flushHeaders();
    pump();
  });
}
