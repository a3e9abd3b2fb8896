import type { FleetStatus } from '@quire/protocol';
import { useState } from 'preact/hooks';
import { pollPrinter } from '../../lib/admin-api';
import { errorText } from '../../lib/error-text';
import { useApi } from '../../lib/use-api';
import { useStrings } from '../../lib/use-strings';

interface Props {
  printer: string;
  /** The state just read. */
  onStatus: (status: FleetStatus) => void;
  /** A sentence for the page's status line (read out by screen readers). */
  onMessage: (message: string) => void;
}

/**
 * "Get status now" (issue 6): polls the printer at once instead of waiting for the next round. While it
 * asks, the button says so and ignores more presses; it is never disabled, so focus stays on it.
 */
export function PollButton({ printer, onStatus, onMessage }: Props) {
  const t = useStrings();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const poll = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const status = await pollPrinter(api, printer);
      onStatus(status);
      onMessage(t.fleet.got(printer, t.state[status.state]));
    } catch (error) {
      onMessage(t.fleet.pollFailed(printer, errorText(error, t)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      class="poll"
      aria-label={`${t.fleet.getStatus} – ${printer}`}
      aria-disabled={busy ? 'true' : undefined}
      data-testid="poll-now"
      onClick={poll}
    >
      {busy ? t.fleet.getting : t.fleet.getStatus}
    </button>
  );
}
