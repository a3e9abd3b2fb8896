import type { Language } from '@quire/protocol';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { STRINGS, type Strings } from './i18n';

export const StringsContext = createContext<Strings>(STRINGS.en);

/** The words of the page's language. */
export const useStrings = (): Strings => useContext(StringsContext);

/**
 * The words of one section in the page's language. Sections keep their own words next to their code
 * (`sections/<id>/words.ts`: one typed table per language, checked by i18n.test.ts like the shell's), so
 * that a section's words travel with it.
 */
export function useWords<T>(tables: Readonly<Record<Language, T>>): T {
  return tables[useContext(StringsContext).lang];
}
