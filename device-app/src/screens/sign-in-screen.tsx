import type { Language } from '@quire/protocol';
import { LanguageButton } from '../components/language-button';
import { StatusLine } from '../components/status-line';
import type { StatusMessage } from '../lib/panel-state';
import { useStrings } from '../lib/use-strings';

export interface SignInScreenProps {
  printer: string;
  status: StatusMessage | null;
  language: Language;
  onLanguage(to: Language): void;
  /** Opens the username + password form (the fallback without a badge). */
  onWithoutBadge(): void;
}

/** "Tap your badge": the reader types into the page wherever focus is (use-badge-input.ts). */
export function SignInScreen({ printer, status, language, onLanguage, onWithoutBadge }: SignInScreenProps) {
  const t = useStrings();
  return (
    <main class="screen sign-in" data-testid="badge-prompt">
      <div class="corner">
        <LanguageButton language={language} onSwitch={onLanguage} />
      </div>
      <div class="sign-in-body">
        <div class="badge-icon" aria-hidden="true" />
        <h1>{t.signIn.prompt}</h1>
        <p class="sign-in-printer">{t.signIn.printer(printer)}</p>
        <p class="hint">{t.signIn.hint}</p>
        <button type="button" class="link" data-testid="without-badge" onClick={onWithoutBadge}>
          {t.signIn.withoutBadge}
        </button>
      </div>
      <StatusLine status={status} />
    </main>
  );
}
