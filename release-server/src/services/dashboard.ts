import type { Dashboard } from '@quire/protocol';
import type { DashboardStore } from '../adapters/sqlite/dashboard-store';
import { assembleDashboard, dayBuckets } from '../domain/dashboard';
import type { AccountingService } from './accounting';

/** The admin dashboard (issue 5, PRODUCT.md §8): the last days of printing, by day in the quota time zone. */
export class DashboardService {
  constructor(
    private readonly d: {
      store: DashboardStore;
      accounting: Pick<AccountingService, 'config'>;
      /** @default () => new Date() */
      now?: () => Date;
    },
  ) {}

  async dashboard(days: number): Promise<Dashboard> {
    const { timeZone } = (await this.d.accounting.config()).policy;
    const buckets = dayBuckets(days, (this.d.now ?? (() => new Date()))(), timeZone);
    const from = buckets[0]!.start;
    const to = buckets.at(-1)!.end;
    const [rows, top] = await Promise.all([this.d.store.days(buckets), this.d.store.top(from, to)]);
    return assembleDashboard(buckets, rows, top, timeZone);
  }
}
