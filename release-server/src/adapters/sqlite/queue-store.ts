import type { JobState } from '@quire/protocol';
import type { Database, SqlValue } from './database';

/** What the admin queue filters by; every filter is optional. */
export interface QueueFilter {
  /** The owner's user id; or, for jobs of nobody known yet, the name they were sent under. */
  owner?: { userId: number } | { ownerKey: string };
  /** Jobs whose latest release went to this printer. */
  printerId?: number;
  state?: JobState;
  limit: number;
  offset: number;
}

/**
 * The latest release of each job is the one created last; `rowid` breaks a tie within a millisecond.
 * The `IN` list comes from releases_by_printer (migration 008), so only that printer's jobs are checked.
 */
const LATEST_AT_PRINTER = `j.id IN (SELECT job_id FROM releases WHERE printer_id = :printer)
  AND (SELECT r.printer_id FROM releases r WHERE r.job_id = j.id ORDER BY r.created_at DESC, r.rowid DESC LIMIT 1)
      = :printer`;

/** The admin queue (issue 5, helpdesk): job ids by filter, newest first, a page at a time, and the total. */
export class QueueStore {
  constructor(private readonly db: Database) {}

  async page(f: QueueFilter): Promise<{ ids: number[]; total: number }> {
    const where: string[] = [];
    const params: Record<string, SqlValue> = {};
    if (f.state !== undefined) {
      where.push('j.state = :state');
      params[':state'] = f.state;
    }
    if (f.owner && 'userId' in f.owner) {
      where.push('j.user_id = :user');
      params[':user'] = f.owner.userId;
    } else if (f.owner) {
      where.push('j.user_id IS NULL AND j.owner_key = :owner');
      params[':owner'] = f.owner.ownerKey.toLowerCase();
    }
    if (f.printerId !== undefined) {
      where.push(LATEST_AT_PRINTER);
      params[':printer'] = f.printerId;
    }
    const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const [rows, count] = await Promise.all([
      this.db.all<{ id: number }>(
        `SELECT j.id FROM jobs j ${clause} ORDER BY j.id DESC LIMIT :limit OFFSET :offset`,
        { ...params, ':limit': f.limit, ':offset': f.offset },
      ),
      this.db.get<{ n: number }>(`SELECT count(*) AS n FROM jobs j ${clause}`, params),
    ]);
    return { ids: rows.map((r) => r.id), total: count?.n ?? 0 };
  }
}
