import { useEffect, useRef } from 'preact/hooks';

const ACTIVITY = ['pointerdown', 'touchstart', 'keydown', 'wheel'] as const;

/**
 * Calls `onIdle` once `ms` pass with no touch or key, while `active`: the panel signs out after
 * `policies.inactivitySeconds` (PRODUCT.md §5.6, default 60 s), so the next person at the printer never
 * sees someone else's jobs, and a half-typed password form closes by itself.
 */
export function useInactivity(active: boolean, ms: number, onIdle: () => void): void {
  const latest = useRef(onIdle);
  latest.current = onIdle;
  useEffect(() => {
    if (!active) return;
    let timer = setTimeout(() => latest.current(), ms);
    const reset = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => latest.current(), ms);
    };
    // Capture, so a handler that stops propagation still counts as activity.
    for (const type of ACTIVITY) document.addEventListener(type, reset, { capture: true, passive: true });
    return () => {
      clearTimeout(timer);
      for (const type of ACTIVITY) document.removeEventListener(type, reset, { capture: true });
    };
  }, [active, ms]);
}
