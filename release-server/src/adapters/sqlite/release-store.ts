import { type ErrorBody, type ErrorCode, type JobSettings, jobSettingsSchema } from '@quire/protocol';
import type { Database, Queryable, Transaction } from './database';

/**
 * A release of one job, from the tap of Print to the printer's last word:
 * `queued` (waiting for the printer's turn) -> `sending` (Print-Job under way) -> `sent` (the printer has
 * it; following it) -> `printed` | `failed`.
 */
export const RELEASE_STATES = ['queued', 'sending', 'sent', 'printed', 'failed'] as const;
export type ReleaseState = (typeof RELEASE_STATES)[number];

export interface ReleaseRecord {
  releaseId: string;
  jobId: number;
  /** Null once the printer is removed: the release stays, naming it by {@link printerName}. */
  printerId: number | null;
  /** The printer's name when it was released to. */
  printerName: string;
  releasedBy: number | null;
  keep: boolean;
  state: ReleaseState;
  printerJobId: number | null;
  /** What was sent to the printer, once sent. */
  settings: JobSettings | null;
  error: ErrorBody | null;
  createdAt: number;
  updatedAt: number;
}

interface Row {
  release_id: string;
  job_id: number;
  printer_id: number | null;
  printer_name: string;
  released_by: number | null;
  keep: number;
  state: ReleaseState;
  printer_job_id: number | null;
  settings: string | null;
  error_code: ErrorCode | null;
  error_message: string | null;
  created_at: number;
  updated_at: number;
}

const toRecord = (r: Row): ReleaseRecord => ({
  releaseId: r.release_id,
  jobId: r.job_id,
  printerId: r.printer_id,
  printerName: r.printer_name,
  releasedBy: r.released_by,
  keep: r.keep === 1,
  state: r.state,
  printerJobId: r.printer_job_id,
  settings: r.settings ? jobSettingsSchema.parse(JSON.parse(r.settings)) : null,
  error: r.error_code ? { code: r.error_code, message: r.error_message ?? '' } : null,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export class ReleaseStore {
  constructor(private readonly db: Database) {}

  async get(releaseId: string, jobId: number, q: Queryable = this.db): Promise<ReleaseRecord | undefined> {
    const row = await q.get<Row>('SELECT * FROM releases WHERE release_id = ? AND job_id = ?', [
      releaseId,
      jobId,
    ]);
    return row && toRecord(row);
  }

  async insert(
    tx: Transaction,
    r: Pick<ReleaseRecord, 'releaseId' | 'jobId' | 'releasedBy' | 'keep'> & {
      printer: { id: number; name: string };
    },
    now = Date.now(),
  ): Promise<ReleaseRecord> {
    await tx.run(
      `INSERT INTO releases (release_id, job_id, printer_id, printer_name, released_by, keep, state, created_at,
         updated_at)
       VALUES (?, ?, ?, ?, ?, ?, 'queued', ?, ?)`,
      [r.releaseId, r.jobId, r.printer.id, r.printer.name, r.releasedBy, r.keep ? 1 : 0, now, now],
    );
    // The row as written, as `get` would read it back.
    return {
      releaseId: r.releaseId,
      jobId: r.jobId,
      printerId: r.printer.id,
      printerName: r.printer.name,
      releasedBy: r.releasedBy,
      keep: r.keep,
      state: 'queued',
      printerJobId: null,
      settings: null,
      error: null,
      createdAt: now,
      updatedAt: now,
    };
  }

  async update(
    tx: Transaction,
    releaseId: string,
    jobId: number,
    patch: { state: ReleaseState; printerJobId?: number; settings?: JobSettings; error?: ErrorBody | null },
  ): Promise<void> {
    await tx.run(
      `UPDATE releases SET state = ?, printer_job_id = COALESCE(?, printer_job_id), settings = COALESCE(?, settings),
         error_code = ?, error_message = ?, updated_at = ?
       WHERE release_id = ? AND job_id = ?`,
      [
        patch.state,
        patch.printerJobId ?? null,
        patch.settings ? JSON.stringify(patch.settings) : null,
        patch.error?.code ?? null,
        patch.error?.message ?? null,
        Date.now(),
        releaseId,
        jobId,
      ],
    );
  }

  /** Releases a crash interrupted, oldest first, for recovery at start-up. */
  async unfinished(): Promise<ReleaseRecord[]> {
    const rows = await this.db.all<Row>(
      "SELECT * FROM releases WHERE state IN ('queued', 'sending', 'sent') ORDER BY created_at",
    );
    return rows.map(toRecord);
  }
}
