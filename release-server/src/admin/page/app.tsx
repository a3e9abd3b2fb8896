import type { Language } from '@quire/protocol';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { SideNav } from './components/side-nav';
import { SignInView } from './components/sign-in-form';
import { SiteHeader } from './components/site-header';
import { errorText } from './lib/error-text';
import { STRINGS } from './lib/i18n';
import { ADMIN_ONLY, routeHash } from './lib/route';
import { saveLanguage } from './lib/session';
import { AccessContext, accessFor } from './lib/use-access';
import { ApiContext } from './lib/use-api';
import { useAuth } from './lib/use-auth';
import { useRoute } from './lib/use-route';
import { StringsContext } from './lib/use-strings';
import { SECTION_VIEWS } from './sections';

/**
 * The admin page's shell in the style of a printer's embedded web server (issue 5): a banner with the
 * product, the server and who is signed in, the sections on the left, the view on the right. Signed in
 * with an account (session cookie) or the admin token; back to the sign-in form on any 401.
 */
export function App({ initialLanguage }: { initialLanguage: Language }) {
  const [language, setLanguage] = useState(initialLanguage);
  const t = STRINGS[language];
  const auth = useAuth();
  const { api, who, state } = auth;
  const route = useRoute();
  const [notice, setNotice] = useState<unknown>(null);

  // Before paint: a screen reader must never read French words with English rules.
  useLayoutEffect(() => {
    document.documentElement.lang = t.lang;
  }, [t]);

  // A new view (not a new filter), or signing in, moves focus to the view's title, so that a screen
  // reader says where it is. The sign-in forms focus their own first field.
  const viewKey = `${api ? 'in' : 'out'}:${route.section}/${route.path.join('/')}`;
  const lastView = useRef(viewKey);
  useEffect(() => {
    if (lastView.current === viewKey) return;
    lastView.current = viewKey;
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [viewKey]);

  // The tab's title names the view: "sim-color – Fleet – Quire administration". A view of the section's
  // own (`-new`, `-groups`: no name of a thing) is named by the section.
  const thing = route.path.slice(0, 1).filter((p) => !p.startsWith('-'));
  const where =
    api === null
      ? [t.signIn.title]
      : [...thing, route.section ? t.nav.sections[route.section] : t.notFound.title];
  const title = [...where, t.title].join(' – ');
  useLayoutEffect(() => {
    document.title = title;
  }, [title]);

  const switchLanguage = (next: Language) => {
    saveLanguage(next);
    setLanguage(next);
  };
  const signOut = () => {
    setNotice(null);
    auth.signOut().catch((error: unknown) => setNotice(error));
  };
  // A button, not a `#main` link: the hash names the view.
  const skip = () => document.getElementById('main')?.focus();

  const access = accessFor(who?.role ?? 'user');
  const allowed = route.section && (access.role === 'administrator' || !ADMIN_ONLY.has(route.section));
  const View = allowed ? SECTION_VIEWS[route.section!] : null;
  return (
    <StringsContext.Provider value={t}>
      <button type="button" class="skip" onClick={skip}>
        {t.skip}
      </button>
      <SiteHeader who={who} onSignOut={api ? signOut : null} onLanguage={switchLanguage} />
      {notice !== null && (
        <p class="shell-notice" role="alert">
          {t.account.signOutFailed(errorText(notice, t))}
        </p>
      )}
      {state.kind === 'checking' ? (
        <main id="main" tabIndex={-1} class="main signed-out">
          <p class="load muted">{t.load.loading}</p>
        </main>
      ) : state.kind === 'out' ? (
        <main id="main" tabIndex={-1} class="main signed-out">
          <SignInView
            key={`${state.mode}:${state.reason}`}
            mode={state.mode}
            reason={state.reason}
            onSession={auth.signedIn}
            onToken={auth.signedInWithToken}
          />
        </main>
      ) : access.role === 'user' ? (
        <main id="main" tabIndex={-1} class="main signed-out">
          <div class="sign-in">
            <h1 tabIndex={-1}>{t.account.noAccess.title}</h1>
            <p>{t.account.noAccess.body}</p>
            <p>
              <a href="/my/">{t.account.noAccess.link}</a>
            </p>
          </div>
        </main>
      ) : (
        <ApiContext.Provider value={api}>
          <AccessContext.Provider value={access}>
            <div class="layout">
              <SideNav current={route.section} role={access.role} />
              <main id="main" tabIndex={-1} class="main">
                {View ? (
                  <View route={route} />
                ) : (
                  <>
                    <h1 tabIndex={-1}>{t.notFound.title}</h1>
                    <p>{route.section ? t.access.adminOnly : t.notFound.body}</p>
                    <p>
                      <a href={routeHash('fleet')}>{t.notFound.home}</a>
                    </p>
                  </>
                )}
              </main>
            </div>
          </AccessContext.Provider>
        </ApiContext.Provider>
      )}
    </StringsContext.Provider>
  );
}
