import { AppError, IMPORT_MODES, type ImportMode, type ImportReport } from '@quire/protocol';
import type { Context, Hono } from 'hono';
import { DirectoryStore } from '../adapters/sqlite/directory-store';
import { type ImportOptions, ImportService } from '../services/imports';
import type { AdminDeps } from './api';
import { readCsvBody } from './csv-body';

/** PRODUCT.md §9: an import file is at most 1 MB. */
export const MAX_IMPORT_BYTES = 1_048_576;

/**
 * `POST /users/import` and `POST /badges/import` (text/csv, PRODUCT.md §9), with `?mode=all-or-nothing`
 * (default) or `apply-valid`, and `?dryRun=1`. Answers an ImportReport: 200, or 422 when bad lines kept an
 * all-or-nothing import (or its dry run) from applying. A file that cannot be read at all is a 400.
 */
export function mountImports(app: Hono, deps: AdminDeps): void {
  const service = new ImportService({ db: deps.db, directory: new DirectoryStore(deps.jobs), log: deps.log });
  const route =
    (run: (csv: string, options: ImportOptions) => Promise<ImportReport>) => async (c: Context) => {
      const options = importOptions(c.req.query('mode'), c.req.query('dryRun'));
      const csv = await readCsvBody(c.req.raw, MAX_IMPORT_BYTES).catch((error: unknown) => {
        // The rest of an oversized body may still be on the wire: say this connection ends with the
        // answer (RFC 9112 §9.6), so that the client does not send its next request down it.
        if (error instanceof AppError && error.code === 'payload-too-large') c.header('connection', 'close');
        throw error;
      });
      const report = await run(csv, options);
      return c.json(report, rejected(report, options) ? 422 : 200);
    };
  app.post(
    '/users/import',
    route((csv, o) => service.importUsers(csv, o)),
  );
  app.post(
    '/badges/import',
    route((csv, o) => service.importBadges(csv, o)),
  );
}

function rejected(report: ImportReport, options: ImportOptions): boolean {
  return options.mode === 'all-or-nothing' && report.errors.length > 0;
}

/** `?dryRun`, `?dryRun=1` and `?dryRun=true` ask for a dry run. */
const DRY_RUN = new Map([
  ['', true],
  ['1', true],
  ['true', true],
  ['0', false],
  ['false', false],
]);

/** Query parameters, checked before the body is read. */
export function importOptions(mode: string | undefined, dryRun: string | undefined): ImportOptions {
  if (mode !== undefined && !(IMPORT_MODES as readonly string[]).includes(mode)) {
    throw new AppError(
      'bad-request',
      `mode must be ${IMPORT_MODES.join(' or ')}, not "${mode.slice(0, 40)}".`,
    );
  }
  const dry = dryRun === undefined ? false : DRY_RUN.get(dryRun.toLowerCase());
  if (dry === undefined) throw new AppError('bad-request', 'dryRun must be 1 or 0 (or true or false).');
  return { mode: (mode as ImportMode | undefined) ?? 'all-or-nothing', dryRun: dry };
}
