import fs from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createAdaptorServer } from '@hono/node-server';
import { AppError, ERROR_CODES, MAX_PANEL_MESSAGE_BYTES, toErrorBody } from '@quire/protocol';
import { Hono } from 'hono';
import { WebSocketServer } from 'ws';
import type { AppEnv } from './adapters/http/app-env';
import { authApi } from './adapters/http/auth-api';
import { ippRoute as createIppRoute } from './adapters/http/ipp-route';
import { serveFile } from './adapters/http/static-files';
import { createPrinterClient, type PrinterClient } from './adapters/ipp/printer-client';
import { createIppHandler } from './adapters/ipp/server';
import { PageCounter } from './adapters/pdf/page-count';
import { Spool } from './adapters/spool/spool';
import { AccountingStore } from './adapters/sqlite/accounting-store';
import { BadgeStore } from './adapters/sqlite/badge-store';
import { Database } from './adapters/sqlite/database';
import { JobStore } from './adapters/sqlite/job-store';
import { migrate } from './adapters/sqlite/migrate';
import { PrinterStore } from './adapters/sqlite/printer-store';
import { ReleaseStore } from './adapters/sqlite/release-store';
import { SettingsStore } from './adapters/sqlite/settings-store';
import { UserStore } from './adapters/sqlite/user-store';
import { type HttpsListener, listenHttps, TlsCertificates } from './adapters/tls';
import { panelSocket } from './adapters/ws/panel-socket';
import { adminApi } from './admin/api';
import { AccountStore } from './auth/account-store';
import { AuditStore } from './auth/audit-store';
import { LoginLimiter } from './auth/login-limiter';
import { WebAuth } from './auth/web-auth';
import { WebSessions } from './auth/web-sessions';
import type { Config } from './config';
import { createLogger, type Logger } from './log';
import { DefaultSettingsStore, myApi, OwnHistoryStore, Uploads } from './my';
import { DIST_DIR } from './paths';
import { AccountingService } from './services/accounting';
import { AttemptLimiter } from './services/attempt-limiter';
import { DelegatesService } from './services/delegates';
import { Delivery } from './services/delivery';
import { EventBus } from './services/events';
import { createFleetService } from './services/fleet';
import { IngestService } from './services/ingest';
import { JobRemoval } from './services/job-removal';
import { Maintenance } from './services/maintenance';
import { PanelService } from './services/panel';
import { PanelSettingsService } from './services/panel-settings';
import { PrinterStatusService } from './services/printer-status';
import { PrinterService } from './services/printers';
import { ReleaseService } from './services/release';
import { RetentionService } from './services/retention';
import { openSessionKey, SessionTokens } from './services/sessions';

export type { AppEnv } from './adapters/http/app-env';

export interface Services {
  db: Database;
  jobs: JobStore;
  users: UserStore;
  printers: PrinterService;
  release: ReleaseService;
  ingest: IngestService;
  events: EventBus;
}

export interface ServerOptions {
  log?: Logger;
  /** Adds routes (the simulator's kiosk) before the not-found handler. */
  extend?: (app: Hono<AppEnv>) => void;
  /** Replaces the IPP client used to reach printers (tests). */
  printerClient?: PrinterClient;
}

export interface RunningServer {
  /** `http://host:port` the server answers on. */
  url: string;
  port: number;
  /** `https://host:port` and its port, when `TLS_PORT` is set. */
  httpsUrl?: string;
  httpsPort?: number;
  services: Services;
  close(): Promise<void>;
}

/**
 * Opens the data directory, recovers interrupted releases, and starts listening. The composition root:
 * every store, service and route is made and wired here, in the order they depend on each other, and
 * nowhere else; the file is long because the product has that many parts, while each part's logic lives
 * in its own module (routes in admin/, my/, adapters/http/; services in services/).
 */
export async function startServer(config: Config, options: ServerOptions = {}): Promise<RunningServer> {
  const log = options.log ?? createLogger(config.logLevel);
  await fs.mkdir(config.dataDir, { recursive: true, mode: 0o700 });
  const db = await Database.open(path.join(config.dataDir, 'quire.db'));
  const applied = await migrate(db);
  if (applied.length > 0) log.info('database migrated', { versions: applied.join(',') });
  const spool = await Spool.open(config.dataDir);
  const pageCounter = new PageCounter({
    onGiveUp: (file, why) => log.warn('page count given up: pages unknown', { file, why }),
  });

  const events = new EventBus();
  const jobs = new JobStore(db);
  const users = new UserStore(db);
  const printerStore = new PrinterStore(db);
  const client = options.printerClient ?? createPrinterClient({ timeoutMs: config.printerTimeoutMs });
  const settingsStore = new SettingsStore(db);
  const accountingStore = new AccountingStore(db);
  const accounting = new AccountingService({ db, store: accountingStore, settings: settingsStore, users });
  const ingest = new IngestService({
    db,
    jobs,
    users,
    spool,
    pageCounter,
    events,
    log,
    maxDocumentBytes: config.maxDocumentBytes,
  });
  const removal = new JobRemoval({ db, jobs, spool, events, log, accounting });
  const fleet = createFleetService({ db, log }, config.snmp);
  const status = new PrinterStatusService(
    {
      client: options.printerClient ?? statusClient(config),
      log,
      fleetFlags: (name) => fleet.current(name)?.flags ?? [],
    },
    config.printerCheckIntervalMs,
  );
  const delivery = new Delivery(
    {
      client,
      spool,
      onStatus: (printerId, now) => status.report(printerId, now),
      fleetBlock: (name) => fleet.checkRelease(name),
    },
    { busyWaitMs: config.printerBusyWaitMs },
  );
  const release = new ReleaseService({
    db,
    jobs,
    users,
    printers: printerStore,
    releases: new ReleaseStore(db),
    spool,
    delivery,
    accounting,
    events,
    log,
  });
  const printers = new PrinterService({ db, printers: printerStore, client, log });
  const settings = new PanelSettingsService({ db, settings: settingsStore, printers: printerStore });
  const panel = new PanelService({
    db,
    jobs,
    users,
    printers: printerStore,
    badges: new BadgeStore(),
    settings,
    accounting,
    release,
    removal,
  });
  // One key signs panel and web sessions; each kind names its own audience.
  const sessionKey = await openSessionKey(config.dataDir);
  const tokens = SessionTokens.withKey(sessionKey, db);
  const audit = new AuditStore(db);
  const auth = new WebAuth({
    db,
    accounts: new AccountStore(db),
    sessions: new WebSessions(sessionKey, db),
    audit,
    limiter: new LoginLimiter(),
    log,
  });
  // DATA_DIR/tls: the certificate HTTPS serves, and the admin API's Security section changes.
  const tls = await TlsCertificates.open({
    dir: path.join(config.dataDir, 'tls'),
    hostName: config.tlsHostName,
    log,
  });
  await release.recover();
  // PRODUCT.md §4 lifespans: the environment's values until an administrator sets them (issue 5).
  const lifespans = {
    unprintedLifespanMs: config.unprintedLifespanMs,
    keptLifespanMs: config.keptLifespanMs,
  };
  const retention = new RetentionService({ db, settings: settingsStore, defaults: lifespans });
  const maintenance = new Maintenance(
    {
      db,
      jobs,
      spool,
      events,
      log,
      accounting,
      receiving: (id) => ingest.isReceiving(id),
      lifespans: () => retention.lifespans(),
    },
    lifespans,
  );
  maintenance.start();
  fleet.start();

  const app = new Hono<AppEnv>();
  const ippRoute = createIppRoute({
    handle: createIppHandler(
      {
        ingest,
        removal,
        jobs,
        uriAuthentication: config.ippAuthentication === 'required' ? 'basic' : 'requesting-user-name',
      },
      log,
    ),
    auth,
    authentication: config.ippAuthentication,
    hostOf: (c) => hostOf(c.req.header('host'), config),
  });
  app.post('/ipp/print', ippRoute);
  app.post('/ipp/print/:job{[0-9]+}', ippRoute);
  app.get('/ipp/print', (c) =>
    c.text(
      `This is an IPP printer. Add ipp://${hostOf(c.req.header('host'), config)}/ipp/print to your computer.\n`,
    ),
  );
  app.route(
    '/api/admin',
    adminApi({
      db,
      jobs,
      users,
      printers,
      printerStore,
      settings,
      accounting,
      accountingStore,
      fleet,
      log,
      release,
      removal,
      printerClient: client,
      retention,
      adminToken: config.adminToken,
      auth,
      audit,
      tls,
    }),
  );
  app.route('/api/auth', authApi({ auth }));
  app.route(
    '/api/my',
    myApi({
      auth,
      db,
      panel,
      accounting,
      uploads: new Uploads({ ingest, maxDocumentBytes: config.maxDocumentBytes }),
      defaults: new DefaultSettingsStore(db),
      delegates: new DelegatesService({ db, users, settings }),
      history: new OwnHistoryStore(db),
    }),
  );
  app.get(
    '/ws/panel',
    panelSocket({ panel, settings, status, events, tokens, attempts: new AttemptLimiter(), log }),
  );
  app.get('/panel', (c) => c.redirect(`/panel/${new URL(c.req.url).search}`));
  app.get('/panel/', (c) => serveFile(c, DIST_DIR, 'device-app/index.html'));
  app.get('/assets/*', (c) => serveFile(c, DIST_DIR, c.req.path.slice(1)));
  app.get('/admin', (c) => c.redirect('/admin/'));
  app.get('/admin/', (c) => serveFile(c, DIST_DIR, 'release-server/src/admin/page/index.html'));
  app.get('/my', (c) => c.redirect('/my/'));
  app.get('/my/', (c) => serveFile(c, DIST_DIR, 'release-server/src/my/page/index.html'));
  app.get('/healthz', (c) => c.json({ ok: true }));
  options.extend?.(app);
  app.notFound((c) => c.json({ code: 'not-found', message: `Nothing at ${c.req.path}.` }, 404));
  app.onError((error, c) => {
    const body = toErrorBody(error);
    if (!(error instanceof AppError)) log.error('request failed', { path: c.req.path, error: String(error) });
    return c.json(body, ERROR_CODES[body.code].http as 400);
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_PANEL_MESSAGE_BYTES });
  const server = createAdaptorServer({ fetch: app.fetch, websocket: { server: wss } }) as Server;
  // Large documents over slow links: allow an hour per request, but headers must come quickly.
  server.requestTimeout = 3600_000;
  server.headersTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  log.info('listening', { url, data: config.dataDir });
  // TLS_PORT: the same app over HTTPS as well (issue 5, Security), with the same timeouts.
  const https: HttpsListener | undefined =
    config.tlsPort === undefined
      ? undefined
      : await listenHttps({
          fetch: app.fetch,
          port: config.tlsPort,
          host: config.host,
          certificates: tls,
          log,
          maxPayload: MAX_PANEL_MESSAGE_BYTES,
          configure: (s) => {
            s.requestTimeout = server.requestTimeout;
            s.headersTimeout = server.headersTimeout;
          },
        });

  return {
    url,
    port,
    ...(https && { httpsUrl: https.url, httpsPort: https.port }),
    services: { db, jobs, users, printers, release, ingest, events },
    async close() {
      maintenance.stop();
      status.stop();
      await fleet.stop();
      await release.stop();
      for (const ws of wss.clients) ws.terminate();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await https?.close();
      await pageCounter.close();
      await spool.close();
      await db.close();
    },
  };
}

/** `host[:port]` for URIs handed to IPP clients: the Host header when it is well formed. */
function hostOf(header: string | undefined, config: Config): string {
  if (header && /^[A-Za-z0-9.-]{1,253}(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(header))
    return header;
  return `${config.host}:${config.port}`;
}

/** Status checks must not wait as long as a release may: a panel should learn quickly that a printer is gone. */
function statusClient(config: Config): PrinterClient {
  return createPrinterClient({ timeoutMs: Math.min(config.printerTimeoutMs, 5000) });
}
