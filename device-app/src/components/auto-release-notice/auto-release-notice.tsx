import { type AutoRelease, autoReleasePending } from '../../lib/panel-state';
import { useStrings } from '../../lib/use-strings';

/**
 * Under the automatic-release policy every held job prints at sign-in: this says so at once ("Printing all
 * your jobs…"), counts them as they print, and says how it ended.
 */
export function AutoReleaseNotice({ release }: { release: AutoRelease }) {
  const t = useStrings();
  const count = release.jobIds.length;
  const pending = autoReleasePending(release);
  const text = pending
    ? `${t.auto.printing(count)} ${release.printed.length > 0 ? t.auto.progress(release.printed.length, count) : ''}`
    : t.auto.done(release.printed.length, release.failed.length);
  const tone = pending ? 'busy' : release.failed.length > 0 ? 'error' : 'ok';
  return (
    <div class={`notice tone-${tone}`} role="status" data-testid="auto-release">
      {text.trim()}
    </div>
  );
}
