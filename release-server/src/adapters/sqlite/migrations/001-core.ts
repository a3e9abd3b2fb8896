import type { Migration } from './types';

/** The core loop's tables. Times are milliseconds since the epoch (UTC). */
export const core: Migration = {
  version: 1,
  name: 'users, badges, printers, jobs, releases',
  sql: `
      CREATE TABLE users (
        id                INTEGER PRIMARY KEY,
        email             TEXT NOT NULL UNIQUE,          -- stored lower-cased
        shortname         TEXT UNIQUE COLLATE NOCASE,
        first_name        TEXT,
        last_name         TEXT,
        display_name      TEXT,
        password_hash     TEXT,
        custom_attributes TEXT,
        cost_center       TEXT,
        department        TEXT,
        created_at        INTEGER NOT NULL,
        updated_at        INTEGER NOT NULL
      );

      CREATE TABLE groups (
        id   INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE
      );

      CREATE TABLE user_groups (
        user_id  INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
        PRIMARY KEY (user_id, group_id)
      ) WITHOUT ROWID;

      CREATE TABLE badges (
        value      TEXT PRIMARY KEY,
        user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        temporary  INTEGER NOT NULL DEFAULT 0,
        expires_at INTEGER,
        created_at INTEGER NOT NULL
      );
      -- PRODUCT.md §9: one permanent badge per user.
      CREATE UNIQUE INDEX badges_one_permanent ON badges(user_id) WHERE temporary = 0;
      CREATE INDEX badges_by_user ON badges(user_id);

      CREATE TABLE delegates (
        user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        delegate_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        PRIMARY KEY (user_id, delegate_id)
      ) WITHOUT ROWID;
      CREATE INDEX delegates_by_delegate ON delegates(delegate_id);

      CREATE TABLE printers (
        id           INTEGER PRIMARY KEY,
        name         TEXT NOT NULL UNIQUE COLLATE NOCASE,
        uri          TEXT NOT NULL,
        capabilities TEXT NOT NULL,                       -- JSON, PrinterCapabilities
        added_at     INTEGER NOT NULL,
        updated_at   INTEGER NOT NULL
      );

      -- AUTOINCREMENT: a job id is never reused, so a stale id can never name someone else's job.
      CREATE TABLE jobs (
        id                   INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id              INTEGER REFERENCES users(id) ON DELETE SET NULL,
        requesting_user_name TEXT NOT NULL,
        owner_key            TEXT NOT NULL,               -- requesting_user_name lower-cased
        name                 TEXT NOT NULL,
        source               TEXT NOT NULL,
        format               TEXT NOT NULL,
        size                 INTEGER NOT NULL DEFAULT 0,
        pages                INTEGER,
        pages_source         TEXT NOT NULL,
        submitted_color      TEXT NOT NULL,
        settings             TEXT NOT NULL,               -- JSON, JobSettings
        state                TEXT NOT NULL,
        error_code           TEXT,
        error_message        TEXT,
        spool_file           TEXT,
        submitted_at         INTEGER NOT NULL,
        updated_at           INTEGER NOT NULL,
        printed_at           INTEGER
      );
      CREATE INDEX jobs_by_user_state ON jobs(user_id, state);
      CREATE INDEX jobs_orphans ON jobs(owner_key) WHERE user_id IS NULL;
      CREATE INDEX jobs_by_state_time ON jobs(state, submitted_at);

      -- One row per job per release request: the primary key is what makes a release idempotent.
      CREATE TABLE releases (
        release_id      TEXT NOT NULL,
        job_id          INTEGER NOT NULL REFERENCES jobs(id),
        printer_id      INTEGER NOT NULL REFERENCES printers(id),
        released_by     INTEGER REFERENCES users(id) ON DELETE SET NULL,
        keep            INTEGER NOT NULL,
        state           TEXT NOT NULL,                    -- ReleaseState
        printer_job_id  INTEGER,
        error_code      TEXT,
        error_message   TEXT,
        created_at      INTEGER NOT NULL,
        updated_at      INTEGER NOT NULL,
        PRIMARY KEY (release_id, job_id)
      );
      CREATE INDEX releases_by_job ON releases(job_id);
      CREATE INDEX releases_unfinished ON releases(state) WHERE state IN ('queued', 'sending', 'sent');
    `,
};
