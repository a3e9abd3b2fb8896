import { AppError } from '@quire/protocol';
import type { Database } from '../adapters/sqlite/database';
import { displayNameOf, type UserRecord, type UserStore } from '../adapters/sqlite/user-store';
import type { PanelSettingsService } from './panel-settings';

export interface DelegateView {
  email: string;
  displayName: string;
}

/**
 * Who may release whose jobs (PRODUCT.md §4): the rules of `PUT /api/admin/users/:email/delegates` for a
 * person naming their own delegates at /my/. Every name must be someone (email or short name); nobody
 * is their own delegate; the list replaces the old one in one transaction.
 */
export class DelegatesService {
  constructor(
    private readonly d: { db: Database; users: UserStore; settings: Pick<PanelSettingsService, 'policies'> },
  ) {}

  /** Whether the company's delegation policy lets delegates see anything (PRODUCT.md §10). */
  async enabled(): Promise<boolean> {
    return (await this.d.settings.policies()).delegation;
  }

  async of(owner: UserRecord): Promise<DelegateView[]> {
    return (await this.d.users.delegatesOf(owner.id)).map(view);
  }

  /** Replaces `owner`'s delegates with the people `names` name; nothing changes if one is refused. */
  async replace(owner: UserRecord, names: readonly string[]): Promise<DelegateView[]> {
    const ids: number[] = [];
    for (const name of names) {
      const delegate = await this.d.users.findByName(name);
      if (!delegate) throw new AppError('not-found', `No one has the email or short name “${name.trim()}”.`);
      if (delegate.id === owner.id) throw new AppError('bad-request', 'You cannot be your own delegate.');
      ids.push(delegate.id);
    }
    await this.d.db.transaction((tx) => this.d.users.setDelegates(tx, owner.id, ids));
    return this.of(owner);
  }
}

const view = (u: UserRecord): DelegateView => ({ email: u.email, displayName: displayNameOf(u) });
