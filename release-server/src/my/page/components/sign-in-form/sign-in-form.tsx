import type { AuthSession } from '@quire/protocol';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, signIn } from '../../lib/api';
import { errorText } from '../../lib/error-text';
import type { SignInReason } from '../../lib/i18n';
import { useStrings } from '../../lib/use-strings';

interface Props {
  /** Why the form is shown again (session ended, signed out…), null on a first visit. */
  reason: SignInReason | null;
  onSignedIn: (session: AuthSession) => void;
}

/** Email or short name and password (issue 5: web sign-in); what went wrong is said in words, here. */
export function SignInForm({ reason, onSignedIn }: Props) {
  const t = useStrings();
  const [busy, setBusy] = useState(false);
  // A reason or an error, not words, so that switching the language rewords it.
  const [problem, setProblem] = useState<SignInReason | { error: unknown } | null>(reason);
  const login = useRef<HTMLInputElement>(null);
  const password = useRef<HTMLInputElement>(null);
  useEffect(() => login.current?.focus(), []);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const name = login.current?.value.trim() ?? '';
    const secret = password.current?.value ?? '';
    if (name === '' || secret === '') {
      setProblem('empty');
      (name === '' ? login : password).current?.focus();
      return;
    }
    setBusy(true);
    try {
      onSignedIn(await signIn(name, secret));
      return;
    } catch (error) {
      const code = error instanceof ApiError ? error.code : null;
      setProblem(
        code === 'bad-credentials'
          ? 'wrong'
          : code === 'too-many-attempts'
            ? 'too-many'
            : code === 'network'
              ? 'unreachable'
              : { error },
      );
    }
    setBusy(false);
    password.current?.select();
    password.current?.focus();
  };

  const words =
    problem === null
      ? null
      : typeof problem === 'string'
        ? t.signIn.reasons[problem]
        : errorText(problem.error, t);
  const invalid = problem !== null && problem !== 'signed-out' ? 'true' : undefined;
  return (
    <form class="sign-in card" onSubmit={submit} aria-labelledby="sign-in-title" noValidate>
      <h1 id="sign-in-title">{t.signIn.title}</h1>
      <p>{t.signIn.intro}</p>
      <label for="login">{t.signIn.login}</label>
      <input
        ref={login}
        id="login"
        name="username"
        type="text"
        autocomplete="username"
        autocapitalize="none"
        spellcheck={false}
        aria-invalid={invalid}
        aria-describedby="sign-in-problem"
        data-testid="login"
      />
      <label for="password">{t.signIn.password}</label>
      <input
        ref={password}
        id="password"
        name="password"
        type="password"
        autocomplete="current-password"
        aria-invalid={invalid}
        aria-describedby="sign-in-problem"
        data-testid="password"
      />
      <p id="sign-in-problem" class="problem" role="alert" data-testid="sign-in-problem">
        {words}
      </p>
      <button type="submit" class="primary" aria-disabled={busy ? 'true' : undefined} data-testid="sign-in">
        {busy ? t.signIn.checking : t.signIn.submit}
      </button>
    </form>
  );
}
