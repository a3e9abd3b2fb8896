import type { Migration } from './types';

/**
 * Web sign-in (issue 5): every account gets a role, the first-run path is remembered so that it never
 * opens again, and admin changes are written to an audit log.
 */
export const webAuth: Migration = {
  version: 7,
  name: 'roles, first run, audit log',
  sql: `
    -- Accounts made by the users CSV import get the default; only an administrator (or the first-run
    -- path) gives another role.
    ALTER TABLE users ADD COLUMN role TEXT NOT NULL DEFAULT 'user'
      CHECK (role IN ('administrator', 'helpdesk', 'user'));

    -- One row once the first administrator exists (made at first run or given the role): from then on
    -- the first-run form stays closed, even if every administrator is later deleted, so that deleting
    -- accounts can never hand the server to whoever reaches it first. Recovery is ADMIN_TOKEN.
    CREATE TABLE first_run (
      id            INTEGER PRIMARY KEY CHECK (id = 1),
      administrator TEXT NOT NULL,
      at            INTEGER NOT NULL
    );

    -- Who changed what through the admin API. Never a password, token or secret: summary holds field
    -- names and facts the route chose to add.
    CREATE TABLE audit_log (
      id      INTEGER PRIMARY KEY AUTOINCREMENT,
      at      INTEGER NOT NULL,
      actor   TEXT NOT NULL,                   -- an email, or 'admin-token'
      action  TEXT NOT NULL,                   -- 'PUT /api/admin/prices'
      target  TEXT,
      status  INTEGER NOT NULL,
      summary TEXT,                            -- JSON object
      remote  TEXT
    );
  `,
};
