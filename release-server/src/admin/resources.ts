import type { Hono } from 'hono';
import type { AppEnv } from '../adapters/http/app-env';
import type { PrinterClient } from '../adapters/ipp/printer-client';
import { BadgeAdminStore } from '../adapters/sqlite/badge-admin-store';
import { ConfigStore } from '../adapters/sqlite/config-store';
import { DashboardStore } from '../adapters/sqlite/dashboard-store';
import type { Database } from '../adapters/sqlite/database';
import { DirectoryStore } from '../adapters/sqlite/directory-store';
import type { JobStore } from '../adapters/sqlite/job-store';
import type { PrinterStore } from '../adapters/sqlite/printer-store';
import { QueueStore } from '../adapters/sqlite/queue-store';
import { UserAdminStore } from '../adapters/sqlite/user-admin-store';
import type { UserStore } from '../adapters/sqlite/user-store';
import { AccountStore } from '../auth/account-store';
import type { Logger } from '../log';
import type { AccountingService } from '../services/accounting';
import { AdminQueueService } from '../services/admin-queue';
import { BadgeAdminService } from '../services/badge-admin';
import { ConfigTransfer } from '../services/config-transfer';
import { DashboardService } from '../services/dashboard';
import type { FleetService } from '../services/fleet';
import { FleetStore } from '../services/fleet-store';
import type { JobRemoval } from '../services/job-removal';
import type { PanelSettingsService } from '../services/panel-settings';
import { PrinterAdminService } from '../services/printer-admin';
import type { PrinterService } from '../services/printers';
import type { ReleaseService } from '../services/release';
import type { RetentionService } from '../services/retention';
import { UserAdminService } from '../services/user-admin';
import { mountBadges } from './badges';
import { mountConfigTransfer } from './config-transfer';
import { mountDashboard } from './dashboard';
import { mountPrinterAdmin } from './printers-admin';
import { mountQueue } from './queue';
import { mountRetention } from './retention';
import { mountUsers } from './users';

export interface AdminResourceDeps {
  db: Database;
  jobs: JobStore;
  users: UserStore;
  printers: PrinterService;
  printerStore: PrinterStore;
  settings: PanelSettingsService;
  accounting: AccountingService;
  fleet: FleetService;
  log: Logger;
  release: ReleaseService;
  removal: JobRemoval;
  /** The IPP client releases use: test pages and the configuration import's capability checks. */
  printerClient: PrinterClient;
  retention: RetentionService;
}

/**
 * Users, groups, badges, printers (edit, remove, test page), the queue, the dashboard, retention and
 * configuration export/import under `/api/admin` (issue 5). `adminApi` has already authenticated,
 * authorised (helpdesk reads, administrators change) and set up the audit trail for every route.
 */
export function mountAdminResources(app: Hono<AppEnv>, d: AdminResourceDeps): void {
  const directory = new DirectoryStore(d.jobs);
  const userStore = new UserAdminStore(d.db);
  const badgeStore = new BadgeAdminStore(d.db);
  // Fleet monitoring caches each printer's state by name: reload it when printers go or change.
  const refreshFleet = () => {
    d.fleet.list().catch((error: unknown) => d.log.warn('fleet reload failed', { error: String(error) }));
  };

  mountUsers(
    app,
    new UserAdminService({
      db: d.db,
      store: userStore,
      users: d.users,
      accounts: new AccountStore(d.db),
      badges: badgeStore,
      directory,
      log: d.log,
    }),
  );
  mountBadges(
    app,
    new BadgeAdminService({ db: d.db, store: badgeStore, users: d.users, directory, log: d.log }),
  );
  mountPrinterAdmin(
    app,
    new PrinterAdminService({
      db: d.db,
      printers: d.printers,
      store: d.printerStore,
      client: d.printerClient,
      log: d.log,
      onRemoved: refreshFleet,
    }),
  );
  mountQueue(
    app,
    new AdminQueueService({
      jobs: d.jobs,
      accounting: d.accounting,
      users: d.users,
      printers: d.printerStore,
      queue: new QueueStore(d.db),
      release: d.release,
      removal: d.removal,
      log: d.log,
    }),
  );
  mountDashboard(app, new DashboardService({ store: new DashboardStore(d.db), accounting: d.accounting }));
  mountRetention(app, d.retention);
  mountConfigTransfer(
    app,
    new ConfigTransfer({
      db: d.db,
      settings: d.settings,
      accounting: d.accounting,
      retention: d.retention,
      groups: userStore,
      store: new ConfigStore(),
      printers: d.printerStore,
      fleet: new FleetStore(d.db),
      client: d.printerClient,
      log: d.log,
      onApplied: refreshFleet,
    }),
  );
}
