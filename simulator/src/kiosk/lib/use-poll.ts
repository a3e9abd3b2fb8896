import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export interface Polled<T> {
  data: T | null;
  /** Why the last poll failed, or null when it worked. */
  error: string | null;
  /** Polls now (after a change the user made), without waiting for the next tick. */
  refresh(): void;
}

/**
 * Calls `load` every `intervalMs`, one call at a time, keeping the last good answer while a later one
 * fails so the page never goes blank.
 */
export function usePoll<T>(load: () => Promise<T>, intervalMs: number): Polled<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const busy = useRef(false);
  const loadRef = useRef(load);
  loadRef.current = load;

  const tick = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      setData(await loadRef.current());
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      busy.current = false;
    }
  }, []);

  useEffect(() => {
    void tick();
    const timer = setInterval(() => void tick(), intervalMs);
    return () => clearInterval(timer);
  }, [tick, intervalMs]);

  return { data, error, refresh: () => void tick() };
}
