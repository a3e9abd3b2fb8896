import type { Language, Role } from '@quire/protocol';
import { LanguageSwitch } from '../../../../web/language-switch';
import { otherLanguage, STRINGS } from '../../lib/i18n';
import { useStrings } from '../../lib/use-strings';

interface Props {
  /** Who is signed in: a name (null for the admin token) and a role. */
  who: { name: string | null; role: Role } | null;
  /** Shows "Sign out" when signed in. */
  onSignOut: (() => void) | null;
  onLanguage: (language: Language) => void;
}

/** The banner of every view: the product and the server it administers, who is signed in, the language, sign-out. */
export function SiteHeader({ who, onSignOut, onLanguage }: Props) {
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
        {who && (
          <p class="who" data-testid="who">
            {t.account.who(who.name ?? t.account.tokenName, t.account.roles[who.role])}
          </p>
        )}
        <LanguageSwitch other={other} onLanguage={onLanguage} />
        {onSignOut && (
          <button type="button" class="link-button" data-testid="sign-out" onClick={onSignOut}>
            {t.signOut}
          </button>
        )}
      </div>
    </header>
  );
}
