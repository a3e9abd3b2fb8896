import type { GroupView, Role } from '@quire/protocol';
import type { Database, Queryable, Transaction } from './database';
import { toUser, type UserRecord, type UserRow } from './user-store';

/** A user as the admin pages show them: the record plus what only administrators see. */
export interface AdminUserRecord extends UserRecord {
  role: Role;
  customAttributes: string | null;
  hasPassword: boolean;
  groups: string[];
  createdAt: number;
  updatedAt: number;
}

interface Row extends UserRow {
  role: Role;
  custom_attributes: string | null;
  has_password: number;
  groups: string;
  created_at: number;
  updated_at: number;
}

const SELECT = `SELECT u.id, u.email, u.shortname, u.first_name, u.last_name, u.display_name, u.cost_center,
    u.department, u.role, u.custom_attributes, u.password_hash IS NOT NULL AS has_password, u.created_at,
    u.updated_at,
    (SELECT json_group_array(name) FROM (SELECT g.name FROM user_groups ug JOIN groups g ON g.id = ug.group_id
       WHERE ug.user_id = u.id ORDER BY g.name)) AS groups
  FROM users u`;

const toRecord = (r: Row): AdminUserRecord => ({
  ...toUser(r),
  role: r.role,
  customAttributes: r.custom_attributes,
  hasPassword: r.has_password === 1,
  groups: JSON.parse(r.groups) as string[],
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** The columns a search looks in (PRODUCT.md §9 fields). */
const SEARCHED = [
  'email',
  'first_name',
  'last_name',
  'display_name',
  'shortname',
  'department',
  'cost_center',
];
// LIKE ignores case for ASCII letters only: SQLite is built without ICU here, so "é" matches only "é".
const MATCH = `(${SEARCHED.map((c) => `u.${c} LIKE ?1 ESCAPE '\\'`).join(' OR ')})`;

/** `%text%` with LIKE's own wildcards taken literally. */
const likeAnywhere = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Users and groups for the admin API: search, one user in full, group counts. */
export class UserAdminStore {
  constructor(private readonly db: Database) {}

  /**
   * Users whose email, names, short name, department or cost centre contain `text`, by email. A scan of
   * the users table (a `%text%` match can use no index): tens of thousands of rows take milliseconds.
   */
  async search(
    text: string,
    limit: number,
    offset: number,
  ): Promise<{ users: AdminUserRecord[]; total: number }> {
    // ?1 is the pattern, when there is one; the statements stay the same whatever the page.
    const where = text === '' ? 'WHERE ?1 IS NULL' : `WHERE ${MATCH}`;
    const pattern = text === '' ? null : likeAnywhere(text);
    const [rows, count] = await Promise.all([
      this.db.all<Row>(`${SELECT} ${where} ORDER BY u.email LIMIT ?2 OFFSET ?3`, [pattern, limit, offset]),
      this.db.get<{ n: number }>(`SELECT count(*) AS n FROM users u ${where}`, [pattern]),
    ]);
    return { users: rows.map(toRecord), total: count?.n ?? 0 };
  }

  async byEmail(email: string, q: Queryable = this.db): Promise<AdminUserRecord | undefined> {
    const row = await q.get<Row>(`${SELECT} WHERE u.email = ?`, [email.trim().toLowerCase()]);
    return row && toRecord(row);
  }

  /** Who else already has this short name (NOCASE), if anyone. */
  async shortnameOwner(
    q: Queryable,
    shortname: string,
    exceptId: number | null,
  ): Promise<string | undefined> {
    const row = await q.get<{ email: string }>(
      'SELECT email FROM users WHERE shortname = ? AND id IS NOT ?',
      [shortname, exceptId],
    );
    return row?.email;
  }

  async groups(): Promise<GroupView[]> {
    return this.db.all<GroupView>(
      `SELECT g.name AS name, count(ug.user_id) AS members FROM groups g
       LEFT JOIN user_groups ug ON ug.group_id = g.id GROUP BY g.id ORDER BY g.name`,
    );
  }

  /** Every group name, by name. */
  async groupNames(q: Queryable = this.db): Promise<string[]> {
    return (await q.all<{ name: string }>('SELECT name FROM groups ORDER BY name')).map((r) => r.name);
  }

  /** Adds a group; false when one of that name (without regard to case) exists. */
  async addGroup(tx: Transaction, name: string): Promise<boolean> {
    return (await tx.run('INSERT OR IGNORE INTO groups (name) VALUES (?)', [name])).changes === 1;
  }

  /** Gives a group another spelling of the same name (`sales` to `Sales`). */
  async renameGroup(tx: Transaction, name: string): Promise<void> {
    await tx.run('UPDATE groups SET name = ?1 WHERE name = ?1', [name]);
  }

  /** Removes a group and every membership in it; false when there is none of that name. */
  async removeGroup(tx: Transaction, name: string): Promise<boolean> {
    return (await tx.run('DELETE FROM groups WHERE name = ?', [name])).changes === 1;
  }
}
