import type { Language } from '@quire/protocol';
import { useEffect, useState } from 'preact/hooks';
import { type Key, OnScreenKeyboard, press, type Typing } from '../components/on-screen-keyboard';
import type { PanelActions } from '../lib/panel-actions';
import type { ActionName, SignInForm, StatusMessage } from '../lib/panel-state';
import { errorText } from '../lib/status-text';
import { useStrings } from '../lib/use-strings';

/** The protocol's limits (`sign-in-credentials`, `register-badge`). */
const MAX = { username: 254, secret: 256 } as const;
type Field = keyof typeof MAX;

export interface SignInFormScreenProps {
  form: SignInForm;
  language: Language;
  busy: ActionName | null;
  status: StatusMessage | null;
  actions: PanelActions;
}

/**
 * Username and password or PIN on the on-screen keyboard: first use of an unknown badge ("This badge is
 * new") or signing in without a badge (PRODUCT.md §5.1). Tapping a badge meanwhile still works: it
 * signs in with that badge instead.
 */
export function SignInFormScreen({ form, language, busy, status, actions }: SignInFormScreenProps) {
  const t = useStrings();
  const [values, setValues] = useState<Record<Field, string>>({ username: '', secret: '' });
  const [field, setField] = useState<Field>('username');
  const [shift, setShift] = useState(false);
  const [shown, setShown] = useState(false);
  const sending = busy === 'register' || busy === 'credentials';
  const error = status?.kind === 'error' ? errorText(status.error, t) : null;

  // A refused password is typed again from scratch; the username stays.
  useEffect(() => {
    if (error) {
      setValues((v) => ({ ...v, secret: '' }));
      setField('secret');
    }
  }, [error]);

  const onKey = (key: Key): void => {
    const next = press({ value: values[field], shift } satisfies Typing, key, MAX[field]);
    setValues({ ...values, [field]: next.value });
    setShift(next.shift);
  };
  const ready = values.username !== '' && values.secret !== '' && !sending;
  const submit = (): void => {
    if (!ready) return;
    if (form.kind === 'register') actions.register(values.username, values.secret);
    else actions.credentials(values.username, values.secret);
  };
  const register = form.kind === 'register';

  return (
    <main class="screen sign-in-form" data-testid={register ? 'register' : 'credentials'}>
      <header class="form-head">
        <div class="form-title">
          <h1>{register ? t.form.registerTitle : t.form.credentialsTitle}</h1>
          <p>{register ? t.form.registerBody : t.form.credentialsBody}</p>
        </div>
        <button type="button" data-testid="form-cancel" disabled={sending} onClick={() => actions.form(null)}>
          {t.form.cancel}
        </button>
        <button type="button" class="primary" data-testid="form-submit" disabled={!ready} onClick={submit}>
          {sending ? t.actions.sending : register ? t.form.register : t.form.signIn}
        </button>
      </header>
      <div class="fields">
        <FieldButton
          id="username"
          label={t.form.username}
          text={values.username}
          active={field === 'username'}
          onTap={() => setField('username')}
        />
        <FieldButton
          id="secret"
          label={t.form.secret}
          text={shown ? values.secret : '•'.repeat([...values.secret].length)}
          active={field === 'secret'}
          onTap={() => setField('secret')}
        />
        <button
          type="button"
          class="reveal"
          data-testid="reveal"
          aria-pressed={shown}
          onClick={() => setShown(!shown)}
        >
          {shown ? t.form.hide : t.form.show}
        </button>
      </div>
      <p class={`form-status tone-${error ? 'error' : 'busy'}`} role="alert" data-testid="form-error">
        {sending ? t.status.sending : error}
      </p>
      <OnScreenKeyboard language={language} shift={shift} onKey={onKey} />
    </main>
  );
}

interface FieldButtonProps {
  id: Field;
  label: string;
  text: string;
  active: boolean;
  onTap(): void;
}

/**
 * A field shown as a button: tapping it sends the keyboard's keys there. Not an <input>: a focused input
 * would catch a badge reader's keystrokes, and would open the printer's own keyboard if it has one.
 */
function FieldButton({ id, label, text, active, onTap }: FieldButtonProps) {
  return (
    <button type="button" class="field" aria-pressed={active} data-testid={`field-${id}`} onClick={onTap}>
      <span class="field-label">{label}</span>
      <span class="field-value" data-testid={`value-${id}`}>
        {text}
        {active && <span class="caret" aria-hidden="true" />}
      </span>
    </button>
  );
}
