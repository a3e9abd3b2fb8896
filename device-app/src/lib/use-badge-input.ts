import { useEffect, useRef } from 'preact/hooks';
import { type BadgeRead, EMPTY_BADGE_BUFFER, feedBadgeKey } from './badge-input';

/** Typing into a text field is typing, not a badge (the panel has none: its forms use the on-screen keyboard). */
function isEditable(target: EventTarget | null): boolean {
  const el = target as { tagName?: string; isContentEditable?: boolean } | null;
  return (
    !!el && (el.isContentEditable === true || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName ?? ''))
  );
}

/**
 * Calls `onRead` when keys end with Enter: a keyboard-wedge reader's burst, or (flagged `typed`) keys at a
 * person's pace. The listener sits on the document, so nothing has to be focused and every screen hears
 * the reader, the on-screen keyboard's included (the kiosk simulator dispatches its keys on the document
 * itself).
 */
export function useBadgeInput(onRead: (read: BadgeRead) => void): void {
  const latest = useRef(onRead);
  latest.current = onRead;
  useEffect(() => {
    let buffer = EMPTY_BADGE_BUFFER;
    const onKey = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.altKey || event.metaKey || isEditable(event.target)) return;
      const result = feedBadgeKey(buffer, event.key, performance.now());
      buffer = result.buffer;
      if (result.read === null) return;
      // Otherwise the reader's Enter would also press whichever button was tapped last (it keeps focus).
      event.preventDefault();
      latest.current(result.read);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
