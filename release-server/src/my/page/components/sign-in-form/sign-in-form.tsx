import type { AuthSession } from '@quire/protocol';
import { PasswordSignIn, type SignInProblem } from '../../../../web/password-sign-in';
import { signIn } from '../../lib/api';
import { errorText } from '../../lib/error-text';
import type { SignInReason, Strings } from '../../lib/i18n';
import { useStrings } from '../../lib/use-strings';

interface Props {
  /** Why the form is shown again (session ended, signed out…), null on a first visit. */
  reason: SignInReason | null;
  onSignedIn: (session: AuthSession) => void;
}

function problemText(p: SignInProblem<SignInReason>, t: Strings): string {
  switch (p.kind) {
    case 'reason':
      return t.signIn.reasons[p.reason];
    case 'missing':
      return t.signIn.reasons.empty;
    case 'wrong':
      return t.signIn.reasons.wrong;
    case 'too-many':
      return t.signIn.reasons['too-many'];
    case 'unreachable':
      return t.signIn.reasons.unreachable;
    case 'error':
      return errorText(p.error, t);
    default:
      return p satisfies never;
  }
}

/** Email or short name and password (issue 5: web sign-in), the admin page's form in this page's words. */
export function SignInForm({ reason, onSignedIn }: Props) {
  const t = useStrings();
  return (
    <PasswordSignIn
      class="sign-in card"
      words={t.signIn}
      describe={(p) => problemText(p, t)}
      logIn={signIn}
      onSignedIn={onSignedIn}
      reason={reason}
    />
  );
}
