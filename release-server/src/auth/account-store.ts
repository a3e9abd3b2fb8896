import type { Role } from '@quire/protocol';
import type { Database, Queryable, Transaction } from '../adapters/sqlite/database';
import { displayNameOf, toUser, type UserRecord, type UserRow } from '../adapters/sqlite/user-store';

/** An account as sign-in sees it: the user, their role, and what a session is bound to. */
export interface Account extends UserRecord {
  role: Role;
  passwordHash: string | null;
  createdAt: number;
}

interface AccountRow extends UserRow {
  role: Role;
  password_hash: string | null;
  created_at: number;
}

const COLUMNS =
  'id, email, shortname, first_name, last_name, display_name, cost_center, department, role, password_hash, created_at';

function toAccount(r: AccountRow): Account {
  return { ...toUser(r), role: r.role, passwordHash: r.password_hash, createdAt: r.created_at };
}

/** The name pages greet an account with. */
export const accountName = (a: Account): string => displayNameOf(a);

/** Accounts, roles and the first-run mark in SQLite (tables `users` and `first_run`, migration 007). */
export class AccountStore {
  constructor(private readonly db: Database) {}

  async byId(id: number, q: Queryable = this.db): Promise<Account | undefined> {
    const row = await q.get<AccountRow>(`SELECT ${COLUMNS} FROM users WHERE id = ?`, [id]);
    return row && toAccount(row);
  }

  async byEmail(email: string, q: Queryable = this.db): Promise<Account | undefined> {
    const row = await q.get<AccountRow>(`SELECT ${COLUMNS} FROM users WHERE email = ?`, [
      email.trim().toLowerCase(),
    ]);
    return row && toAccount(row);
  }

  /** The account an email or short name names, without regard to case; an email wins over a short name. */
  async byLogin(login: string, q: Queryable = this.db): Promise<Account | undefined> {
    const key = login.trim();
    if (key === '') return undefined;
    const row = await q.get<AccountRow>(
      `SELECT ${COLUMNS} FROM users WHERE email = ?1 OR shortname = ?2 ORDER BY email = ?1 DESC LIMIT 1`,
      [key.toLowerCase(), key],
    );
    return row && toAccount(row);
  }

  async countAdministrators(q: Queryable = this.db): Promise<number> {
    const row = await q.get<{ n: number }>("SELECT COUNT(*) AS n FROM users WHERE role = 'administrator'");
    return row?.n ?? 0;
  }

  async setRole(tx: Transaction, id: number, role: Role, now = Date.now()): Promise<void> {
    await tx.run('UPDATE users SET role = ?, updated_at = ? WHERE id = ?', [role, now, id]);
  }

  /** Makes an administrator account; returns it. */
  async createAdministrator(
    tx: Transaction,
    a: { email: string; name: string; passwordHash: string },
    now = Date.now(),
  ): Promise<Account> {
    const { lastId } = await tx.run(
      `INSERT INTO users (email, display_name, password_hash, role, created_at, updated_at)
       VALUES (?, ?, ?, 'administrator', ?, ?)`,
      [a.email, a.name, a.passwordHash, now, now],
    );
    return (await this.byId(lastId, tx))!;
  }

  /** Whether the first-run path has closed for good (an administrator has existed). */
  async firstRunDone(q: Queryable = this.db): Promise<boolean> {
    return (await q.get('SELECT 1 FROM first_run WHERE id = 1')) !== undefined;
  }

  /** Closes the first-run path for good; the first call names who closed it. */
  async closeFirstRun(tx: Transaction, administrator: string, now = Date.now()): Promise<void> {
    await tx.run('INSERT OR IGNORE INTO first_run (id, administrator, at) VALUES (1, ?, ?)', [
      administrator,
      now,
    ]);
  }
}
