import type { ComponentType } from 'preact';
import type { Route, SectionId } from '../lib/route';
import { AuditSection } from './audit';
import { BadgeReaderSection } from './badge-reader';
import { BadgesSection } from './badges';
import { ConfigurationSection } from './configuration';
import { DashboardSection } from './dashboard';
import { FleetSection } from './fleet';
import { HistorySection } from './history';
import { ImportBadgesSection, ImportUsersSection } from './imports';
import { PoliciesSection } from './policies';
import { PricesSection } from './prices';
import { PrintersSection } from './printers';
import { QueueSection } from './queue';
import { QuotasSection } from './quotas';
import { ReportsSection } from './reports';
import { RetentionSection } from './retention';
import { SecuritySection } from './security';
import { UsersSection } from './users';

/**
 * The view of each section of the navigation. A Record over SECTION_IDS: a section added there does not
 * compile until it has its view here and its name in both strings tables.
 */
export const SECTION_VIEWS: Readonly<Record<SectionId, ComponentType<{ route: Route }>>> = {
  fleet: FleetSection,
  printers: PrintersSection,
  queue: QueueSection,
  'badge-reader': BadgeReaderSection,
  users: UsersSection,
  badges: BadgesSection,
  'import-users': ImportUsersSection,
  'import-badges': ImportBadgesSection,
  dashboard: DashboardSection,
  prices: PricesSection,
  quotas: QuotasSection,
  history: HistorySection,
  reports: ReportsSection,
  policies: PoliciesSection,
  retention: RetentionSection,
  security: SecuritySection,
  configuration: ConfigurationSection,
  audit: AuditSection,
};
