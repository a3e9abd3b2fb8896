import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { errorText } from '../../lib/error-text';
import { useAccess } from '../../lib/use-access';
import type { Settings } from '../../lib/use-settings';
import { useStrings } from '../../lib/use-strings';
import { FormContext } from './form-context';

interface Props<T> {
  /** Unique on the page; prefixes the fields' ids. */
  id: string;
  settings: Settings<T>;
  /** The form's heading (h2), when the section holds more than one form. */
  title?: string;
  /** What the submit button says. @default "Save" */
  submitLabel?: string;
  children: (draft: T) => ComponentChildren;
}

/**
 * A settings form in the style of a printer's web page: every field visible, one Save button, what
 * happened said in words next to it (and read out), errors next to the fields they name, focus taken to
 * the first of them. Helpdesk accounts see it all disabled, with a note saying why.
 */
export function SettingsForm<T>({ id, settings: s, title, submitLabel, children }: Props<T>) {
  const t = useStrings();
  const { canChange } = useAccess();
  const form = useRef<HTMLFormElement>(null);
  const { status } = s;

  // Right after the errors are drawn, before anything else can take the focus.
  useLayoutEffect(() => {
    if (status.kind !== 'invalid' && status.kind !== 'failed') return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [status]);

  const words =
    status.kind === 'saving'
      ? t.form.saving
      : status.kind === 'saved'
        ? t.form.saved
        : status.kind === 'invalid'
          ? t.form.fix
          : status.kind === 'failed'
            ? t.form.failed(errorText(status.error, t))
            : '';
  const heading = title && (
    <h2 id={`${id}-title`} tabIndex={-1}>
      {title}
    </h2>
  );

  if (s.draft === null) {
    return (
      <section aria-labelledby={title ? `${id}-title` : undefined}>
        {heading}
        {s.loadError === null ? (
          <p class="load muted">{t.load.loading}</p>
        ) : (
          <div class="load load-error" role="alert">
            <p>{errorText(s.loadError, t)}</p>
            <button type="button" onClick={s.reload}>
              {t.load.retry}
            </button>
          </div>
        )}
      </section>
    );
  }
  return (
    <FormContext.Provider value={{ id, errors: s.errors }}>
      <form
        ref={form}
        id={id}
        class="settings"
        noValidate
        aria-labelledby={title ? `${id}-title` : undefined}
        data-testid={`form-${id}`}
        onSubmit={(e) => {
          e.preventDefault();
          void s.save();
        }}
      >
        {heading}
        {!canChange && (
          <p class="read-only" data-testid="read-only">
            {t.access.readOnly}
          </p>
        )}
        <fieldset class="plain" disabled={!canChange}>
          {children(s.draft)}
          <div class="form-actions">
            <button
              type="submit"
              class="primary"
              aria-disabled={status.kind === 'saving' ? 'true' : undefined}
              data-testid={`save-${id}`}
            >
              {submitLabel ?? t.form.save}
            </button>
            <p class={`form-status form-${status.kind}`} role="status" data-testid={`status-${id}`}>
              {words}
            </p>
          </div>
        </fieldset>
      </form>
    </FormContext.Provider>
  );
}
