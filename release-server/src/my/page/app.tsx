import type { AuthSession, Language } from '@quire/protocol';
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { SignInForm } from './components/sign-in-form';
import { SiteHeader } from './components/site-header';
import { createMyApi, currentSession } from './lib/api';
import { type SignInReason, STRINGS } from './lib/i18n';
import { saveLanguage } from './lib/language';
import { StringsContext } from './lib/use-strings';
import { MyQueue } from './my-queue';

/**
 * `/my/` (issue 5 item 3): a person's own print queue. The session is the HttpOnly cookie of
 * `/api/auth`; the page keeps only what `/api/auth/me` or the sign-in answered (who, and the CSRF
 * token), in memory, and shows the sign-in form again on any 401.
 */
export function App({ initialLanguage }: { initialLanguage: Language }) {
  const [language, setLanguage] = useState(initialLanguage);
  const t = STRINGS[language];
  // undefined while the cookie is being asked about: neither the form nor the queue flashes by.
  const [session, setSession] = useState<AuthSession | null | undefined>(undefined);
  const [reason, setReason] = useState<SignInReason | null>(null);

  // Before paint: a screen reader must never read French words with English rules.
  useLayoutEffect(() => {
    document.documentElement.lang = t.lang;
    document.title = `${session ? t.title : t.signIn.title} – ${t.product}`;
  }, [t, session]);

  useEffect(() => {
    currentSession().then(setSession, () => {
      setSession(null);
      setReason('unreachable');
    });
  }, []);

  const api = useMemo(
    () =>
      session
        ? createMyApi(session, () => {
            setSession(null);
            setReason('expired');
          })
        : null,
    [session],
  );

  const signOut = async () => {
    await api?.signOut().catch(() => undefined);
    setSession(null);
    setReason('signed-out');
  };
  const skip = () => document.getElementById('main')?.focus();

  return (
    <StringsContext.Provider value={t}>
      <button type="button" class="skip" onClick={skip}>
        {t.skip}
      </button>
      <SiteHeader
        user={session?.user ?? null}
        onSignOut={signOut}
        onLanguage={(next) => {
          saveLanguage(next);
          setLanguage(next);
        }}
      />
      <main id="main" tabIndex={-1} class={api ? 'main' : 'main signed-out'}>
        {session === undefined ? (
          <p class="muted">{t.load.loading}</p>
        ) : api ? (
          <MyQueue api={api} />
        ) : (
          <SignInForm
            reason={reason}
            onSignedIn={(next) => {
              setReason(null);
              setSession(next);
            }}
          />
        )}
      </main>
    </StringsContext.Provider>
  );
}
