import type { Migration } from './types';

/**
 * The admin queue (issue 5): jobs whose latest release went to a printer are found from that printer's
 * releases, not from every job; the same index answers "is a release to this printer under way" when a
 * printer is moved or removed.
 */
export const adminResources: Migration = {
  version: 8,
  name: 'releases by printer, for the admin queue and printer removal',
  sql: `
    CREATE INDEX releases_by_printer ON releases(printer_id, job_id);
  `,
};
