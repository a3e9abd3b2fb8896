import fs from 'node:fs/promises';
import path from 'node:path';
import { Database } from '../../../release-server/src/adapters/sqlite/database';
import { tempDir } from '../../support/process';
import { track } from './cleanup';
import { IppClient } from './ipp-client';
import { addPrinter, startQuire } from './quire';

/** Issue 7 §3: the users of the scale datasets. */
export const DATASET_USERS = 10_000;

/** The printer every dataset knows (its panel is the one the benchmarks sign in at). */
export const DATASET_PRINTER = 'bench-printer';

/** User `i` (1-based) of a dataset: short name `user<i>`, badge `<1000000 + i>`. */
export const badgeOf = (i: number): string => String(1_000_000 + i);

/**
 * A data directory made by the release server itself: the schema (its own migrations), one printer
 * whose capabilities it read from `printerUri`, and one job it held through IPP (whose row gives the
 * bulk rows valid settings, format and a spool file that exists). Nothing else: no users.
 */
export async function makeTemplate(printerUri: string, pdf: Buffer): Promise<string> {
  const dir = await tempDir('dataset-template');
  track('dataset template', () => fs.rm(dir, { recursive: true, force: true }), { dirs: [dir] });
  const server = await startQuire({}, dir);
  const client = new IppClient(1);
  try {
    await addPrinter(server, DATASET_PRINTER, printerUri);
    await client.printJob(server.ippUri, 'template', 'Quarterly report.pdf', { bytes: pdf });
  } finally {
    client.close();
    await server.stop();
  }
  return dir;
}

/**
 * A copy of the template with `users` users (each with a badge) and `jobs` held jobs spread evenly
 * over them, written straight into the server's SQLite schema with one SQL statement per table
 * (recursive CTEs): a million rows in seconds, never through IPP. Every job row points at the
 * template's one small spool file. Jobs are dealt to users in turn, as they arrive from many people
 * over a day: one user's jobs are spread over the whole table, not stored side by side.
 */
export async function buildDataset(template: string, users: number, jobs: number): Promise<string> {
  const dir = await tempDir(`dataset-${jobs}`);
  track(`dataset ${jobs}`, () => fs.rm(dir, { recursive: true, force: true }), { dirs: [dir] });
  await fs.cp(template, dir, { recursive: true });
  const db = await Database.open(path.join(dir, 'quire.db'));
  const now = Date.now();
  try {
    await db.execScript(`
      PRAGMA synchronous = OFF;
      PRAGMA cache_size = -262144;
      BEGIN;
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${users})
      INSERT INTO users (id, email, shortname, first_name, last_name, created_at, updated_at)
      SELECT i, 'user' || i || '@example.com', 'user' || i, 'User', 'Number ' || i, ${now}, ${now} FROM n;
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${users})
      INSERT INTO badges (value, user_id, temporary, created_at)
      SELECT CAST(1000000 + i AS TEXT), i, 0, ${now} FROM n;
      WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${jobs - 1})
      INSERT INTO jobs (user_id, requesting_user_name, owner_key, name, source, format, size, pages,
        pages_source, submitted_color, settings, state, spool_file, submitted_at, updated_at)
      SELECT i % ${users} + 1, 'user' || (i % ${users} + 1), 'user' || (i % ${users} + 1),
        'Document ' || i || '.pdf', t.source, t.format, t.size,
        t.pages, t.pages_source, t.submitted_color, t.settings, 'held', t.spool_file,
        ${now} - (${jobs} - i) * 10, ${now} - (${jobs} - i) * 10
      FROM n, (SELECT * FROM jobs ORDER BY id LIMIT 1) AS t;
      COMMIT;
      PRAGMA wal_checkpoint(TRUNCATE);
    `);
  } finally {
    await db.close();
  }
  return dir;
}
