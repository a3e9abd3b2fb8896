import type { QuotaLeftView } from '@quire/protocol';
import { sumAmounts } from '../../lib/money';
import { allJobs, type JobList } from '../../lib/panel-state';
import { useStrings } from '../../lib/use-strings';

/** The cost of what is selected and the quota left this month, total and colour (PRODUCT.md §5.2). */
export function SummaryBar({ jobs, selected }: { jobs: JobList | null; selected: readonly number[] }) {
  const t = useStrings().money;
  if (!jobs || (jobs.currency === null && jobs.quota === null)) return null;
  const picked = new Set(selected);
  const costs = allJobs(jobs).flatMap((job) => (picked.has(job.id) && job.cost !== null ? [job.cost] : []));
  const currency = jobs.currency;
  const quota = jobs.quota;
  const amount = (value: string): string => t.format(value, quota?.currency ?? currency ?? 'EUR');
  const left = (l: QuotaLeftView, color: boolean): string | null => {
    switch (l.kind) {
      case 'unlimited':
        return null;
      case 'disabled':
        return color ? t.colorOff : t.printingOff;
      case 'impressions':
        return color ? t.colorLeft(l.left) : t.pagesLeft(l.left);
      case 'money':
        return color ? t.colorMoneyLeft(amount(l.left)) : t.moneyLeft(amount(l.left));
      default:
        return l satisfies never;
    }
  };
  const total = quota && left(quota.total, false);
  // Colour "left" says nothing new when it is the same as the total or the total is off.
  const color =
    quota && quota.total.kind !== 'disabled' && JSON.stringify(quota.color) !== JSON.stringify(quota.total)
      ? left(quota.color, true)
      : null;
  return (
    <div class="summary">
      {currency && costs.length > 0 && (
        <span data-testid="selection-total">{t.selected(t.format(sumAmounts(costs), currency))}</span>
      )}
      {total && (
        <span data-testid="quota-left" class="quota">
          {[total, color].filter(Boolean).join(', ')}
        </span>
      )}
    </div>
  );
}
