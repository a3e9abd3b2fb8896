import type { Language, SessionUser } from '@quire/protocol';
import { LanguageSwitch } from '../../../../web/language-switch';
import { otherLanguage, STRINGS } from '../../lib/i18n';
import { useStrings } from '../../lib/use-strings';

interface Props {
  /** Who is signed in; null on the sign-in form. */
  user: SessionUser | null;
  onSignOut: () => void;
  onLanguage: (language: Language) => void;
}

/** The banner: the product and the page, the other language, sign-out (shown when `user` is signed in). */
export function SiteHeader({ user, onSignOut, onLanguage }: Props) {
  const t = useStrings();
  const other = STRINGS[otherLanguage(t.lang)];
  return (
    <header class="site-header">
      <p class="brand">
        <span class="product">{t.product}</span> <span class="area">{t.title}</span>
      </p>
      <div class="header-actions">
        <LanguageSwitch other={other} onLanguage={onLanguage} />
        {user && (
          <button type="button" class="link-button" data-testid="sign-out" onClick={onSignOut}>
            {t.signOut}
          </button>
        )}
      </div>
    </header>
  );
}
