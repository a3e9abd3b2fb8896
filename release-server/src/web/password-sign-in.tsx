import type { AuthSession } from '@quire/protocol';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from './api-error';

/**
 * What went wrong signing in, as a value and not as words, so that switching the language rewords it.
 * `reason` is why the page shows the form again (its own words: session ended, signed out…).
 */
export type SignInProblem<Reason extends string> =
  | { kind: 'reason'; reason: Reason }
  | { kind: 'missing'; field: 'login' | 'password' }
  | { kind: 'wrong' }
  | { kind: 'too-many'; seconds: number | null; message: string }
  | { kind: 'unreachable' }
  | { kind: 'error'; error: unknown };

export interface PasswordSignInWords {
  title: string;
  intro: string;
  login: string;
  password: string;
  submit: string;
  checking: string;
}

interface Props<Reason extends string> {
  words: PasswordSignInWords;
  /** The problem in this page's words. */
  describe: (problem: SignInProblem<Reason>) => string;
  /** `POST /api/auth/login` as this page calls it. */
  logIn: (login: string, password: string) => Promise<AuthSession>;
  onSignedIn: (session: AuthSession) => void;
  /** Why the form is shown again, null on a first visit. */
  reason: Reason | null;
  class: string;
  /** Below the button: another way in, say. */
  children?: ComponentChildren;
}

/** "Try again in 42 seconds." → 42: the server says how long an account or address is blocked. */
export const waitSeconds = (message: string): number | null => {
  const m = /(\d+) seconds?/.exec(message);
  return m ? Number(m[1]) : null;
};

/** A refused sign-in as a problem: wrong password, blocked for a while, no server, or anything else. */
export function signInProblem<Reason extends string>(error: unknown): SignInProblem<Reason> {
  if (error instanceof ApiError) {
    if (error.code === 'bad-credentials') return { kind: 'wrong' };
    if (error.code === 'too-many-attempts')
      return { kind: 'too-many', seconds: waitSeconds(error.message), message: error.message };
    if (error.code === 'network') return { kind: 'unreachable' };
  }
  return { kind: 'error', error };
}

/**
 * Signing in with an email or short name and a password (issue 5), the one form of the admin page and
 * the web queue. The session lives in an HttpOnly cookie; the page keeps who signed in and the CSRF
 * token, in memory only. A missing field is named and focused; a refusal marks both fields, since the
 * server does not say which was wrong, on purpose.
 */
export function PasswordSignIn<Reason extends string>(p: Props<Reason>) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<SignInProblem<Reason> | null>(
    p.reason === null ? null : { kind: 'reason', reason: p.reason },
  );
  const login = useRef<HTMLInputElement>(null);
  const password = useRef<HTMLInputElement>(null);
  useEffect(() => login.current?.focus(), []);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const name = login.current?.value.trim() ?? '';
    const secret = password.current?.value ?? '';
    if (name === '' || secret === '') {
      const field = name === '' ? 'login' : 'password';
      setProblem({ kind: 'missing', field });
      (field === 'login' ? login : password).current?.focus();
      return;
    }
    setBusy(true);
    try {
      p.onSignedIn(await p.logIn(name, secret));
      return;
    } catch (error) {
      setProblem(signInProblem(error));
    }
    setBusy(false);
    password.current?.select();
    password.current?.focus();
  };

  const invalid = (field: 'login' | 'password'): 'true' | undefined => {
    if (problem === null || problem.kind === 'reason') return undefined;
    return problem.kind !== 'missing' || problem.field === field ? 'true' : undefined;
  };
  const w = p.words;
  return (
    <form class={p.class} onSubmit={submit} aria-labelledby="sign-in-title" noValidate>
      <h1 id="sign-in-title">{w.title}</h1>
      <p>{w.intro}</p>
      <label for="login">{w.login}</label>
      <input
        ref={login}
        id="login"
        name="username"
        type="text"
        autocomplete="username"
        autocapitalize="none"
        spellcheck={false}
        aria-describedby="sign-in-problem"
        aria-invalid={invalid('login')}
        data-testid="login"
      />
      <label for="password">{w.password}</label>
      <input
        ref={password}
        id="password"
        name="password"
        type="password"
        autocomplete="current-password"
        aria-describedby="sign-in-problem"
        aria-invalid={invalid('password')}
        data-testid="password"
      />
      <p id="sign-in-problem" class="problem" role="alert" data-testid="sign-in-problem">
        {problem === null ? null : p.describe(problem)}
      </p>
      <button type="submit" class="primary" aria-disabled={busy ? 'true' : undefined} data-testid="sign-in">
        {busy ? w.checking : w.submit}
      </button>
      {p.children}
    </form>
  );
}
