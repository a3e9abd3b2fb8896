import { errorText } from '../../lib/error-text';
import { formatTime } from '../../lib/format';
import type { Refresh } from '../../lib/use-refresh';
import { useStrings } from '../../lib/use-strings';

/**
 * Where a refreshing view stands, in words: loading, failed (with a way to try again), shown as it was
 * when the server stopped answering, or when it was last updated.
 */
export function LoadState({ refresh }: { refresh: Refresh<unknown> }) {
  const t = useStrings();
  const { data, error, updatedAt } = refresh;
  const now = Date.now();
  if (data === null && error === null) return <p class="load muted">{t.load.loading}</p>;
  if (error !== null) {
    const when = updatedAt === null ? null : formatTime(new Date(updatedAt).toISOString(), t, now);
    return (
      <div class="load load-error" role="alert" data-testid="load-error">
        <p>
          {errorText(error, t)} {when !== null && t.load.stale(when)}
        </p>
        <button type="button" onClick={refresh.reload}>
          {t.load.retry}
        </button>
      </div>
    );
  }
  return (
    <p class="load muted" data-testid="updated">
      {updatedAt !== null &&
        t.load.updated(formatTime(new Date(updatedAt).toISOString(), t, now), refresh.everyMs / 1000)}
    </p>
  );
}
