import type { Language } from '@quire/protocol';
import { otherLanguage, STRINGS } from '../../lib/i18n';

/** Switches the panel to the other language; it says that language's name in that language. */
export function LanguageButton({ language, onSwitch }: { language: Language; onSwitch(to: Language): void }) {
  const other = otherLanguage(language);
  return (
    <button
      type="button"
      class="language"
      lang={other}
      data-testid="language"
      onClick={() => onSwitch(other)}
    >
      {STRINGS[other].name}
    </button>
  );
}
