import type { Database, Queryable } from './database';

/** A badge with its owner, as the admin API lists them. */
export interface BadgeRecord {
  value: string;
  email: string;
  temporary: boolean;
  expiresAt: number | null;
  createdAt: number;
}

interface Row {
  value: string;
  email: string;
  temporary: number;
  expires_at: number | null;
  created_at: number;
}

const toRecord = (r: Row): BadgeRecord => ({
  value: r.value,
  email: r.email,
  temporary: r.temporary === 1,
  expiresAt: r.expires_at,
  createdAt: r.created_at,
});

const SELECT = `SELECT b.value, u.email, b.temporary, b.expires_at, b.created_at
  FROM badges b JOIN users u ON u.id = b.user_id`;

/** Badges for the admin API. Registering and removing them goes through the badges import's planner. */
export class BadgeAdminStore {
  constructor(private readonly db: Database) {}

  /** Badges of one user (`userId`) or of everyone (null), by owner then value. */
  async list(
    userId: number | null,
    limit: number,
    offset: number,
  ): Promise<{ badges: BadgeRecord[]; total: number }> {
    // Two statements, not `?1 IS NULL OR ...`, so that one user's badges come from badges_by_user.
    const where = userId === null ? 'WHERE ?1 IS NULL' : 'WHERE b.user_id = ?1';
    const [rows, count] = await Promise.all([
      this.db.all<Row>(`${SELECT} ${where} ORDER BY u.email, b.value LIMIT ?2 OFFSET ?3`, [
        userId,
        limit,
        offset,
      ]),
      this.db.get<{ n: number }>(`SELECT count(*) AS n FROM badges b ${where}`, [userId]),
    ]);
    return { badges: rows.map(toRecord), total: count?.n ?? 0 };
  }

  async get(value: string, q: Queryable = this.db): Promise<BadgeRecord | undefined> {
    const row = await q.get<Row>(`${SELECT} WHERE b.value = ?`, [value]);
    return row && toRecord(row);
  }
}
