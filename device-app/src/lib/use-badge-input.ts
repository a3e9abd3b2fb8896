import { useEffect, useRef } from 'preact/hooks';
import { EMPTY_BADGE_BUFFER, feedBadgeKey } from './badge-input';

/** Typing into a text field is typing, not a badge (no such field yet; first-use registration will add one). */
function isEditable(target: EventTarget | null): boolean {
  const el = target as { tagName?: string; isContentEditable?: boolean } | null;
  return (
    !!el && (el.isContentEditable === true || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName ?? ''))
  );
}

/**
 * Calls `onBadge` when a keyboard-wedge reader types a card number and Enter, wherever the page's focus
 * is: the listener sits on the document, so nothing has to be focused (the kiosk simulator dispatches its
 * keys on the document itself).
 */
export function useBadgeInput(onBadge: (badge: string) => void): void {
  const latest = useRef(onBadge);
  latest.current = onBadge;
  useEffect(() => {
    let buffer = EMPTY_BADGE_BUFFER;
    const onKey = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.altKey || event.metaKey || isEditable(event.target)) return;
      const result = feedBadgeKey(buffer, event.key, performance.now());
      buffer = result.buffer;
      if (result.badge === null) return;
      // Otherwise the reader's Enter would also press whichever button was tapped last (it keeps focus).
      event.preventDefault();
      latest.current(result.badge);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
