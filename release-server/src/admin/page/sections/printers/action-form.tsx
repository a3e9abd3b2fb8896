import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type * as z from 'zod/mini';
import { FormContext } from '../../components/form';
import { issueErrors } from '../../lib/form-errors';
import { useAccess } from '../../lib/use-access';
import { useStrings } from '../../lib/use-strings';
import { type ActionState, statusClass } from './use-action';

interface Props {
  /** Unique on the page: the form's id, its fields' prefix, the test ids of its button and status. */
  id: string;
  title: string;
  /** What the protocol schema found wrong at the last submit; a new array each time. */
  issues: readonly z.core.$ZodIssue[];
  state: ActionState<unknown>;
  /** The button's words, and what is said beside it. */
  submit: string;
  status: string;
  onSubmit: () => void;
  children: ComponentChildren;
}

/**
 * A form that does one thing on the server (add a printer, move it), in the settings forms' look: its
 * fields, one button, what happened in words beside it (read out), the focus taken to the first field
 * in error. Helpdesk sees it disabled.
 */
export function ActionForm(p: Props) {
  const t = useStrings();
  const { canChange } = useAccess();
  const form = useRef<HTMLFormElement>(null);
  // Right after the errors of a submit are drawn.
  useLayoutEffect(() => {
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [p.issues]);
  return (
    <FormContext.Provider value={{ id: p.id, errors: issueErrors(p.issues, t) }}>
      <form
        ref={form}
        id={p.id}
        class="settings"
        noValidate
        aria-labelledby={`${p.id}-title`}
        onSubmit={(e) => {
          e.preventDefault();
          p.onSubmit();
        }}
      >
        <h2 id={`${p.id}-title`}>{p.title}</h2>
        <fieldset class="plain" disabled={!canChange}>
          {p.children}
          <div class="form-actions">
            <button
              type="submit"
              class="primary"
              aria-disabled={p.state.kind === 'busy' ? 'true' : undefined}
              data-testid={p.id}
            >
              {p.submit}
            </button>
            <p class={statusClass(p.state)} role="status" data-testid={`status-${p.id}`}>
              {p.status}
            </p>
          </div>
        </fieldset>
      </form>
    </FormContext.Provider>
  );
}
