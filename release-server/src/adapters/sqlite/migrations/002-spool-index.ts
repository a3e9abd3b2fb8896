import type { Migration } from './types';

export const spoolIndex: Migration = {
  version: 2,
  name: 'spool file index, for finding documents no job refers to',
  sql: `
      CREATE INDEX jobs_by_spool_file ON jobs(spool_file) WHERE spool_file IS NOT NULL;
    `,
};
