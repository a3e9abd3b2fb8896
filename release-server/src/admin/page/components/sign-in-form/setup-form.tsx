import { type AuthSession, MIN_PASSWORD_LENGTH, setupBodySchema } from '@quire/protocol';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../lib/api-client';
import { setUp } from '../../lib/auth-api';
import { errorText } from '../../lib/error-text';
import type { Strings } from '../../lib/i18n';
import { useStrings } from '../../lib/use-strings';

interface Props {
  onSignedIn: (session: AuthSession) => void;
  /** An administrator exists after all (made meanwhile elsewhere): sign in instead. */
  onClosed: () => void;
}

type Field = 'email' | 'name' | 'password' | 'again';
const FIELDS: readonly Field[] = ['email', 'name', 'password', 'again'];

/** What is wrong with each field, in words, before anything is sent (the protocol's own schema decides). */
function check(values: Record<Field, string>, t: Strings): Partial<Record<Field, string>> {
  const w = t.account.setup;
  const out: Partial<Record<Field, string>> = {};
  const parsed = setupBodySchema.safeParse({
    email: values.email,
    name: values.name,
    password: values.password,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as 'email' | 'name' | 'password';
      out[field] ??=
        field === 'email'
          ? values.email.trim() === ''
            ? w.emailMissing
            : w.emailBad
          : field === 'name'
            ? w.nameMissing
            : w.passwordShort(MIN_PASSWORD_LENGTH);
    }
  }
  if (values.again !== values.password) out.again = w.mismatch;
  return out;
}

/**
 * The first-run form (issue 5): while no administrator exists, `POST /api/auth/setup` makes the first
 * one and signs them in. Every field is checked here first and its problem said under it.
 */
export function SetupForm({ onSignedIn, onClosed }: Props) {
  const t = useStrings();
  const w = t.account.setup;
  const [values, setValues] = useState<Record<Field, string>>({
    email: '',
    name: '',
    password: '',
    again: '',
  });
  const [shown, setShown] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector<HTMLInputElement>('input')?.focus(), []);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const problems = check(values, t);
    setShown(problems);
    setFailure(null);
    const first = FIELDS.find((f) => problems[f]);
    if (first) {
      document.getElementById(`setup-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      onSignedIn(await setUp({ email: values.email, name: values.name, password: values.password }));
      return;
    } catch (error) {
      setFailure(error);
    }
    setBusy(false);
  };

  const field = (name: Field, autoComplete: string, hint?: string) => {
    const id = `setup-${name}`;
    const problem = shown[name];
    const secret = name === 'password' || name === 'again';
    const attrs = {
      id,
      autoComplete,
      spellcheck: false,
      value: values[name],
      'aria-invalid': problem ? ('true' as const) : undefined,
      'aria-describedby':
        [hint && `${id}-hint`, problem && `${id}-problem`].filter(Boolean).join(' ') || undefined,
      'data-testid': id,
      onInput: (e: { currentTarget: HTMLInputElement }) => {
        const value = e.currentTarget.value;
        setValues((v) => ({ ...v, [name]: value }));
      },
    };
    return (
      <>
        <label for={id}>{w.labels[name]}</label>
        {secret ? (
          <input type="password" {...attrs} />
        ) : (
          <input type="text" inputMode={name === 'email' ? 'email' : 'text'} {...attrs} />
        )}
        {hint && (
          <p id={`${id}-hint`} class="muted">
            {hint}
          </p>
        )}
        {problem && (
          <p id={`${id}-problem`} class="problem" data-testid="setup-problem">
            {problem}
          </p>
        )}
      </>
    );
  };

  const closed = failure instanceof ApiError && failure.code === 'conflict';
  return (
    <form ref={form} class="sign-in-form" onSubmit={submit} aria-labelledby="setup-title" noValidate>
      <h1 id="setup-title">{w.title}</h1>
      <p>{w.intro}</p>
      {field('email', 'username')}
      {field('name', 'name')}
      {field('password', 'new-password', w.passwordHint(MIN_PASSWORD_LENGTH))}
      {field('again', 'new-password')}
      <p class="problem" role="alert" data-testid="sign-in-problem">
        {failure === null ? null : errorText(failure, t)}
        {closed && (
          <>
            {' '}
            <button type="button" class="text-button" onClick={onClosed}>
              {w.signInInstead}
            </button>
          </>
        )}
      </p>
      <button
        type="submit"
        class="primary"
        aria-disabled={busy ? 'true' : undefined}
        data-testid="create-admin"
      >
        {busy ? w.creating : w.submit}
      </button>
    </form>
  );
}
