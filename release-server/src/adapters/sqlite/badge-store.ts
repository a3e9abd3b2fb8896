import { AppError } from '@quire/protocol';
import type { Transaction } from './database';

/** Badges registered at a panel (first use of an unknown badge, PRODUCT.md §5.1). */
export class BadgeStore {
  /**
   * Makes `badge` the user's permanent badge, replacing their previous one (one permanent badge per
   * user, PRODUCT.md §9). A badge that already belongs to someone else is refused.
   */
  async registerPermanent(tx: Transaction, userId: number, badge: string, now = Date.now()): Promise<void> {
    const owner = await tx.get<{ user_id: number; temporary: number; expires_at: number | null }>(
      'SELECT user_id, temporary, expires_at FROM badges WHERE value = ?',
      [badge],
    );
    const live = owner && (owner.temporary === 0 || (owner.expires_at ?? 0) > now);
    if (live && owner.user_id !== userId) {
      throw new AppError(
        'badge-taken',
        'This badge already belongs to someone else. Ask your administrator.',
      );
    }
    await tx.run('DELETE FROM badges WHERE value = ? OR (user_id = ? AND temporary = 0)', [badge, userId]);
    await tx.run(
      'INSERT INTO badges (value, user_id, temporary, expires_at, created_at) VALUES (?, ?, 0, NULL, ?)',
      [badge, userId, now],
    );
  }
}
