import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

/** Issue 6: the fleet view refreshes by itself every ~10 s while it is open. */
export const REFRESH_MS = 10_000;

export interface Refresh<T> {
  /** The last answer; kept when a later refresh fails, so the page never goes blank. */
  data: T | null;
  /** The last refresh's failure, null once one succeeds. */
  error: unknown;
  /** When `data` was read (ms since the epoch). */
  updatedAt: number | null;
  /** How often it is read again, for the words that say so. */
  everyMs: number;
  reload(): void;
  /** Changes `data` in place (a printer read with "get status now"). */
  update(change: (data: T) => T): void;
}

/**
 * Loads now, then every `everyMs` while the page is visible (a hidden tab asks nothing and catches up
 * when shown again). A new `key` starts over; leaving aborts the call in flight.
 */
export function useRefresh<T>(
  key: string,
  load: (signal: AbortSignal) => Promise<T>,
  everyMs = REFRESH_MS,
): Refresh<T> {
  const [state, setState] = useState<{
    key: string;
    data: T | null;
    error: unknown;
    updatedAt: number | null;
  }>({
    key,
    data: null,
    error: null,
    updatedAt: null,
  });
  const loadRef = useRef(load);
  loadRef.current = load;
  const runRef = useRef<() => void>(() => {});

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let controller: AbortController | null = null;
    let stopped = false;
    setState({ key, data: null, error: null, updatedAt: null });

    const run = async () => {
      clearTimeout(timer);
      controller?.abort();
      const mine = new AbortController();
      controller = mine;
      try {
        const data = await loadRef.current(mine.signal);
        if (!mine.signal.aborted) setState({ key, data, error: null, updatedAt: Date.now() });
      } catch (error) {
        if (!mine.signal.aborted) setState((s) => ({ ...s, key, error }));
      }
      if (!stopped && controller === mine && document.visibilityState !== 'hidden')
        timer = setTimeout(run, everyMs);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') void run();
      else clearTimeout(timer);
    };
    runRef.current = () => void run();
    document.addEventListener('visibilitychange', onVisibility);
    void run();
    return () => {
      stopped = true;
      clearTimeout(timer);
      controller?.abort();
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [key, everyMs]);

  const reload = useCallback(() => runRef.current(), []);
  const update = useCallback((change: (data: T) => T) => {
    setState((s) => (s.data === null ? s : { ...s, data: change(s.data) }));
  }, []);
  // Until the effect has started over for a new key, show nothing of the old one.
  const current = state.key === key ? state : { data: null, error: null, updatedAt: null };
  return { data: current.data, error: current.error, updatedAt: current.updatedAt, everyMs, reload, update };
}
