import type { ComponentType } from 'preact';
import type { Route, SectionId } from '../lib/route';
import { FleetSection } from './fleet';
import { lazySection } from './lazy-section';

/**
 * The view of each section of the navigation. A Record over SECTION_IDS: a section added there does not
 * compile until it has its view here and its name in both strings tables. The fleet, the first view,
 * comes with the page; every other section is its own chunk, fetched when first shown.
 */
export const SECTION_VIEWS: Readonly<Record<SectionId, ComponentType<{ route: Route }>>> = {
  fleet: FleetSection,
  printers: lazySection('printers', () => import('./printers').then((m) => m.PrintersSection)),
  queue: lazySection('queue', () => import('./queue').then((m) => m.QueueSection)),
  'badge-reader': lazySection('badge-reader', () =>
    import('./badge-reader').then((m) => m.BadgeReaderSection),
  ),
  users: lazySection('users', () => import('./users').then((m) => m.UsersSection)),
  badges: lazySection('badges', () => import('./badges').then((m) => m.BadgesSection)),
  'import-users': lazySection('import-users', () => import('./imports').then((m) => m.ImportUsersSection)),
  'import-badges': lazySection('import-badges', () => import('./imports').then((m) => m.ImportBadgesSection)),
  dashboard: lazySection('dashboard', () => import('./dashboard').then((m) => m.DashboardSection)),
  prices: lazySection('prices', () => import('./prices').then((m) => m.PricesSection)),
  quotas: lazySection('quotas', () => import('./quotas').then((m) => m.QuotasSection)),
  history: lazySection('history', () => import('./history').then((m) => m.HistorySection)),
  reports: lazySection('reports', () => import('./reports').then((m) => m.ReportsSection)),
  policies: lazySection('policies', () => import('./policies').then((m) => m.PoliciesSection)),
  retention: lazySection('retention', () => import('./retention').then((m) => m.RetentionSection)),
  security: lazySection('security', () => import('./security').then((m) => m.SecuritySection)),
  configuration: lazySection('configuration', () =>
    import('./configuration').then((m) => m.ConfigurationSection),
  ),
  audit: lazySection('audit', () => import('./audit').then((m) => m.AuditSection)),
};
