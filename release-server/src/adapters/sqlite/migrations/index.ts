import { core } from './001-core';
import { spoolIndex } from './002-spool-index';
import { panelSettings } from './003-panel-settings';
import { fleet } from './004-fleet';
import { accounting } from './005-accounting';
import { listIndexes } from './006-list-indexes';
import { webAuth } from './007-web-auth';
import { adminResources } from './008-admin-resources';
import { jobDefaults } from './009-job-defaults';
import { releasesOutlivePrinters } from './010-releases-outlive-printers';
import { ippCredentials } from './011-ipp-credentials';
import type { Migration } from './types';

export type { Migration } from './types';

/**
 * Versioned schema changes, applied in order, each in its own transaction. Never edit a migration that
 * has shipped: add a file with the next number and list it here.
 */
export const MIGRATIONS: readonly Migration[] = [
  core,
  spoolIndex,
  panelSettings,
  fleet,
  accounting,
  listIndexes,
  webAuth,
  adminResources,
  jobDefaults,
  releasesOutlivePrinters,
  ippCredentials,
];
