import type { Language } from '@quire/protocol';

interface Props {
  /** The other language's words: its tag, its name in itself, what switching does said in it. */
  other: { lang: Language; name: string; switchHere: string };
  onLanguage: (language: Language) => void;
}

/** The header's button to the other language, named in that language so that its readers find it. */
export function LanguageSwitch({ other, onLanguage }: Props) {
  return (
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
  );
}
