import {
  AppError,
  type BadgeCreated,
  type BadgePage,
  type BadgeView,
  type CreateBadgeBody,
} from '@quire/protocol';
import type { BadgeAdminStore, BadgeRecord } from '../adapters/sqlite/badge-admin-store';
import type { Database, Transaction } from '../adapters/sqlite/database';
import type { DirectoryStore } from '../adapters/sqlite/directory-store';
import type { UserStore } from '../adapters/sqlite/user-store';
import { apiWords } from '../domain/api-words';
import { type BadgeOp, planBadgeImport } from '../domain/badge-import';
import { parseEmail } from '../domain/import-values';
import type { Logger } from '../log';

interface Deps {
  db: Database;
  store: BadgeAdminStore;
  users: UserStore;
  directory: DirectoryStore;
  log: Logger;
  /** @default Date.now */
  now?: () => number;
}

export function badgeView(b: BadgeRecord, now: number): BadgeView {
  return {
    badge: b.value,
    email: b.email,
    temporary: b.temporary,
    expiresAt: b.expiresAt === null ? null : new Date(b.expiresAt).toISOString(),
    createdAt: new Date(b.createdAt).toISOString(),
    expired: b.temporary && (b.expiresAt ?? 0) <= now,
  };
}

/**
 * Badges for the admin API (issue 5). A badge registered or removed here is one line of a badges
 * import, planned by the import's planner against the directory as it is inside the write transaction:
 * the same normalisation (trimmed), the same rules (1-128 printable ASCII characters; one permanent
 * badge per user, a new one replacing the old; temporary badges expire after 24 h; a live badge of
 * someone else is refused; an expired one may be given again).
 */
export class BadgeAdminService {
  constructor(private readonly d: Deps) {}

  async list(email: string | undefined, limit: number, offset: number): Promise<BadgePage> {
    let userId: number | null = null;
    if (email !== undefined) {
      const user = await this.d.users.findByName(email);
      if (!user) throw new AppError('not-found', `There is no user ${email.slice(0, 254)}.`);
      userId = user.id;
    }
    const { badges, total } = await this.d.store.list(userId, limit, offset);
    const now = this.now();
    return { badges: badges.map((b) => badgeView(b, now)), total, limit, offset };
  }

  async create(body: CreateBadgeBody): Promise<BadgeCreated> {
    const now = this.now();
    const email = parseEmail(body.email);
    if (email.ok && !(await this.d.users.findByName(email.value))) {
      throw new AppError('not-found', `There is no user ${email.value}.`);
    }
    const row = [body.badge, 'CREATE', body.email, body.temporary ? 'true' : 'false'];
    const op = await this.d.db.transaction(async (tx) => {
      const current = await this.d.store.get(body.badge.trim(), tx);
      const live = current && (!current.temporary || (current.expiresAt ?? 0) > now);
      if (live && email.ok && current.email !== email.value) {
        throw new AppError('badge-taken', `Badge ${current.value} already belongs to ${current.email}.`);
      }
      return this.applyLine(tx, row, now);
    });
    const stored = (await this.d.store.get(op.key))!;
    this.d.log.info('badge registered', { temporary: body.temporary, replaced: Boolean(op.replaces) });
    return { ...badgeView(stored, now), replaced: op.replaces ?? null };
  }

  /** Removes a badge; returns whose it was. */
  async delete(badge: string): Promise<string> {
    const now = this.now();
    const owner = await this.d.db.transaction(async (tx) => {
      const current = await this.d.store.get(badge.trim(), tx);
      if (!current) throw new AppError('not-found', `There is no badge ${badge.trim().slice(0, 128)}.`);
      await this.applyLine(tx, [badge, 'DELETE', '', ''], now);
      return current.email;
    });
    this.d.log.info('badge deleted', {});
    return owner;
  }

  /** Plans one badges CSV line against the directory as it is in `tx`, and applies it. */
  private async applyLine(tx: Transaction, values: string[], now: number): Promise<BadgeOp> {
    const plan = planBadgeImport([{ line: 1, values }], await this.d.directory.badgeDirectory(tx), now);
    const error = plan.errors[0];
    if (error) throw new AppError('bad-request', `${apiWords(error.reason)}.`);
    await this.d.directory.applyBadges(tx, plan.ops, now);
    return plan.ops[0]!;
  }

  private now(): number {
    return (this.d.now ?? Date.now)();
  }
}
