import { errorText } from '../../lib/error-text';
import type { Load } from '../../lib/use-load';
import { useStrings } from '../../lib/use-strings';

/** A view loaded once: "Loading…", or what went wrong with a way to try again; nothing once loaded. */
export function LoadFailure({ load }: { load: Load<unknown> }) {
  const t = useStrings();
  if (load.data !== null) return null;
  if (load.error === null) return <p class="load muted">{t.load.loading}</p>;
  return (
    <div class="load load-error" role="alert" data-testid="load-error">
      <p>{errorText(load.error, t)}</p>
      <button type="button" onClick={load.reload}>
        {t.load.retry}
      </button>
    </div>
  );
}
