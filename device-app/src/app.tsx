import type { Language } from '@quire/protocol';
import type { JSX } from 'preact';
import { useEffect } from 'preact/hooks';
import { OfflineBanner } from './components/offline-banner';
import { PrinterBanner } from './components/printer-banner';
import { STRINGS } from './lib/i18n';
import { policiesOf } from './lib/panel-state';
import { useBadgeInput } from './lib/use-badge-input';
import { useInactivity } from './lib/use-inactivity';
import { usePanel } from './lib/use-panel';
import { StringsContext } from './lib/use-strings';
import { ConnectionScreen, RejectedScreen } from './screens/connection-screen';
import { JobListScreen } from './screens/job-list-screen';
import { SignInFormScreen } from './screens/sign-in-form-screen';
import { SignInScreen } from './screens/sign-in-screen';

export interface AppProps {
  printer: string;
  /** `?lang=` in the address, which wins over the printer's configured language. */
  urlLanguage: Language | null;
  /** Until the server says which language the printer speaks. */
  fallbackLanguage: Language;
}

/** The panel of one printer: picks the language and the screen from the connection and the session. */
export function App({ printer, urlLanguage, fallbackLanguage }: AppProps) {
  const { state, actions } = usePanel(printer);
  const signedIn = state.user !== null;
  const language = state.language ?? urlLanguage ?? state.setup?.language ?? fallbackLanguage;
  const t = STRINGS[language];
  useBadgeInput(actions.badge);
  useInactivity(signedIn || state.form !== null, policiesOf(state).inactivitySeconds * 1000, () =>
    signedIn ? actions.signOut('inactive') : actions.form(null),
  );
  useEffect(() => {
    document.documentElement.lang = t.lang;
    document.title = state.setup?.homeLabel ?? t.title;
  }, [t, state.setup?.homeLabel]);

  const { connection } = state;
  let screen: JSX.Element;
  if (connection.state === 'rejected') screen = <RejectedScreen error={connection.error} printer={printer} />;
  else if (!state.everOnline) screen = <ConnectionScreen status={connection} />;
  else if (signedIn) screen = <JobListScreen state={state} actions={actions} language={language} />;
  else if (state.form)
    screen = (
      <SignInFormScreen
        key={state.form.kind}
        form={state.form}
        language={language}
        busy={state.busy}
        status={state.status}
        actions={actions}
      />
    );
  else
    screen = (
      <SignInScreen
        printer={state.printer?.name ?? printer}
        status={state.status}
        language={language}
        onLanguage={actions.language}
        onWithoutBadge={() => actions.form({ kind: 'credentials' })}
      />
    );

  return (
    <StringsContext.Provider value={t}>
      <div class="app">
        {connection.state === 'offline' && <OfflineBanner />}
        {state.everOnline && <PrinterBanner status={state.printerStatus} />}
        {screen}
      </div>
    </StringsContext.Provider>
  );
}
