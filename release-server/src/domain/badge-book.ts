import type { BadgeDirectory, BadgeOp, ExistingBadge } from './badge-import';
import { unreachable } from './job-state';

/**
 * The users and badges as a badges import sees them, kept up to date as each good row is planned, so
 * that the next row is checked against the state it will meet when the rows are applied in order.
 */
export class BadgeBook {
  private readonly ids: Map<string, number>;
  private readonly emails: Map<number, string>;
  private readonly badges: Map<string, ExistingBadge>;
  /** user id -> their permanent badge (PRODUCT.md §9: at most one). */
  private readonly permanent: Map<number, string>;
  /** user id -> the line of this file that gave them a permanent badge. */
  private readonly givenOn = new Map<number, number>();

  constructor(
    dir: BadgeDirectory,
    private readonly now: number,
  ) {
    this.ids = new Map(dir.users.map((u) => [u.email, u.id]));
    this.emails = new Map(dir.users.map((u) => [u.id, u.email]));
    this.badges = new Map(dir.badges.map((b) => [b.value, b]));
    this.permanent = new Map(dir.badges.filter((b) => !b.temporary).map((b) => [b.userId, b.value]));
  }

  userId(email: string): number | undefined {
    return this.ids.get(email);
  }

  email(userId: number): string {
    return this.emails.get(userId) ?? 'another user';
  }

  badge(value: string): ExistingBadge | undefined {
    return this.badges.get(value);
  }

  /** A badge that still signs someone in; an expired temporary badge is free to be given again. */
  live(badge: ExistingBadge): boolean {
    return !badge.temporary || (badge.expiresAt ?? 0) > this.now;
  }

  permanentOf(userId: number): string | undefined {
    return this.permanent.get(userId);
  }

  permanentGivenOn(userId: number): number | undefined {
    return this.givenOn.get(userId);
  }

  apply(op: BadgeOp): void {
    const current = this.badges.get(op.key);
    if (current && this.permanent.get(current.userId) === op.key) this.permanent.delete(current.userId);
    switch (op.kind) {
      case 'delete':
        this.badges.delete(op.key);
        return;
      case 'create':
      case 'update':
        if (op.replaces) this.badges.delete(op.replaces);
        this.badges.set(op.key, {
          value: op.key,
          userId: op.userId,
          temporary: op.temporary,
          expiresAt: op.expiresAt,
        });
        if (!op.temporary) {
          this.permanent.set(op.userId, op.key);
          this.givenOn.set(op.userId, op.line);
        }
        return;
      default:
        unreachable(op);
    }
  }
}
