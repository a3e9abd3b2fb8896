import type { AuditEntry, AuditPage } from '@quire/protocol';
import type { Database, Transaction } from '../adapters/sqlite/database';

/** One change to write down; see `auditEntrySchema` in protocol/src/auth.ts for what each field holds. */
export interface AuditRecord {
  at: number;
  actor: string;
  action: string;
  target: string | null;
  status: number;
  summary: Record<string, unknown> | null;
  remote: string | null;
}

interface AuditRow {
  id: number;
  at: number;
  actor: string;
  action: string;
  target: string | null;
  status: number;
  summary: string | null;
  remote: string | null;
}

function toEntry(r: AuditRow): AuditEntry {
  let summary: Record<string, unknown> | null = null;
  try {
    summary = r.summary === null ? null : (JSON.parse(r.summary) as Record<string, unknown>);
  } catch {
    summary = null;
  }
  return {
    id: r.id,
    at: new Date(r.at).toISOString(),
    actor: r.actor,
    action: r.action,
    target: r.target,
    status: r.status,
    summary,
    remote: r.remote,
  };
}

/** The audit log (table `audit_log`, migration 007): written after each change, read newest first. */
export class AuditStore {
  constructor(private readonly db: Database) {}

  /** Writes one entry, in `tx` when the change it records is still being made, else in its own transaction. */
  async record(r: AuditRecord, tx?: Transaction): Promise<void> {
    const write = (t: Transaction) =>
      t.run(
        'INSERT INTO audit_log (at, actor, action, target, status, summary, remote) VALUES (?, ?, ?, ?, ?, ?, ?)',
        [r.at, r.actor, r.action, r.target, r.status, r.summary && JSON.stringify(r.summary), r.remote],
      );
    if (tx) await write(tx);
    else await this.db.transaction(write);
  }

  /** Up to `limit` entries older than `before` (an entry id), newest first: keyset paging by id. */
  async page(o: { limit: number; before?: number }): Promise<AuditPage> {
    const rows = await this.db.all<AuditRow>(
      `SELECT id, at, actor, action, target, status, summary, remote FROM audit_log
       WHERE id < ? ORDER BY id DESC LIMIT ?`,
      [o.before ?? Number.MAX_SAFE_INTEGER, o.limit + 1],
    );
    const more = rows.length > o.limit;
    const entries = rows.slice(0, o.limit).map(toEntry);
    return { entries, nextBefore: more ? entries.at(-1)!.id : null };
  }
}
