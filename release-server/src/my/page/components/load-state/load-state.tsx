import { errorText } from '../../lib/error-text';
import type { Loaded } from '../../lib/use-load';
import { useStrings } from '../../lib/use-strings';

/** What a section shows before its data: "Loading…", or why it could not load, with a way to try again. */
export function LoadState({ loaded }: { loaded: Loaded<unknown> }) {
  const t = useStrings();
  if (loaded.error === null || loaded.error === undefined) {
    return loaded.data === null ? <p class="muted">{t.load.loading}</p> : null;
  }
  return (
    <div class="problem-box" role="alert">
      <p>{errorText(loaded.error, t)}</p>
      <button type="button" onClick={() => void loaded.reload()}>
        {t.load.retry}
      </button>
    </div>
  );
}
