import type { Migration } from './types';

/** Company policies and other server-wide settings, per-printer panel settings, ended panel sessions. */
export const panelSettings: Migration = {
  version: 3,
  name: 'settings, printer panel settings, revoked panel sessions',
  sql: `
    -- One row per setting group (e.g. 'policies', 'badge-reader'), the value a JSON document
    -- validated by its schema in protocol/ when read and written.
    CREATE TABLE settings (
      key        TEXT PRIMARY KEY,
      value      TEXT NOT NULL,
      updated_at INTEGER NOT NULL
    );

    -- The panel of each printer: language, badge reader, home button (JSON, PrinterPanelSettings).
    ALTER TABLE printers ADD COLUMN panel TEXT;

    -- Signed panel session tokens survive a restart; a sign-out revokes the token's id until it expires.
    CREATE TABLE session_revocations (
      token_id   TEXT PRIMARY KEY,
      expires_at INTEGER NOT NULL
    ) WITHOUT ROWID;
  `,
};
