import type { AuthSession } from '@quire/protocol';
import { PasswordSignIn, type SignInProblem } from '../../../../web/password-sign-in';
import { logIn } from '../../lib/auth-api';
import { errorText } from '../../lib/error-text';
import type { SignInReason, Strings } from '../../lib/i18n';
import { useStrings } from '../../lib/use-strings';

interface Props {
  reason: SignInReason | null;
  onSignedIn: (session: AuthSession) => void;
}

function problemText(p: SignInProblem<SignInReason>, t: Strings): string {
  switch (p.kind) {
    case 'reason':
      return t.signIn.reasons[p.reason];
    case 'missing':
      return t.account.missing[p.field];
    case 'wrong':
      return t.account.wrong;
    case 'too-many':
      return p.seconds === null ? p.message : t.account.tooMany(p.seconds);
    case 'unreachable':
      return t.signIn.reasons.unreachable;
    case 'error':
      return errorText(p.error, t);
    default:
      return p satisfies never;
  }
}

/**
 * Signing in with an account (issue 5): an email or short name and a password, `POST /api/auth/login`,
 * in the form the web queue uses too; a refusal is said in words (wrong password; too many attempts,
 * for how long).
 */
export function AccountForm({ reason, onSignedIn }: Props) {
  const t = useStrings();
  return (
    <PasswordSignIn
      class="sign-in-form"
      words={{
        title: t.signIn.title,
        intro: t.account.intro,
        login: t.account.login,
        password: t.account.password,
        submit: t.signIn.submit,
        checking: t.signIn.checking,
      }}
      describe={(p) => problemText(p, t)}
      logIn={(login, password) => logIn({ login, password })}
      onSignedIn={onSignedIn}
      reason={reason}
    />
  );
}
