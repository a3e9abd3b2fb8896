import type { Migration } from './types';

/** Fleet monitoring over SNMP (issue 6, PRODUCT.md §11): per-printer SNMP settings, readings, alerts. */
export const fleet: Migration = {
  version: 4,
  name: 'fleet: printer SNMP settings, readings, alerts',
  sql: `
    -- How to reach a printer's SNMP agent (JSON, the protocol's SnmpSettingsBody with its secrets).
    -- The secrets are kept as given: SNMPv3 keys are derived from the passwords and the agent's engine
    -- ID (RFC 3414 §2.6), so a hash would be of no use. They never leave the server.
    CREATE TABLE printer_snmp (
      printer_id INTEGER PRIMARY KEY REFERENCES printers(id) ON DELETE CASCADE,
      settings   TEXT NOT NULL,
      updated_at INTEGER NOT NULL
    );

    -- One row per poll, answered or not. Usage is the meter difference from the previous answered
    -- reading (32-bit wrap handled); NULL on the first reading, a reset or a serial change, which
    -- meter_event flags (PRODUCT.md §11: never negative usage).
    CREATE TABLE fleet_readings (
      id             INTEGER PRIMARY KEY,
      printer_id     INTEGER NOT NULL REFERENCES printers(id) ON DELETE CASCADE,
      at             INTEGER NOT NULL,
      reachable      INTEGER NOT NULL,
      poll_error     TEXT,                 -- JSON PollError when unreachable
      state          TEXT NOT NULL,        -- FleetState
      summary        TEXT,                 -- the trouble in words, NULL when all is well
      flags          TEXT NOT NULL,        -- JSON PrinterErrorFlag[]
      device_status  TEXT,
      printer_status TEXT,
      model          TEXT,
      serial         TEXT,
      sys_name       TEXT,
      location       TEXT,
      page_count     INTEGER,
      counter_unit   TEXT,
      usage          INTEGER,
      meter_event    TEXT,
      supplies       TEXT NOT NULL         -- JSON FleetSupply[]
    );
    CREATE INDEX fleet_readings_by_printer_time ON fleet_readings(printer_id, at);
    CREATE INDEX fleet_readings_by_time ON fleet_readings(at);

    -- Alerts the printer raised (source 'printer', idx = prtAlertIndex) and alerts Quire raised for a
    -- supply under the threshold (source 'supply', idx = prtMarkerSuppliesIndex). Open while cleared_at
    -- is NULL; at most one open alert per printer, source, index and code.
    CREATE TABLE fleet_alerts (
      id          INTEGER PRIMARY KEY,
      printer_id  INTEGER NOT NULL REFERENCES printers(id) ON DELETE CASCADE,
      source      TEXT NOT NULL,
      idx         INTEGER NOT NULL,
      code        INTEGER NOT NULL,
      severity    TEXT NOT NULL,
      description TEXT NOT NULL,
      raised_at   INTEGER NOT NULL,
      cleared_at  INTEGER
    );
    CREATE UNIQUE INDEX fleet_alerts_open ON fleet_alerts(printer_id, source, idx, code) WHERE cleared_at IS NULL;
    CREATE INDEX fleet_alerts_by_printer_time ON fleet_alerts(printer_id, raised_at);
  `,
};
