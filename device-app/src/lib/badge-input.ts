/**
 * Keyboard-wedge badge readers (STANDARDS.md §3): a USB reader types the card number, then Enter, as if it
 * were a keyboard. This is the pure part: it folds one key at a time into a buffer and says when a badge
 * is complete. The hook in `use-badge-input.ts` feeds it from `keydown`.
 */

export interface BadgeBuffer {
  readonly chars: string;
  /** When the last character arrived (ms, any monotonic clock). */
  readonly lastAt: number;
}

export const EMPTY_BADGE_BUFFER: BadgeBuffer = Object.freeze({ chars: '', lastAt: Number.NEGATIVE_INFINITY });

/** Longest badge the protocol accepts (`sign-in.badge` is at most 128 characters). */
export const MAX_BADGE_LENGTH = 128;

/**
 * A pause longer than this starts a new badge. Readers type a whole card in well under 100 ms; a second
 * is generous for slow readers and still drops keys someone pressed by accident a while ago.
 */
export const BADGE_KEY_GAP_MS = 1000;

export interface BadgeKeyResult {
  buffer: BadgeBuffer;
  /** The completed badge (trimmed) when this key was the Enter that ends one. */
  badge: string | null;
}

/** Folds one `KeyboardEvent.key` pressed at `now` into the buffer. */
export function feedBadgeKey(
  buffer: BadgeBuffer,
  key: string,
  now: number,
  gapMs = BADGE_KEY_GAP_MS,
): BadgeKeyResult {
  const chars = now - buffer.lastAt > gapMs ? '' : buffer.chars;
  if (key === 'Enter') {
    const badge = chars.trim();
    return { buffer: EMPTY_BADGE_BUFFER, badge: badge === '' ? null : badge };
  }
  // Printable keys have a one-character `key`; named keys (Shift, Tab, ArrowUp, Unidentified) are longer.
  // Shift in particular must not reset the buffer: readers press it for upper-case hex digits.
  if ([...key].length !== 1) return { buffer: { chars, lastAt: buffer.lastAt }, badge: null };
  if (chars.length >= MAX_BADGE_LENGTH) return { buffer: { chars, lastAt: now }, badge: null };
  return { buffer: { chars: chars + key, lastAt: now }, badge: null };
}
