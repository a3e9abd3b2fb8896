import type { QuotaLeftView, QuotaView } from '@quire/protocol';
import { formatMoney } from '../../lib/format';
import type { Strings } from '../../lib/i18n';
import { useStrings } from '../../lib/use-strings';

function left(l: QuotaLeftView, currency: string, t: Strings): string {
  switch (l.kind) {
    case 'unlimited':
      return t.quota.unlimited;
    case 'disabled':
      return t.quota.disabled;
    case 'impressions':
      return t.quota.impressions(l.left);
    case 'money':
      return formatMoney(t.locale, l.left, currency);
    default:
      return l satisfies never;
  }
}

/** What is left of my quota this period, in all and in colour, as the panel shows it (PRODUCT.md §5.2). */
export function QuotaBox({ quota, loaded }: { quota: QuotaView | null; loaded: boolean }) {
  const t = useStrings();
  return (
    <section class="card" aria-labelledby="quota-title" data-testid="quota">
      <h2 id="quota-title">{t.quota.title}</h2>
      {!loaded ? (
        <p class="muted">{t.load.loading}</p>
      ) : quota === null ? (
        <p>{t.quota.none}</p>
      ) : (
        <dl class="quota">
          <dt>{t.quota.total}</dt>
          <dd data-testid="quota-total">{left(quota.total, quota.currency, t)}</dd>
          <dt>{t.quota.color}</dt>
          <dd data-testid="quota-color">{left(quota.color, quota.currency, t)}</dd>
        </dl>
      )}
    </section>
  );
}
