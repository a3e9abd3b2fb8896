import * as z from 'zod/mini';

/**
 * How a badge reader's keystrokes become the badge number the server knows (STANDARDS.md §3). Applied in
 * this order: trim the terminator and whitespace, capture with `pattern`, read the digits as `input`,
 * reverse the byte order, split a 26-bit Wiegand value, write as `output`, strip or pad zeros.
 */
export const badgeReaderSchema = z.object({
  /** A regular expression; its first capture group (or the whole match) is the badge. */
  pattern: z._default(z.nullable(z.string().check(z.maxLength(200))), null),
  /** How the reader writes the number: decimal digits, hexadecimal, or text kept as is. */
  input: z._default(z.enum(['decimal', 'hex', 'text']), 'text'),
  /** Reverse the byte order of the value (readers that send MIFARE UIDs little-endian). */
  reverseBytes: z._default(z.boolean(), false),
  /** Read a 26-bit HID H10301 value and keep `facility:card`. */
  wiegand26: z._default(z.boolean(), false),
  output: z._default(z.enum(['decimal', 'hex', 'text']), 'text'),
  stripLeadingZeros: z._default(z.boolean(), false),
  /** Left-pad with zeros to this many characters. */
  padTo: z._default(z.nullable(z.int().check(z.gte(1), z.lte(64))), null),
  /**
   * Accept a number typed by a person (slow keystrokes) as well as a reader's fast burst. Off by
   * default: a badge number read off a card is not the card.
   */
  allowTyped: z._default(z.boolean(), false),
});
export type BadgeReaderConfig = z.infer<typeof badgeReaderSchema>;

export const DEFAULT_BADGE_READER: BadgeReaderConfig = Object.freeze(badgeReaderSchema.parse({}));
