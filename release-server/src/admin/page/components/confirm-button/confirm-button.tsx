import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import './confirm-button.css';

interface Props {
  /** The button's words ("Delete"). */
  label: string;
  /** What it does, for screen readers, when the label alone does not say ("Delete badge 1001"). */
  name: string;
  /** The question asked before anything happens ("Delete badge 1001 of alice@example.com?"). */
  question: string;
  /** The button that does it ("Delete"), and the one that leaves things as they are ("Keep"). */
  yes: string;
  no: string;
  /** What the button says while it works ("Deleting…"). */
  busy: string;
  /** Prefixes the test ids: `<testId>`, `<testId>-yes`, `<testId>-no`. */
  testId: string;
  /** Does it; the caller says how it went (a notice) and usually removes the row. */
  onConfirm: () => Promise<void>;
}

/**
 * A change that cannot be undone (deleting a badge, a job), asked twice in the page itself rather than
 * in a browser dialog: the question appears in place, with the harmless answer focused, so that Enter
 * pressed twice never deletes; Escape or "Keep" gives the focus back to the first button.
 */
export function ConfirmButton(p: Props) {
  const [step, setStep] = useState<'idle' | 'asking' | 'working'>('idle');
  const ask = useRef<HTMLButtonElement>(null);
  const no = useRef<HTMLButtonElement>(null);
  const group = useRef<HTMLFieldSetElement>(null);
  const moved = useRef(false);
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  useLayoutEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    (step === 'asking' ? no : ask).current?.focus();
  }, [step]);

  const go = (next: 'idle' | 'asking') => {
    moved.current = true;
    setStep(next);
  };
  const confirm = async () => {
    if (step === 'working') return;
    setStep('working');
    try {
      await p.onConfirm();
    } finally {
      // Still here (it failed, or the row stays): back to the first button, which takes the focus
      // unless the caller has already put it elsewhere (on what happened, say).
      if (mounted.current) {
        moved.current = group.current?.contains(document.activeElement) ?? false;
        setStep('idle');
      }
    }
  };

  if (step === 'idle') {
    return (
      <button ref={ask} type="button" aria-label={p.name} data-testid={p.testId} onClick={() => go('asking')}>
        {p.label}
      </button>
    );
  }
  return (
    <fieldset
      ref={group}
      class="confirm"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && step === 'asking') go('idle');
      }}
    >
      <legend class="confirm-question">{p.question}</legend>
      <button
        type="button"
        class="danger"
        aria-disabled={step === 'working' ? 'true' : undefined}
        data-testid={`${p.testId}-yes`}
        onClick={confirm}
      >
        {step === 'working' ? p.busy : p.yes}
      </button>
      <button
        ref={no}
        type="button"
        disabled={step === 'working'}
        data-testid={`${p.testId}-no`}
        onClick={() => go('idle')}
      >
        {p.no}
      </button>
    </fieldset>
  );
}
