import type { Migration } from './types';

/**
 * Each person's default job settings for documents they upload at /my/ (issue 5 item 3): copies, sides
 * and colour, as JSON (`MyDefaultSettings`). No row: the company's defaults. The row goes with its
 * account, so an account made later with the same id (SQLite reuses ids) starts afresh.
 */
export const jobDefaults: Migration = {
  version: 9,
  name: 'default job settings per user',
  sql: `
    CREATE TABLE user_job_defaults (
      user_id    INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
      settings   TEXT NOT NULL,
      updated_at INTEGER NOT NULL
    );
  `,
};
