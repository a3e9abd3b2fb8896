import type { Database, Queryable, Transaction } from './database';

/** A person who prints. */
export interface UserRecord {
  id: number;
  email: string;
  shortname: string | null;
  firstName: string | null;
  lastName: string | null;
  displayName: string | null;
  costCenter: string | null;
  department: string | null;
}

export interface UserRow {
  id: number;
  email: string;
  shortname: string | null;
  first_name: string | null;
  last_name: string | null;
  display_name: string | null;
  cost_center: string | null;
  department: string | null;
}

const COLUMNS = 'id, email, shortname, first_name, last_name, display_name, cost_center, department';
const U_COLUMNS = COLUMNS.split(', ')
  .map((c) => `u.${c}`)
  .join(', ');

export function toUser(r: UserRow): UserRecord {
  return {
    id: r.id,
    email: r.email,
    shortname: r.shortname,
    firstName: r.first_name,
    lastName: r.last_name,
    displayName: r.display_name,
    costCenter: r.cost_center,
    department: r.department,
  };
}

/** The name a panel greets a person with. */
export function displayNameOf(u: UserRecord): string {
  const full = [u.firstName, u.lastName].filter(Boolean).join(' ');
  return u.displayName || full || u.shortname || u.email;
}

/** The short name jobs are filed under: SHORTNAME, or the part of the email before @. */
export function loginNameOf(u: UserRecord): string {
  return u.shortname ?? u.email;
}

export class UserStore {
  constructor(private readonly db: Database) {}

  async get(id: number, q: Queryable = this.db): Promise<UserRecord | undefined> {
    const row = await q.get<UserRow>(`SELECT ${COLUMNS} FROM users WHERE id = ?`, [id]);
    return row && toUser(row);
  }

  /**
   * The user an IPP `requesting-user-name` names: their SHORTNAME or EMAIL, without regard to case
   * (issue #2). Emails are stored lower-cased; shortnames compare with NOCASE.
   */
  async findByName(name: string, q: Queryable = this.db): Promise<UserRecord | undefined> {
    const key = name.trim();
    if (key.length === 0) return undefined;
    const row = await q.get<UserRow>(
      `SELECT ${COLUMNS} FROM users WHERE email = ? OR shortname = ? LIMIT 1`,
      [key.toLowerCase(), key],
    );
    return row && toUser(row);
  }

  /** The owner of a badge that is permanent or not yet expired. */
  async findByBadge(badge: string, now = Date.now()): Promise<UserRecord | undefined> {
    const row = await this.db.get<UserRow>(
      `SELECT ${U_COLUMNS} FROM badges b JOIN users u ON u.id = b.user_id
       WHERE b.value = ? AND (b.temporary = 0 OR b.expires_at > ?)`,
      [badge, now],
    );
    return row && toUser(row);
  }

  /** A user and their password hash, for checking a password or PIN typed at a panel. */
  async credentialsOf(name: string): Promise<{ user: UserRecord; passwordHash: string | null } | undefined> {
    const user = await this.findByName(name);
    if (!user) return undefined;
    const row = await this.db.get<{ password_hash: string | null }>(
      'SELECT password_hash FROM users WHERE id = ?',
      [user.id],
    );
    return { user, passwordHash: row?.password_hash ?? null };
  }

  /** The names of the groups a user belongs to, for the accounting history. */
  async groupsOf(userId: number, q: Queryable = this.db): Promise<string[]> {
    const rows = await q.all<{ name: string }>(
      'SELECT g.name FROM user_groups ug JOIN groups g ON g.id = ug.group_id WHERE ug.user_id = ? ORDER BY g.name',
      [userId],
    );
    return rows.map((r) => r.name);
  }

  /** The people `userId` allows to release their jobs. */
  async delegatesOf(userId: number): Promise<UserRecord[]> {
    const rows = await this.db.all<UserRow>(
      `SELECT ${U_COLUMNS} FROM delegates d JOIN users u ON u.id = d.delegate_id
       WHERE d.user_id = ? ORDER BY u.email`,
      [userId],
    );
    return rows.map(toUser);
  }

  /** Replaces the people `userId` allows to release their jobs. */
  async setDelegates(tx: Transaction, userId: number, delegateIds: readonly number[]): Promise<void> {
    await tx.run('DELETE FROM delegates WHERE user_id = ?', [userId]);
    for (const id of new Set(delegateIds)) {
      await tx.run('INSERT INTO delegates (user_id, delegate_id) VALUES (?, ?)', [userId, id]);
    }
  }

  /** The users who named `delegateId` as a delegate (PRODUCT.md §4). */
  async delegatorsOf(delegateId: number): Promise<UserRecord[]> {
    const rows = await this.db.all<UserRow>(
      `SELECT ${U_COLUMNS} FROM delegates d JOIN users u ON u.id = d.user_id
       WHERE d.delegate_id = ? ORDER BY u.email`,
      [delegateId],
    );
    return rows.map(toUser);
  }
}
