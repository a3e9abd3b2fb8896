import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { STRINGS, type Strings } from './i18n';

export const StringsContext = createContext<Strings>(STRINGS.en);

/** The words of the page's language. */
export const useStrings = (): Strings => useContext(StringsContext);
