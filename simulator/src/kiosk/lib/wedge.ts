/** Something keys can be dispatched on: the panel iframe's document. */
export interface KeyTarget {
  dispatchEvent(event: Event): boolean;
}

const keydown = (key: string): Event =>
  new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });

/**
 * Types a badge number into the panel as a USB keyboard-wedge reader does (STANDARDS.md §3): one
 * `keydown` per character, then Enter, all at once (a reader types a whole card in a few ms). The panel
 * listens on its document, so the events go to `iframe.contentDocument` (same origin).
 */
export function typeBadge(
  target: KeyTarget,
  badge: string,
  makeEvent: (key: string) => Event = keydown,
): void {
  for (const ch of badge) target.dispatchEvent(makeEvent(ch));
  target.dispatchEvent(makeEvent('Enter'));
}
