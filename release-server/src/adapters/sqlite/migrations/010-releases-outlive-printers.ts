import type { Migration } from './types';

/**
 * Removing a printer keeps the record of what was released to it (issue 5): each release names its
 * printer by name as well, and its `printer_id` becomes NULL when the printer goes (ON DELETE SET NULL)
 * instead of the release rows being deleted with it. A release id stays answered as "repeated" for
 * ever, so a printer added again under the old name never prints a replayed release twice.
 *
 * SQLite cannot change a column's constraint in place: the table is made again and the rows copied
 * (https://sqlite.org/lang_altertable.html#otheralter). No table refers to `releases`, so dropping the
 * old one with foreign keys on is safe.
 */
export const releasesOutlivePrinters: Migration = {
  version: 10,
  name: 'releases outlive their printer',
  sql: `
    CREATE TABLE releases_kept (
      release_id      TEXT NOT NULL,
      job_id          INTEGER NOT NULL REFERENCES jobs(id),
      printer_id      INTEGER REFERENCES printers(id) ON DELETE SET NULL,
      printer_name    TEXT NOT NULL,                    -- as it was named when released
      released_by     INTEGER REFERENCES users(id) ON DELETE SET NULL,
      keep            INTEGER NOT NULL,
      state           TEXT NOT NULL,                    -- ReleaseState
      printer_job_id  INTEGER,
      error_code      TEXT,
      error_message   TEXT,
      created_at      INTEGER NOT NULL,
      updated_at      INTEGER NOT NULL,
      settings        TEXT,
      PRIMARY KEY (release_id, job_id)
    );
    INSERT INTO releases_kept
      SELECT r.release_id, r.job_id, r.printer_id, coalesce(p.name, ''), r.released_by, r.keep, r.state,
             r.printer_job_id, r.error_code, r.error_message, r.created_at, r.updated_at, r.settings
      FROM releases r LEFT JOIN printers p ON p.id = r.printer_id;
    DROP TABLE releases;
    ALTER TABLE releases_kept RENAME TO releases;
    CREATE INDEX releases_by_job ON releases(job_id);
    CREATE INDEX releases_unfinished ON releases(state) WHERE state IN ('queued', 'sending', 'sent');
    CREATE INDEX releases_by_printer ON releases(printer_id, job_id);
  `,
};
