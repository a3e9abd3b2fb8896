import type { Migration } from './types';

/**
 * Indexes for the lists read most often, each ending in the row id (SQLite appends it) so that the
 * `ORDER BY id` and `MAX(id)` those lists use come from the index, not a sort of the whole table:
 * a person's jobs by the name their computer sent, the admin job list by state, and each printer's
 * latest reading.
 */
export const listIndexes: Migration = {
  version: 6,
  name: 'indexes for job lists and latest fleet readings',
  sql: `
    CREATE INDEX jobs_by_owner_state ON jobs(owner_key, state);
    CREATE INDEX jobs_by_state ON jobs(state);
    CREATE INDEX fleet_readings_latest ON fleet_readings(printer_id);
    CREATE INDEX fleet_readings_latest_answered ON fleet_readings(printer_id, reachable);
  `,
};
