import type { Language } from '@quire/protocol';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { SideNav } from './components/side-nav';
import { SignInForm } from './components/sign-in-form';
import { SiteHeader } from './components/site-header';
import { createApiClient } from './lib/api-client';
import { type SignInReason, STRINGS } from './lib/i18n';
import { routeHash } from './lib/route';
import { clearToken, loadToken, saveLanguage, saveToken } from './lib/session';
import { ApiContext } from './lib/use-api';
import { useRoute } from './lib/use-route';
import { StringsContext } from './lib/use-strings';
import { SECTION_VIEWS } from './sections';

/**
 * The admin page's shell in the style of a printer's embedded web server (issue 5): a banner with the
 * product and the server, the sections on the left, the view on the right; signed in with the admin
 * token (kept for this tab), signed out again on any 401.
 */
export function App({ initialLanguage }: { initialLanguage: Language }) {
  const [language, setLanguage] = useState(initialLanguage);
  const t = STRINGS[language];
  const [token, setToken] = useState(loadToken);
  const [reason, setReason] = useState<SignInReason | null>(null);
  const route = useRoute();

  // Before paint: a screen reader must never read French words with English rules.
  useLayoutEffect(() => {
    document.documentElement.lang = t.lang;
  }, [t]);

  const api = useMemo(
    () =>
      token === null
        ? null
        : createApiClient({
            token,
            onUnauthorized: () => {
              clearToken();
              setToken(null);
              setReason('expired');
            },
          }),
    [token],
  );

  // A new view (not a new filter), or signing in, moves focus to the view's title, so that a screen
  // reader says where it is. The sign-in form focuses its own field.
  const viewKey = `${api ? 'in' : 'out'}:${route.section}/${route.path.join('/')}`;
  const lastView = useRef(viewKey);
  useEffect(() => {
    if (lastView.current === viewKey) return;
    lastView.current = viewKey;
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [viewKey]);

  // The tab's title names the view: "sim-color – Fleet – Quire administration".
  const where =
    api === null
      ? [t.signIn.title]
      : [...route.path.slice(0, 1), route.section ? t.nav.sections[route.section] : t.notFound.title];
  const title = [...where, t.title].join(' – ');
  useLayoutEffect(() => {
    document.title = title;
  }, [title]);

  const switchLanguage = (next: Language) => {
    saveLanguage(next);
    setLanguage(next);
  };
  const signOut = () => {
    clearToken();
    setToken(null);
    setReason('signed-out');
  };
  // A button, not a `#main` link: the hash names the view.
  const skip = () => document.getElementById('main')?.focus();

  const View = route.section && SECTION_VIEWS[route.section];
  return (
    <StringsContext.Provider value={t}>
      <button type="button" class="skip" onClick={skip}>
        {t.skip}
      </button>
      <SiteHeader onSignOut={api ? signOut : null} onLanguage={switchLanguage} />
      {api === null ? (
        <main id="main" tabIndex={-1} class="main signed-out">
          <SignInForm
            reason={reason}
            onSignedIn={(next) => {
              saveToken(next);
              setReason(null);
              setToken(next);
            }}
          />
        </main>
      ) : (
        <ApiContext.Provider value={api}>
          <div class="layout">
            <SideNav current={route.section} />
            <main id="main" tabIndex={-1} class="main">
              {View ? (
                <View route={route} />
              ) : (
                <>
                  <h1 tabIndex={-1}>{t.notFound.title}</h1>
                  <p>{t.notFound.body}</p>
                  <p>
                    <a href={routeHash('fleet')}>{t.notFound.home}</a>
                  </p>
                </>
              )}
            </main>
          </div>
        </ApiContext.Provider>
      )}
    </StringsContext.Provider>
  );
}
