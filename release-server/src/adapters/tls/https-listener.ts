import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { WebSocketServer } from 'ws';
import type { Logger } from '../../log';
import type { TlsCertificates } from './tls-certificates';

export interface HttpsListenerOptions {
  /** The same app the HTTP port serves. */
  fetch: Parameters<typeof createAdaptorServer>[0]['fetch'];
  port: number;
  host: string;
  certificates: TlsCertificates;
  log: Logger;
  /** Largest WebSocket message (the panel's). */
  maxPayload: number;
  /** Sets the same timeouts as the HTTP server's. */
  configure?: (server: Pick<Server, 'requestTimeout' | 'headersTimeout'>) => void;
}

export interface HttpsListener {
  /** `https://host:port` */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves the app over HTTPS (IPP as `ipps://`, RFC 7472; the panel, admin API and pages) with the
 * installed certificate, made self-signed first when there is none. A certificate installed later is
 * used for every new connection at once (`setSecureContext`); connections already open keep theirs.
 */
export async function listenHttps(o: HttpsListenerOptions): Promise<HttpsListener> {
  const pair = await o.certificates.ensure();
  // Its own WebSocket server: @hono/node-server closes it with the server it is attached to.
  const wss = new WebSocketServer({ noServer: true, maxPayload: o.maxPayload });
  const server = createAdaptorServer({
    fetch: o.fetch,
    websocket: { server: wss },
    createServer,
    serverOptions: { cert: pair.certificatePem, key: pair.keyPem },
  }) as Server;
  o.configure?.(server);
  const stop = o.certificates.onChange((next) =>
    server.setSecureContext({ cert: next.certificatePem, key: next.keyPem }),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  o.certificates.httpsPort = port;
  const url = `https://${o.host.includes(':') ? `[${o.host}]` : o.host}:${port}`;
  o.log.info('listening', { url });
  return {
    url,
    port,
    async close() {
      stop();
      for (const ws of wss.clients) ws.terminate();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
