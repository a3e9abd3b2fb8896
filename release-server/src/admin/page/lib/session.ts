import { rememberedLanguage } from '../../../web/language';

/**
 * What the page remembers in the browser. A signed-in account's session is an HttpOnly cookie the page
 * never sees (its CSRF token stays in memory). The admin token, the second way in, lives in
 * sessionStorage: this tab only, gone when it closes. The language choice is kept for next time.
 * Storage can be refused (private modes, policies): then nothing is remembered.
 */
const TOKEN = 'quire.admin.token';

function attempt<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

export const loadToken = (): string | null => attempt(() => sessionStorage.getItem(TOKEN), null);
export const saveToken = (token: string): void =>
  attempt(() => sessionStorage.setItem(TOKEN, token), undefined);
export const clearToken = (): void => attempt(() => sessionStorage.removeItem(TOKEN), undefined);

export const { save: saveLanguage, initial: initialLanguage } = rememberedLanguage('quire.admin.language');
