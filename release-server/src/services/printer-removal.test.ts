import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_SETTINGS, HISTORY_KINDS, type PrinterCapabilities } from '@quire/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PrinterClient } from '../adapters/ipp/printer-client';
import { AccountingStore } from '../adapters/sqlite/accounting-store';
import { Database } from '../adapters/sqlite/database';
import { JobStore } from '../adapters/sqlite/job-store';
import { MIGRATIONS, migrate } from '../adapters/sqlite/migrate';
import { PrinterStore } from '../adapters/sqlite/printer-store';
import { QueueStore } from '../adapters/sqlite/queue-store';
import { ReleaseStore } from '../adapters/sqlite/release-store';
import { createLogger } from '../log';
import { PrinterAdminService } from './printer-admin';
import type { PrinterService } from './printers';

/**
 * Regression (issue 5): removing a printer deleted its release rows. Charges and the accounting history
 * never named printers by id and survived; the releases did not, so what was sent where was lost and a
 * replayed release id was no longer known. The database starts at migration 9 (before the fix) with a
 * job printed on `slow`, then is migrated, so the upgrade is checked too.
 */

const T = Date.UTC(2026, 10, 3, 10);
const CAPS: PrinterCapabilities = {
  makeAndModel: 'Test printer',
  colorModes: ['monochrome'],
  sides: ['one-sided'],
  copiesMax: 99,
  finishings: [],
  media: ['iso_a4_210x297mm'],
  mediaDefault: 'iso_a4_210x297mm',
  numberUp: [1],
  documentFormats: ['application/pdf'],
};
let dir: string;
let db: Database;
let printers: PrinterStore;
let service: PrinterAdminService;
const removed: string[] = [];

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'quire-printer-removal-'));
  db = await Database.open(path.join(dir, 'q.db'));
  await migrate(
    db,
    MIGRATIONS.filter((m) => m.version <= 9),
  );
  await db.transaction(async (tx) => {
    await tx.run("INSERT INTO users (id, email, created_at, updated_at) VALUES (1, 'bob@example.com', 0, 0)");
    for (const [id, name] of [
      [1, 'slow'],
      [2, 'eve'],
    ] as const) {
      await tx.run(
        `INSERT INTO printers (id, name, uri, capabilities, added_at, updated_at)
         VALUES (?, ?, 'ipp://127.0.0.1:1/ipp/print', ?, 0, 0)`,
        [id, name, JSON.stringify(CAPS)],
      );
    }
    // Job 1 printed on slow (charged, in the history); job 2 is held, at no printer.
    for (const [id, state] of [
      [1, 'printed'],
      [2, 'held'],
    ] as const) {
      await tx.run(
        `INSERT INTO jobs (id, user_id, requesting_user_name, owner_key, name, source, format, pages_source,
           submitted_color, settings, state, submitted_at, updated_at)
         VALUES (?, 1, 'bob', 'bob', 'report.pdf', 'ipp', 'application/pdf', 'pdf', 'color', ?, ?, 0, 0)`,
        [id, JSON.stringify(DEFAULT_SETTINGS), state],
      );
    }
    await tx.run(
      `INSERT INTO releases (release_id, job_id, printer_id, released_by, keep, state, printer_job_id, created_at,
         updated_at)
       VALUES ('r-1', 1, 1, 1, 0, 'printed', 7, ?1, ?1)`,
      [T],
    );
    await tx.run(
      `INSERT INTO charges (release_id, job_id, user_id, period, state, color_mode, charged_impressions,
         cost_micros, currency, estimated, created_at, updated_at)
       VALUES ('r-1', 1, 1, '2026-11', 'committed', 'monochrome', 2, 200000, 'EUR', 0, ?1, ?1)`,
      [T],
    );
    await new AccountingStore(db).addHistory(tx, {
      kind: 'printed',
      at: T,
      period: '2026-11',
      jobId: 1,
      jobName: 'report.pdf',
      source: 'ipp',
      userId: 1,
      userEmail: 'bob@example.com',
      userName: 'Bob',
      department: null,
      costCenter: null,
      groups: [],
      printerName: 'slow',
      printerUri: 'ipp://127.0.0.1:1/ipp/print',
      pages: 2,
      copies: 1,
      impressions: 2,
      sheets: 2,
      colorMode: 'monochrome',
      sides: 'one-sided',
      costMicros: 200_000n,
      currency: 'EUR',
      estimated: false,
    });
  });
  // Migration 10 runs over these rows, and every later one after it.
  expect(await migrate(db)).toEqual(MIGRATIONS.filter((m) => m.version >= 10).map((m) => m.version));
  printers = new PrinterStore(db);
  // Removing needs neither the printers' service nor an IPP client: nothing is sent anywhere.
  service = new PrinterAdminService({
    db,
    printers: {} as PrinterService,
    store: printers,
    client: {} as PrinterClient,
    log: createLogger('silent'),
    onRemoved: (name) => removed.push(name),
  });
});

afterEach(async () => {
  removed.length = 0;
  await db.close();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('removing a printer that has history', () => {
  it('keeps its releases (by name), charges, history and reports; held jobs stay held', async () => {
    const releases = new ReleaseStore(db);
    const accounting = new AccountingStore(db);
    expect((await releases.get('r-1', 1))?.printerName).toBe('slow');

    await service.remove('slow');

    expect(removed).toEqual(['slow']);
    expect((await printers.list()).map((p) => p.name)).toEqual(['eve']);
    // What was sent where: the release stays, naming the printer it went to.
    expect(await releases.get('r-1', 1)).toMatchObject({
      printerId: null,
      printerName: 'slow',
      state: 'printed',
      printerJobId: 7,
    });
    // What bob was charged still counts against his quota.
    expect((await accounting.charge(db, 'r-1', 1))?.state).toBe('committed');
    expect((await accounting.usage(db, 1, '2026-11', 'EUR')).mono.impressions).toBe(2);
    // The history lists the job under the printer's name, and the printers report counts it.
    const range = { from: T - 1, to: T + 1 };
    const history = await accounting.history({ ...range, kinds: HISTORY_KINDS, limit: 10, offset: 0 });
    expect(history.map((h) => [h.jobName, h.printerName])).toEqual([['report.pdf', 'slow']]);
    expect(await accounting.report('printer', range.from, range.to)).toEqual([
      expect.objectContaining({ key: 'slow', jobs: 1, impressions: 2, cost_micros: 200_000 }),
    ]);
    const jobs = new JobStore(db);
    expect((await jobs.get(2))?.state).toBe('held');
    expect((await jobs.get(1))?.state).toBe('printed');
  });

  it('does not give the old releases to a new printer added under the same name', async () => {
    await service.remove('slow');
    await db.transaction((tx) =>
      printers.upsert(tx, { name: 'slow', uri: 'ipp://127.0.0.1:2/ipp/print', capabilities: CAPS }),
    );
    const again = await printers.byName('slow');
    expect(again?.id).not.toBe(1);
    expect(await new QueueStore(db).page({ printerId: again!.id, limit: 10, offset: 0 })).toEqual({
      ids: [],
      total: 0,
    });
    // The replayed release id is still known: the release service answers it as "repeated".
    expect(await new ReleaseStore(db).get('r-1', 1)).toMatchObject({ printerId: null, printerName: 'slow' });
  });
});
