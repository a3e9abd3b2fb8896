import { useStrings } from '../../lib/use-strings';

/** Over whatever screen is showing, so a dropped connection never blanks the panel (PRODUCT.md §5.7). */
export function OfflineBanner() {
  const t = useStrings();
  return (
    <div class="banner" role="alert" data-testid="offline-banner">
      {t.offline}
    </div>
  );
}
