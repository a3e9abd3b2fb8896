import type { AuthSession } from '@quire/protocol';
import { useState } from 'preact/hooks';
import type { SignInReason } from '../../lib/i18n';
import { useStrings } from '../../lib/use-strings';
import { AccountForm } from './account-form';
import { SetupForm } from './setup-form';
import { TokenForm } from './token-form';

export type SignInMode = 'account' | 'setup' | 'token';

/** The ways in, in the order offered. */
const MODES: readonly SignInMode[] = ['setup', 'account', 'token'];

interface Props {
  /** The form first shown: the first-run form while no administrator exists, else the account one. */
  mode: SignInMode;
  /** Why the page asks again (session ended, signed out...), null on a first visit. */
  reason: SignInReason | null;
  onSession: (session: AuthSession) => void;
  onToken: (token: string) => void;
}

/**
 * The ways in (issue 5): an account (or, on a new server, the first administrator's form), and, below,
 * the admin token for scripts and the demo. One form at a time; a button for each other way switches.
 */
export function SignInView({ mode: initial, reason, onSession, onToken }: Props) {
  const t = useStrings();
  const [mode, setMode] = useState(initial);
  // The reason belongs to the first form shown; another form starts without it.
  const why = mode === initial ? reason : null;
  // On a new server (no administrator yet) an account may still exist (helpdesk, made with the admin
  // token): its form stays one tap away.
  const others = (initial === 'setup' ? MODES : MODES.filter((m) => m !== 'setup')).filter((m) => m !== mode);
  return (
    <div class="sign-in">
      {mode === 'setup' ? (
        <SetupForm onSignedIn={onSession} onClosed={() => setMode('account')} />
      ) : mode === 'account' ? (
        <AccountForm reason={why} onSignedIn={onSession} />
      ) : (
        <TokenForm reason={why} onSignedIn={onToken} />
      )}
      {others.map((other) => (
        <p key={other} class="other-way">
          <button
            type="button"
            class="text-button"
            data-testid={`use-${other}`}
            onClick={() => setMode(other)}
          >
            {t.account.use[other]}
          </button>
        </p>
      ))}
    </div>
  );
}
