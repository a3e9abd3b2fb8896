import type { BadgeDirectory, BadgeOp } from '../../domain/badge-import';
import { unreachable } from '../../domain/job-state';
import type { UserColumn } from '../../domain/user-fields';
import type { ExistingUser, UserOp } from '../../domain/user-import';
import type { Queryable, SqlValue, Transaction } from './database';
import type { JobStore } from './job-store';

/** 1 when a job of `users.id` is being printed (jobs_by_user_state answers it). */
const PRINTING = "EXISTS (SELECT 1 FROM jobs WHERE jobs.user_id = users.id AND jobs.state = 'releasing')";

const COLUMN: Record<UserColumn, string> = {
  firstName: 'first_name',
  lastName: 'last_name',
  displayName: 'display_name',
  shortname: 'shortname',
  customAttributes: 'custom_attributes',
  costCenter: 'cost_center',
  department: 'department',
};
const COLUMNS = Object.keys(COLUMN) as UserColumn[];

/**
 * Users, groups and badges as CSV imports read and write them. Imports are planned against the whole
 * directory (ids, emails, short names, badge values: a few tens of bytes a person), which keeps the
 * planner pure and costs one scan per import, an admin action.
 */
export class DirectoryStore {
  constructor(private readonly jobs: JobStore) {}

  users(q: Queryable): Promise<ExistingUser[]> {
    return q
      .all<Omit<ExistingUser, 'printing'> & { printing: 0 | 1 }>(
        `SELECT id, email, shortname, role, ${PRINTING} AS printing FROM users`,
      )
      .then((rows) => rows.map((r) => ({ ...r, printing: r.printing === 1 })));
  }

  /** Whether one of the user's jobs is being printed now (a user is not deleted then). */
  async printing(q: Queryable, userId: number): Promise<boolean> {
    const row = await q.get<{ printing: 0 | 1 }>(`SELECT ${PRINTING} AS printing FROM users WHERE id = ?`, [
      userId,
    ]);
    return row?.printing === 1;
  }

  async badgeDirectory(q: Queryable): Promise<BadgeDirectory> {
    const users = await q.all<{ id: number; email: string }>('SELECT id, email FROM users');
    const rows = await q.all<{
      value: string;
      user_id: number;
      temporary: number;
      expires_at: number | null;
    }>('SELECT value, user_id, temporary, expires_at FROM badges');
    const badges = rows.map((b) => ({
      value: b.value,
      userId: b.user_id,
      temporary: b.temporary !== 0,
      expiresAt: b.expires_at,
    }));
    return { users, badges };
  }

  /**
   * Applies planned user ops in order. `hashes` holds the password hash for each op line that gave a
   * password, made beforehand so that hashing never holds the write lock. Deleting a user drops their
   * badges, groups and delegations (ON DELETE CASCADE) and leaves their jobs without owner (SET NULL).
   */
  async applyUsers(
    tx: Transaction,
    ops: readonly UserOp[],
    hashes: ReadonlyMap<number, string>,
    now: number,
  ) {
    for (const op of ops) {
      switch (op.kind) {
        case 'create': {
          const { lastId } = await tx.run(
            `INSERT INTO users (email, password_hash, ${COLUMNS.map((c) => COLUMN[c]).join(', ')}, created_at, updated_at)
             VALUES (${Array.from({ length: COLUMNS.length + 4 }, () => '?').join(', ')})`,
            [op.key, hashes.get(op.line) ?? null, ...COLUMNS.map((c) => op.values[c] ?? null), now, now],
          );
          await this.setGroups(tx, lastId, op.groups);
          await this.jobs.claimOrphans(tx, lastId, op.claimNames);
          break;
        }
        case 'update': {
          const sets: [string, SqlValue][] = Object.entries(op.values).map(([c, v]) => [
            `${COLUMN[c as UserColumn]} = ?`,
            v ?? null,
          ]);
          const hash = hashes.get(op.line);
          if (hash !== undefined) sets.push(['password_hash = ?', hash]);
          sets.push(['updated_at = ?', now]);
          const params: SqlValue[] = [...sets.map(([, v]) => v), op.id];
          await tx.run(`UPDATE users SET ${sets.map(([s]) => s).join(', ')} WHERE id = ?`, params);
          if (op.groups) {
            await tx.run('DELETE FROM user_groups WHERE user_id = ?', [op.id]);
            await this.setGroups(tx, op.id, op.groups);
          }
          await this.jobs.claimOrphans(tx, op.id, op.claimNames);
          break;
        }
        case 'delete':
          await tx.run('DELETE FROM users WHERE id = ?', [op.id]);
          break;
        default:
          unreachable(op);
      }
    }
  }

  /** Adds a user to groups, creating the ones that do not exist (names compare without regard to case). */
  private async setGroups(tx: Transaction, userId: number, names: readonly string[]): Promise<void> {
    for (const name of names) {
      await tx.run('INSERT OR IGNORE INTO groups (name) VALUES (?)', [name]);
      await tx.run(
        'INSERT OR IGNORE INTO user_groups (user_id, group_id) SELECT ?, id FROM groups WHERE name = ?',
        [userId, name],
      );
    }
  }

  /** Applies planned badge ops in order; a replaced permanent badge goes before its successor arrives. */
  async applyBadges(tx: Transaction, ops: readonly BadgeOp[], now: number): Promise<void> {
    for (const op of ops) {
      switch (op.kind) {
        case 'create':
        case 'update':
          if (op.replaces) await tx.run('DELETE FROM badges WHERE value = ?', [op.replaces]);
          // A re-issued badge keeps its creation time; an expired one taken by someone else starts anew.
          await tx.run(
            `INSERT INTO badges (value, user_id, temporary, expires_at, created_at) VALUES (?, ?, ?, ?, ?)
             ON CONFLICT(value) DO UPDATE SET user_id = excluded.user_id, temporary = excluded.temporary,
               expires_at = excluded.expires_at,
               created_at = CASE WHEN user_id = excluded.user_id THEN created_at ELSE excluded.created_at END`,
            [op.key, op.userId, op.temporary ? 1 : 0, op.expiresAt, now],
          );
          break;
        case 'delete':
          await tx.run('DELETE FROM badges WHERE value = ?', [op.key]);
          break;
        default:
          unreachable(op);
      }
    }
  }
}
