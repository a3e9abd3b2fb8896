import type { StatusMessage } from '../../lib/panel-state';
import { statusText } from '../../lib/status-text';
import { useStrings } from '../../lib/use-strings';

/**
 * The one line that says what is happening. It is rendered even when empty: screen readers only announce
 * changes to a live region that was already on the page.
 */
export function StatusLine({ status }: { status: StatusMessage | null }) {
  const t = useStrings();
  const shown = status && statusText(status, t);
  return (
    <div class={`status tone-${shown ? shown.tone : 'info'}`} data-testid="status" aria-live="polite">
      {shown?.text}
    </div>
  );
}
