import type { IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import tls from 'node:tls';
import { waitForOutput } from './process';
import { startTestServer, type TestServer } from './server';

export interface TlsTestServer extends TestServer {
  /** `https://127.0.0.1:port` */
  httpsUrl: string;
  httpsPort: number;
}

/**
 * Starts the release server with HTTPS on a free port as well (`TLS_PORT=0`), for the host name
 * `quire.test` unless `env` says otherwise, and reads the HTTPS port from its start lines.
 */
export async function startTlsTestServer(
  env: NodeJS.ProcessEnv = {},
  dataDir?: string,
): Promise<TlsTestServer> {
  const server = await startTestServer({ TLS_PORT: '0', TLS_HOST_NAME: 'quire.test', ...env }, dataDir);
  const [, httpsUrl, port] = await waitForOutput(server.process, /HTTPS on (https:\/\/127\.0\.0\.1:(\d+))/);
  return Object.assign(server, { httpsUrl: httpsUrl!, httpsPort: Number(port) });
}

export interface Served {
  /** SHA-256 of the certificate the server presented, as `AB:CD:…`. */
  fingerprint256: string;
  subject: string;
}

/**
 * Opens a TLS connection to `port` asking for `servername` and returns the certificate presented. With
 * `ca`, the connection must verify against it (chain and name); without, anything is accepted.
 */
export function servedCertificate(port: number, o: { servername: string; ca?: string[] }): Promise<Served> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({
      host: '127.0.0.1',
      port,
      servername: o.servername,
      ...(o.ca ? { ca: o.ca } : { rejectUnauthorized: false }),
    });
    socket.once('secureConnect', () => {
      const peer = socket.getPeerCertificate();
      resolve({ fingerprint256: peer.fingerprint256, subject: String(peer.subject?.CN ?? '') });
      socket.end();
    });
    socket.once('error', reject);
  });
}

export interface HttpsAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One HTTPS request that trusts only `ca` and checks the certificate names `servername`. */
export function httpsRequest(
  url: string,
  o: {
    ca: string[];
    servername: string;
    method?: string;
    headers?: Record<string, string>;
    body?: Buffer | string;
  },
): Promise<HttpsAnswer> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      url,
      {
        method: o.method ?? 'GET',
        headers: o.headers,
        ca: o.ca,
        servername: o.servername,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(o.body);
  });
}
