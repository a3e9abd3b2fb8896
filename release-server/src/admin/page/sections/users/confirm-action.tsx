import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { errorText } from '../../lib/error-text';
import { useStrings, useWords } from '../../lib/use-strings';
import { usersWords } from './words';

interface Props {
  /** Unique on the page: the ids and test ids of its parts. */
  id: string;
  /** The button that asks: "Delete this user…". */
  label: string;
  /** A fuller name for it when the label alone is ambiguous (a "Delete…" on each row of a table). */
  fullLabel?: string;
  question: string;
  run: () => Promise<unknown>;
  onDone: () => void;
}

type State = { kind: 'idle' | 'asking' | 'working' } | { kind: 'failed'; error: unknown };

/**
 * A deletion asked for twice: the button shows the question with "Delete" and "Cancel" in its place
 * (in the page, not a browser dialog, so that it reads and works like the rest), and a refusal stays
 * there in words (the last administrator, say). Focus goes to "Delete", which the question describes,
 * and back to the button on cancel.
 */
export function ConfirmAction({ id, label, fullLabel, question, run, onDone }: Props) {
  const t = useStrings();
  const w = useWords(usersWords).confirm;
  const [state, setState] = useState<State>({ kind: 'idle' });
  const yes = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const cancelled = useRef(false);

  // As soon as the buttons are there, before a key can go elsewhere.
  useLayoutEffect(() => {
    if (state.kind === 'asking') yes.current?.focus();
    if (state.kind === 'idle' && cancelled.current) {
      cancelled.current = false;
      opener.current?.focus();
    }
  }, [state.kind]);

  if (state.kind === 'idle') {
    return (
      <button
        ref={opener}
        type="button"
        class="remove"
        aria-label={fullLabel}
        data-testid={id}
        onClick={() => setState({ kind: 'asking' })}
      >
        {label}
      </button>
    );
  }

  const go = async () => {
    if (state.kind === 'working') return;
    setState({ kind: 'working' });
    try {
      await run();
      onDone();
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  };
  const cancel = () => {
    cancelled.current = true;
    setState({ kind: 'idle' });
  };
  return (
    <div class="confirm" data-testid={`${id}-confirm`}>
      <p id={`${id}-question`} class="confirm-question">
        {question}
      </p>
      <div class="actions">
        <button
          ref={yes}
          type="button"
          class="primary danger"
          aria-describedby={`${id}-question`}
          aria-disabled={state.kind === 'working' ? 'true' : undefined}
          data-testid={`${id}-yes`}
          onClick={go}
        >
          {w.yes}
        </button>
        <button type="button" data-testid={`${id}-cancel`} onClick={cancel}>
          {w.cancel}
        </button>
      </div>
      <p
        class={`form-status ${state.kind === 'failed' ? 'form-failed' : ''}`}
        role="status"
        data-testid={`${id}-status`}
      >
        {state.kind === 'working'
          ? w.working
          : state.kind === 'failed'
            ? w.failed(errorText(state.error, t))
            : ''}
      </p>
    </div>
  );
}
