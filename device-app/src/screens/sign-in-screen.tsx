import { StatusLine } from '../components/status-line';
import type { StatusMessage } from '../lib/panel-state';
import { useStrings } from '../lib/use-strings';

export interface SignInScreenProps {
  printer: string;
  status: StatusMessage | null;
}

/** "Tap your badge": the reader types into the page wherever focus is (use-badge-input.ts). */
export function SignInScreen({ printer, status }: SignInScreenProps) {
  const t = useStrings();
  const unknownBadge = status?.kind === 'error' && status.error.code === 'unknown-badge';
  return (
    <main class="screen sign-in" data-testid="badge-prompt">
      <div class="sign-in-body">
        <div class="badge-icon" aria-hidden="true" />
        <h1>{t.signIn.prompt}</h1>
        <p class="sign-in-printer">{t.signIn.printer(printer)}</p>
        <p class="hint">{unknownBadge ? t.signIn.unknownBadge : t.signIn.hint}</p>
      </div>
      <StatusLine status={status} />
    </main>
  );
}
