import type { AuthSession } from '@quire/protocol';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../lib/api-client';
import { logIn } from '../../lib/auth-api';
import { errorText } from '../../lib/error-text';
import type { SignInReason, Strings } from '../../lib/i18n';
import { useStrings } from '../../lib/use-strings';

interface Props {
  reason: SignInReason | null;
  onSignedIn: (session: AuthSession) => void;
}

/** "Try again in 42 seconds." → 42: the server says how long an account or address is blocked. */
const waitSeconds = (message: string): number | null => {
  const m = /(\d+) seconds?/.exec(message);
  return m ? Number(m[1]) : null;
};

type Problem = SignInReason | 'login' | 'password' | { error: unknown };

function problemText(p: Problem, t: Strings): string {
  if (typeof p === 'string')
    return p === 'login' || p === 'password' ? t.account.missing[p] : t.signIn.reasons[p];
  const e = p.error;
  if (e instanceof ApiError) {
    if (e.code === 'bad-credentials') return t.account.wrong;
    if (e.code === 'too-many-attempts') {
      const s = waitSeconds(e.message);
      return s === null ? e.message : t.account.tooMany(s);
    }
    if (e.code === 'network') return t.signIn.reasons.unreachable;
  }
  return errorText(e, t);
}

/**
 * Signing in with an account (issue 5): an email or short name and a password, `POST /api/auth/login`.
 * The session lives in an HttpOnly cookie; what the page keeps is who signed in and the CSRF token,
 * in memory only. A refusal is said in words (wrong password; too many attempts, for how long).
 */
export function AccountForm({ reason, onSignedIn }: Props) {
  const t = useStrings();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(reason);
  const login = useRef<HTMLInputElement>(null);
  const password = useRef<HTMLInputElement>(null);
  useEffect(() => login.current?.focus(), []);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const body = { login: login.current?.value.trim() ?? '', password: password.current?.value ?? '' };
    if (body.login === '' || body.password === '') {
      const missing = body.login === '' ? 'login' : 'password';
      setProblem(missing);
      (missing === 'login' ? login : password).current?.focus();
      return;
    }
    setBusy(true);
    try {
      onSignedIn(await logIn(body));
      return;
    } catch (error) {
      setProblem({ error });
    }
    setBusy(false);
    password.current?.select();
  };

  // A refused sign-in marks both fields: the server does not say which was wrong, on purpose.
  const refused = typeof problem === 'object' && problem !== null;
  const invalid = (field: 'login' | 'password') => (refused || problem === field ? 'true' : undefined);
  return (
    <form class="sign-in-form" onSubmit={submit} aria-labelledby="sign-in-title" noValidate>
      <h1 id="sign-in-title">{t.signIn.title}</h1>
      <p>{t.account.intro}</p>
      <label for="login">{t.account.login}</label>
      <input
        ref={login}
        id="login"
        name="username"
        type="text"
        autoComplete="username"
        spellcheck={false}
        aria-describedby="sign-in-problem"
        aria-invalid={invalid('login')}
        data-testid="login"
      />
      <label for="password">{t.account.password}</label>
      <input
        ref={password}
        id="password"
        name="password"
        type="password"
        autoComplete="current-password"
        aria-describedby="sign-in-problem"
        aria-invalid={invalid('password')}
        data-testid="password"
      />
      <p id="sign-in-problem" class="problem" role="alert" data-testid="sign-in-problem">
        {problem === null ? null : problemText(problem, t)}
      </p>
      <button type="submit" class="primary" aria-disabled={busy ? 'true' : undefined} data-testid="sign-in">
        {busy ? t.signIn.checking : t.signIn.submit}
      </button>
    </form>
  );
}
