import { type Language, pickLanguage } from '@quire/protocol';

/**
 * A page's language, remembered in this browser under `key` for next time. Storage can be refused
 * (private modes, policies): then nothing is remembered and the page still switches.
 */
export function rememberedLanguage(key: string) {
  const load = (): string | null => {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  };
  return {
    save(language: Language): void {
      try {
        localStorage.setItem(key, language);
      } catch {
        // Not remembered.
      }
    },
    /** `?lang=` first, then the last choice here, then the browser's languages; English when none is known. */
    initial: (): Language =>
      pickLanguage([new URLSearchParams(location.search).get('lang'), load(), ...navigator.languages]) ??
      'en',
  };
}
