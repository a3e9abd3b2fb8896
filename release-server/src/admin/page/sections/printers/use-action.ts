import { useCallback, useRef, useState } from 'preact/hooks';

/** Where one request a button or form started stands. */
export type ActionState<T> =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; result: T }
  | { kind: 'failed'; error: unknown };

export interface Action<A extends unknown[], T> {
  state: ActionState<T>;
  /** Runs it; the result, or undefined when it failed or one was already running (a second press). */
  start: (...args: A) => Promise<T | undefined>;
  reset: () => void;
}

/**
 * One request at a time from a button or form, and what became of it, for the words beside it: a press
 * while it runs is ignored (the button stays enabled, so focus stays on it, and says it is busy).
 */
export function useAction<A extends unknown[], T>(run: (...args: A) => Promise<T>): Action<A, T> {
  const [state, setState] = useState<ActionState<T>>({ kind: 'idle' });
  const running = useRef(false);
  const runRef = useRef(run);
  runRef.current = run;
  const start = useCallback(async (...args: A) => {
    if (running.current) return undefined;
    running.current = true;
    setState({ kind: 'busy' });
    try {
      const result = await runRef.current(...args);
      setState({ kind: 'done', result });
      return result;
    } catch (error) {
      setState({ kind: 'failed', error });
      return undefined;
    } finally {
      running.current = false;
    }
  }, []);
  const reset = useCallback(() => setState({ kind: 'idle' }), []);
  return { state, start, reset };
}

/** The CSS modifier of `.form-status` for a state: saved (green), failed (red), or plain. */
export const statusClass = (state: ActionState<unknown>): string =>
  `form-status form-${state.kind === 'done' ? 'saved' : state.kind}`;

/** What is said beside the button in each state: nothing before the first press. */
export function actionWords<T>(
  s: ActionState<T>,
  say: { busy: string; done: (result: T) => string; failed: (error: unknown) => string },
): string {
  switch (s.kind) {
    case 'idle':
      return '';
    case 'busy':
      return say.busy;
    case 'done':
      return say.done(s.result);
    case 'failed':
      return say.failed(s.error);
    default:
      return s satisfies never;
  }
}
