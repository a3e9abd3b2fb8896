import type { Language } from '@quire/protocol';
import { otherLanguage, STRINGS } from '../../lib/i18n';
import { useStrings } from '../../lib/use-strings';

interface Props {
  /** Shows "Sign out" when signed in. */
  onSignOut: (() => void) | null;
  onLanguage: (language: Language) => void;
}

/** The banner of every view: the product and the server it administers, the language, sign-out. */
export function SiteHeader({ onSignOut, onLanguage }: Props) {
  const t = useStrings();
  const other = STRINGS[otherLanguage(t.lang)];
  return (
    <header class="site-header">
      <p class="brand">
        <span class="product">{t.product}</span> <span class="area">{t.area}</span>
      </p>
      <p class="server" data-testid="server">
        {t.server(location.host)}
      </p>
      <div class="header-actions">
        <button
          type="button"
          class="link-button"
          lang={other.lang}
          aria-label={other.switchHere}
          data-testid="language"
          onClick={() => onLanguage(other.lang)}
        >
          {other.name}
        </button>
        {onSignOut && (
          <button type="button" class="link-button" data-testid="sign-out" onClick={onSignOut}>
            {t.signOut}
          </button>
        )}
      </div>
    </header>
  );
}
