import type { JSX } from 'preact';
import { OfflineBanner } from './components/offline-banner';
import { useBadgeInput } from './lib/use-badge-input';
import { INACTIVITY_SIGN_OUT_MS, useInactivity } from './lib/use-inactivity';
import { usePanel } from './lib/use-panel';
import { ConnectionScreen, RejectedScreen } from './screens/connection-screen';
import { JobListScreen } from './screens/job-list-screen';
import { SignInScreen } from './screens/sign-in-screen';

/** The panel of one printer: picks the screen from the connection and the session. */
export function App({ printer }: { printer: string }) {
  const { state, actions } = usePanel(printer);
  const signedIn = state.user !== null;
  useBadgeInput(actions.badge);
  useInactivity(signedIn, INACTIVITY_SIGN_OUT_MS, () => actions.signOut('inactive'));

  const { connection } = state;
  let screen: JSX.Element;
  if (connection.state === 'rejected') screen = <RejectedScreen error={connection.error} printer={printer} />;
  else if (!state.everOnline) screen = <ConnectionScreen status={connection} />;
  else if (!signedIn)
    screen = <SignInScreen printer={state.printer?.name ?? printer} status={state.status} />;
  else screen = <JobListScreen state={state} actions={actions} />;

  return (
    <div class="app">
      {connection.state === 'offline' && <OfflineBanner />}
      {screen}
    </div>
  );
}
