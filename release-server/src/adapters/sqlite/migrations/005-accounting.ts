import type { Migration } from './types';

/**
 * Charges (a release's cost, reserved before printing and committed or given back) and the accounting
 * history (PRODUCT.md §8). Money is in micro-units of the currency, an exact INTEGER, never a float.
 */
export const accounting: Migration = {
  version: 5,
  name: 'charges and accounting history',
  sql: `
    -- One charge per job per release: the same key as releases, so a repeated release never charges twice.
    CREATE TABLE charges (
      release_id          TEXT NOT NULL,
      job_id              INTEGER NOT NULL REFERENCES jobs(id),
      user_id             INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      period              TEXT NOT NULL,              -- '2026-11' in the quota time zone
      state               TEXT NOT NULL,              -- reserved | committed | returned
      color_mode          TEXT NOT NULL,
      charged_impressions INTEGER NOT NULL,
      cost_micros         INTEGER NOT NULL,
      currency            TEXT NOT NULL,
      estimated           INTEGER NOT NULL,
      created_at          INTEGER NOT NULL,
      updated_at          INTEGER NOT NULL,
      PRIMARY KEY (release_id, job_id)
    );
    CREATE INDEX charges_usage ON charges(user_id, period) WHERE state IN ('reserved', 'committed');

    -- What happened to every job, as it was at the time: who (with department, cost centre and groups
    -- then), where, what, how much. Rows are never updated.
    CREATE TABLE history (
      id                 INTEGER PRIMARY KEY,
      kind               TEXT NOT NULL,               -- printed | deleted | expired
      at                 INTEGER NOT NULL,
      period             TEXT NOT NULL,
      job_id             INTEGER,
      job_name           TEXT NOT NULL,
      source             TEXT NOT NULL,
      user_id            INTEGER,
      user_email         TEXT,
      user_name          TEXT NOT NULL,
      department         TEXT,
      cost_center        TEXT,
      groups             TEXT NOT NULL,               -- JSON array of group names
      printer_name       TEXT,
      printer_uri        TEXT,
      pages              INTEGER,
      copies             INTEGER NOT NULL,
      impressions        INTEGER NOT NULL,
      sheets             INTEGER NOT NULL,
      color_mode         TEXT NOT NULL,
      sides              TEXT NOT NULL,
      cost_micros        INTEGER NOT NULL,
      currency           TEXT NOT NULL,
      estimated          INTEGER NOT NULL
    );
    CREATE INDEX history_by_time ON history(at);
    CREATE INDEX history_by_user ON history(user_id, at);

    -- The settings a release actually sent, fitted to the printer (JSON, JobSettings).
    ALTER TABLE releases ADD COLUMN settings TEXT;
  `,
};
