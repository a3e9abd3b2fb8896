import type * as z from 'zod/mini';
import { errorText } from '../../lib/error-text';
import { type FieldErrors, issueErrors, serverFieldError } from '../../lib/form-errors';
import type { Strings } from '../../lib/i18n';
import { useStrings, useWords } from '../../lib/use-strings';
import { securityWords } from './words';

/** Where an install stands: sending, refused before sending or by the server, or done and what it changed. */
export type Outcome =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'invalid'; issues: readonly z.core.$ZodIssue[] }
  | { kind: 'refused'; error: unknown }
  | { kind: 'done'; text: string };

/** The errors an outcome names by field: the schema's before sending, or the server's refusal of one field. */
export function outcomeErrors(outcome: Outcome, t: Strings): FieldErrors {
  if (outcome.kind === 'invalid') return issueErrors(outcome.issues, t);
  const field = outcome.kind === 'refused' ? serverFieldError(outcome.error, t) : null;
  return field ? { [field.path]: field.text } : {};
}

interface Props {
  /** Prefixes the test ids: `upload-refused`, `upload-status`. */
  id: string;
  outcome: Outcome;
  submit: string;
  busy: string;
}

/**
 * The end of a Security form: the server's refusal in a box next to the form (read out at once), then the
 * button and what happened in words beside it.
 */
export function OutcomeView({ id, outcome, submit, busy }: Props) {
  const t = useStrings();
  const w = useWords(securityWords);
  const status =
    outcome.kind === 'busy'
      ? busy
      : outcome.kind === 'invalid'
        ? w.fix
        : outcome.kind === 'done'
          ? outcome.text
          : '';
  return (
    <>
      {outcome.kind === 'refused' && (
        <p class="refusal" role="alert" data-testid={`${id}-refused`}>
          <strong>{w.refused}</strong> {errorText(outcome.error, t)}
        </p>
      )}
      <div class="form-actions">
        <button
          type="submit"
          class="primary"
          aria-disabled={outcome.kind === 'busy' ? 'true' : undefined}
          data-testid={`${id}-submit`}
        >
          {submit}
        </button>
        <p
          class={`form-status form-${outcome.kind === 'done' ? 'saved' : outcome.kind}`}
          role="status"
          data-testid={`${id}-status`}
        >
          {status}
        </p>
      </div>
    </>
  );
}
