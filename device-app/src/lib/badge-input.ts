/**
 * Keyboard-wedge badge readers (STANDARDS.md §3): a USB reader types the card number, then Enter, as if it
 * were a keyboard, in a burst with gaps of a few ms (under ~50 ms). A person typing is much slower. This is
 * the pure part: it folds one key at a time into a buffer and, at Enter, says what was typed and whether it
 * came as a reader's burst. The hook in `use-badge-input.ts` feeds it from `keydown`.
 */

export interface BadgeBuffer {
  readonly chars: string;
  /** When the last character arrived (ms, any monotonic clock). */
  readonly lastAt: number;
  /** Where the last fast run in `chars` starts: a slow gap starts a new run. */
  readonly runStart: number;
}

export const EMPTY_BADGE_BUFFER: BadgeBuffer = Object.freeze({
  chars: '',
  lastAt: Number.NEGATIVE_INFINITY,
  runStart: 0,
});

/** Longest badge the protocol accepts (`sign-in.badge` is at most 128 characters). */
export const MAX_BADGE_LENGTH = 128;

/**
 * The longest gap between two keys of a reader's burst. Readers type every ~5-50 ms; 80 ms leaves room for
 * slow ones and for a busy panel CPU, and is still faster than anybody types three keys in a row.
 */
export const READER_GAP_MS = 80;

/** A pause longer than this forgets what came before (a key pressed by accident a while ago). */
export const FORGET_GAP_MS = 1500;

/** A burst shorter than this is not a card: two quick keys and Enter can be a person's rolled fingers. */
export const MIN_READER_CHARS = 3;

/** What ended with an Enter: `typed` when it came at a person's pace rather than as a reader's burst. */
export interface BadgeRead {
  text: string;
  typed: boolean;
}

export interface BadgeKeyResult {
  buffer: BadgeBuffer;
  /** Set when this key was the Enter that ends something. */
  read: BadgeRead | null;
}

/** Folds one `KeyboardEvent.key` pressed at `now` into the buffer. */
export function feedBadgeKey(buffer: BadgeBuffer, key: string, now: number): BadgeKeyResult {
  const gap = now - buffer.lastAt;
  const forget = gap > FORGET_GAP_MS;
  const chars = forget ? '' : buffer.chars;
  if (key === 'Enter') {
    const run = chars.slice(buffer.runStart).trim();
    if (gap <= READER_GAP_MS && run.length >= MIN_READER_CHARS) {
      // Whatever came before the burst (a stray key) is not part of the card.
      return { buffer: EMPTY_BADGE_BUFFER, read: { text: run, typed: false } };
    }
    const all = chars.trim();
    return { buffer: EMPTY_BADGE_BUFFER, read: all === '' ? null : { text: all, typed: true } };
  }
  // Printable keys have a one-character `key`; named keys (Shift, Tab, ArrowUp, Unidentified) are longer.
  // Shift in particular must not reset the buffer or its clock: readers press it for upper-case hex digits.
  if ([...key].length !== 1) return { buffer: forget ? EMPTY_BADGE_BUFFER : buffer, read: null };
  if (chars.length >= MAX_BADGE_LENGTH) return { buffer: { ...buffer, lastAt: now }, read: null };
  const runStart = forget ? 0 : gap > READER_GAP_MS ? chars.length : buffer.runStart;
  return { buffer: { chars: chars + key, lastAt: now, runStart }, read: null };
}
