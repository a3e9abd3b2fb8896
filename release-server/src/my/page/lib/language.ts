import type { Language } from '@quire/protocol';
import { pickLanguage } from './i18n';

/** The language chosen last time in this browser is kept; storage may be refused (private modes). */
const KEY = 'quire.my.language';

export function loadLanguage(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function saveLanguage(language: Language): void {
  try {
    localStorage.setItem(KEY, language);
  } catch {
    // Not remembered: the page still switches.
  }
}

/** `?lang=` first, then the last choice, then the browser's languages; English when none is known. */
export const initialLanguage = (): Language =>
  pickLanguage([new URLSearchParams(location.search).get('lang'), loadLanguage(), ...navigator.languages]) ??
  'en';
