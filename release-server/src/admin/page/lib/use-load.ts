import { useEffect, useState } from 'preact/hooks';

export interface Load<T> {
  data: T | null;
  error: unknown;
  reload(): void;
}

/** Loads once for each `key` (a view's filters), aborting the call of the key before; no timer. */
export function useLoad<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Load<T> {
  const [state, setState] = useState<{ key: string; data: T | null; error: unknown }>({
    key,
    data: null,
    error: null,
  });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setState({ key, data: null, error: null });
    load(controller.signal).then(
      (data) => setState({ key, data, error: null }),
      (error: unknown) => !controller.signal.aborted && setState({ key, data: null, error }),
    );
    return () => controller.abort();
  }, [key, attempt]);
  const current = state.key === key ? state : { data: null, error: null };
  return { data: current.data, error: current.error, reload: () => setAttempt((n) => n + 1) };
}
