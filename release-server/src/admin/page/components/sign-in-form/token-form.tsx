import { useEffect, useRef, useState } from 'preact/hooks';
import { getPrinters } from '../../lib/admin-api';
import { ApiError, createApiClient } from '../../lib/api-client';
import { errorText } from '../../lib/error-text';
import type { SignInReason } from '../../lib/i18n';
import { useStrings } from '../../lib/use-strings';

interface Props {
  /** Why the form is shown again (token refused, signed out...), null on a first visit. */
  reason: SignInReason | null;
  onSignedIn: (token: string) => void;
}

/**
 * The second way in (issue 5 keeps it for scripts and the demo): the server's ADMIN_TOKEN, checked with a
 * harmless read before it is kept, so that a wrong token is said at once, here, and not on every view.
 */
export function TokenForm({ reason, onSignedIn }: Props) {
  const t = useStrings();
  const [checking, setChecking] = useState(false);
  // Kept as a reason or an error, not words, so that switching the language rewords it.
  const [problem, setProblem] = useState<SignInReason | { error: unknown } | null>(reason);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (checking) return;
    const token = input.current?.value.trim() ?? '';
    if (token === '') {
      setProblem('empty');
      input.current?.focus();
      return;
    }
    setChecking(true);
    try {
      await getPrinters(createApiClient({ credentials: { kind: 'token', token } }));
      onSignedIn(token);
      return;
    } catch (error) {
      const code = error instanceof ApiError ? error.code : null;
      setProblem(
        code === 'unauthorized'
          ? 'wrong'
          : code === 'forbidden'
            ? 'disabled'
            : code === 'network'
              ? 'unreachable'
              : { error },
      );
    }
    setChecking(false);
    input.current?.select();
  };

  const words =
    problem === null
      ? null
      : typeof problem === 'string'
        ? t.signIn.reasons[problem]
        : errorText(problem.error, t);
  return (
    <form class="sign-in-form" onSubmit={submit} aria-labelledby="sign-in-title" noValidate>
      <h1 id="sign-in-title">{t.signIn.tokenTitle}</h1>
      <p>{t.signIn.intro}</p>
      <label for="admin-token">{t.signIn.token}</label>
      <input
        ref={input}
        id="admin-token"
        name="token"
        type="password"
        autocomplete="off"
        spellcheck={false}
        aria-describedby="admin-token-hint admin-token-problem"
        aria-invalid={problem !== null && problem !== 'signed-out' ? 'true' : undefined}
        data-testid="token"
      />
      <p id="admin-token-hint" class="muted">
        {t.signIn.hint}
      </p>
      <p id="admin-token-problem" class="problem" role="alert" data-testid="sign-in-problem">
        {words}
      </p>
      <button
        type="submit"
        class="primary"
        aria-disabled={checking ? 'true' : undefined}
        data-testid="sign-in"
      >
        {checking ? t.signIn.checking : t.signIn.submit}
      </button>
    </form>
  );
}
