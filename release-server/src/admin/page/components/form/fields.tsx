import type { ComponentChildren } from 'preact';
import { useField } from './form-context';

interface Base {
  /** The dotted path of the value in what is sent (`pricing.mono`): errors come back by it. */
  path: string;
  label: string;
  hint?: string | undefined;
}

/** The hint under a field and its error, each with the id the control names in aria-describedby. */
function Notes({ id, hint, error }: { id: string; hint?: string | undefined; error?: string | undefined }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="field-error" data-testid="field-error">
          {error}
        </p>
      )}
    </>
  );
}

export interface TextFieldProps extends Base {
  value: string | number | null;
  onValue: (value: string) => void;
  inputMode?: 'text' | 'numeric' | 'decimal' | 'email';
  autoComplete?: string;
  /** The width it needs, in characters. */
  size?: number;
  list?: string;
  spellcheck?: boolean;
  /** A password someone sets for another person: hidden, and never filled in by the browser. */
  secret?: boolean;
  /** Lines of a box for free text that may hold several (a textarea). */
  rows?: number;
}

/** A labelled text box. Numbers are typed as text (a French 0,10 is not refused by the browser). */
export function TextField(p: TextFieldProps) {
  const f = useField(p.path, p.hint);
  const common = {
    id: f.id,
    name: p.path,
    value: p.value ?? '',
    spellcheck: p.spellcheck ?? false,
    'aria-invalid': f.invalid,
    'aria-describedby': f.describedBy,
    onInput: (e: { currentTarget: { value: string } }) => p.onValue(e.currentTarget.value),
  };
  const box = { size: p.size, class: p.size ? 'sized' : undefined };
  return (
    <div class="field">
      <label for={f.id}>{p.label}</label>
      {p.rows ? (
        <textarea {...common} rows={p.rows} />
      ) : p.secret ? (
        <input {...common} {...box} type="password" autoComplete="new-password" />
      ) : (
        <input
          {...common}
          {...box}
          type="text"
          inputMode={p.inputMode}
          autoComplete={p.autoComplete ?? 'off'}
          list={p.list}
        />
      )}
      <Notes id={f.id} hint={p.hint} error={f.error} />
    </div>
  );
}

export interface SelectFieldProps<V extends string> extends Base {
  value: V;
  options: readonly (readonly [V, string])[];
  onValue: (value: V) => void;
}

export function SelectField<V extends string>(p: SelectFieldProps<V>) {
  const f = useField(p.path, p.hint);
  return (
    <div class="field">
      <label for={f.id}>{p.label}</label>
      <select
        id={f.id}
        name={p.path}
        aria-invalid={f.invalid}
        aria-describedby={f.describedBy}
        onChange={(e) => p.onValue(e.currentTarget.value as V)}
      >
        {p.options.map(([value, words]) => (
          <option key={value} value={value} selected={value === p.value}>
            {words}
          </option>
        ))}
      </select>
      <Notes id={f.id} hint={p.hint} error={f.error} />
    </div>
  );
}

export interface CheckFieldProps extends Base {
  checked: boolean;
  onValue: (checked: boolean) => void;
}

/** A checkbox with its label on the right, as on a printer's web page. */
export function CheckField(p: CheckFieldProps) {
  const f = useField(p.path, p.hint);
  return (
    <div class="field check">
      <input
        id={f.id}
        name={p.path}
        type="checkbox"
        checked={p.checked}
        aria-invalid={f.invalid}
        aria-describedby={f.describedBy}
        onChange={(e) => p.onValue(e.currentTarget.checked)}
      />
      <label for={f.id}>{p.label}</label>
      <Notes id={f.id} hint={p.hint} error={f.error} />
    </div>
  );
}

export interface ChoiceFieldProps<V extends string> extends Omit<SelectFieldProps<V>, 'options'> {
  /** Each value with what shows for it: words, or a picture and its name (the home button's icons). */
  options: readonly (readonly [V, ComponentChildren])[];
  /** Another class of the fieldset, which lays the options out (`icons`: tiles side by side). */
  class?: string;
  children?: ComponentChildren;
}

/** Radio buttons in a fieldset whose legend names the choice: every option visible (EWS style). */
export function ChoiceField<V extends string>(p: ChoiceFieldProps<V>) {
  const f = useField(p.path, p.hint);
  return (
    <fieldset class={`field choice ${p.class ?? ''}`.trim()} aria-describedby={f.describedBy}>
      <legend>{p.label}</legend>
      {p.options.map(([value, words]) => (
        <label key={value} class="option">
          <input
            type="radio"
            name={f.id}
            value={value}
            checked={value === p.value}
            onChange={() => p.onValue(value)}
          />{' '}
          {words}
        </label>
      ))}
      <Notes id={f.id} hint={p.hint} error={f.error} />
      {p.children}
    </fieldset>
  );
}

/** An error that names a part of the form (a quota definition, a band list) rather than one field. */
export function PartError({ path }: { path: string }) {
  const f = useField(path, undefined);
  return f.error ? (
    <p id={`${f.id}-error`} class="field-error" role="alert" data-testid="field-error">
      {f.error}
    </p>
  ) : null;
}
