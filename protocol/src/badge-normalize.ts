import type { BadgeReaderConfig } from './badge';

/**
 * Turning what a badge reader typed into the badge number the server knows (STANDARDS.md §3), as one pure
 * function: the panel applies it before `sign-in`, and anything else that reads badges can use the same.
 * Order: trim the terminator and whitespace -> capture with `pattern` -> read as `input` (BigInt: 7- and
 * 10-byte MIFARE UIDs exceed 2^53) -> reverse the byte order -> split a 26-bit Wiegand value -> write as
 * `output` -> strip or pad zeros.
 */

/** Why the characters are not a badge, for the panel to word (never thrown). */
export type BadgeRejection =
  /** Nothing left once the terminator and whitespace are trimmed. */
  | 'empty'
  /** The configured `pattern` is not a valid regular expression: a configuration mistake, not the card. */
  | 'bad-pattern'
  /** The pattern does not match (or captures nothing). */
  | 'no-match'
  /** `input` is decimal or hex, and the characters are not such a number. */
  | 'not-a-number'
  /** `input` is text while a conversion needs a number (byte reversal, Wiegand, decimal or hex output). */
  | 'needs-number'
  /** Wiegand 26 is on and the value does not fit in 26 bits, or its parity bits are wrong (a misread). */
  | 'not-wiegand26'
  /** Longer than the protocol's 128 characters. */
  | 'too-long';

export type BadgeNormalizeResult =
  | { ok: true; badge: string }
  | { ok: false; reason: BadgeRejection; detail: string };

/** Longest badge `sign-in` accepts (protocol/src/panel.ts). */
export const MAX_NORMALIZED_BADGE = 128;

const reject = (reason: BadgeRejection, detail: string): BadgeNormalizeResult => ({
  ok: false,
  reason,
  detail,
});

/** A number as read, and how many hex digits the reader wrote (so hex output keeps leading zero bytes). */
interface Read {
  value: bigint;
  hexDigits: number | null;
}

export function normalizeBadge(raw: string, config: BadgeReaderConfig): BadgeNormalizeResult {
  // Readers end with Enter (CR, LF or both); some add Tab or spaces.
  const trimmed = raw.replace(/\p{Cc}/gu, ' ').trim();
  if (trimmed === '') return reject('empty', 'nothing was read');

  const captured = capture(trimmed, config.pattern);
  if (!captured.ok) return captured;
  let text = captured.badge;

  const numeric =
    config.reverseBytes || config.wiegand26 || config.output !== 'text' || config.input !== 'text';
  if (numeric) {
    if (config.input === 'text') {
      return reject('needs-number', 'set input to decimal or hex to convert the badge');
    }
    const read = readNumber(text, config.input);
    if (!read) return reject('not-a-number', `"${text}" is not a ${config.input} number`);
    let { value } = read;
    if (config.reverseBytes) value = reverseBytes(value, byteCount(read));
    if (config.wiegand26) {
      const split = wiegand26(value);
      if (!split) return reject('not-wiegand26', `${value} is not a valid 26-bit Wiegand value`);
      // "123:4567": both parts in decimal unless hex is asked for.
      const base = config.output === 'hex' ? 'hex' : 'decimal';
      text = split.map((part) => write(part, base, null)).join(':');
    } else {
      // Same width only when nothing changed the bytes' order: "00AB" stays "00AB", reversed it is "AB00".
      const width = config.input === 'hex' ? read.hexDigits : null;
      text =
        config.output === 'text' && !config.reverseBytes
          ? text
          : write(value, config.output === 'text' ? config.input : config.output, width);
    }
  }

  if (config.stripLeadingZeros) text = text.replace(/^0+(?=.)/, '');
  if (config.padTo !== null) text = text.padStart(config.padTo, '0');
  if (text.length > MAX_NORMALIZED_BADGE)
    return reject('too-long', `${text.length} characters; at most ${MAX_NORMALIZED_BADGE}`);
  return { ok: true, badge: text };
}

/** The first capture group, or the whole match when the pattern has no group (PaperCut's convention). */
function capture(text: string, pattern: string | null): BadgeNormalizeResult {
  if (pattern === null || pattern === '') return { ok: true, badge: text };
  let re: RegExp;
  try {
    re = new RegExp(pattern);
  } catch (error) {
    return reject('bad-pattern', error instanceof Error ? error.message : String(error));
  }
  const m = re.exec(text);
  const value = m ? (m.length > 1 ? m[1] : m[0]) : undefined;
  if (value === undefined || value === '') return reject('no-match', `"${text}" does not match ${pattern}`);
  return { ok: true, badge: value };
}

/** Decimal digits, or hex digits with an optional 0x and byte separators ("E4 3A C9 D2", "e4:3a:c9:d2"). */
function readNumber(text: string, input: 'decimal' | 'hex'): Read | null {
  if (input === 'decimal') return /^\d+$/.test(text) ? { value: BigInt(text), hexDigits: null } : null;
  const digits = text.replace(/^0x/i, '').replace(/[\s:-]/g, '');
  if (!/^[0-9a-f]+$/i.test(digits)) return null;
  return { value: BigInt(`0x${digits}`), hexDigits: digits.length };
}

function byteCount(read: Read): number {
  if (read.hexDigits !== null) return Math.ceil(read.hexDigits / 2);
  return Math.max(1, Math.ceil(read.value.toString(16).length / 2));
}

function reverseBytes(value: bigint, bytes: number): bigint {
  let out = 0n;
  let v = value;
  for (let i = 0; i < bytes; i++) {
    out = (out << 8n) | (v & 0xffn);
    v >>= 8n;
  }
  return out;
}

/**
 * HID H10301: `P FFFFFFFF CCCCCCCCCCCCCCCC P`. Bit 1 is even parity over bits 2-13, bit 26 odd parity over
 * bits 14-25; facility = (v >>> 17) & 0xFF, card = (v >>> 1) & 0xFFFF (STANDARDS.md §3).
 */
function wiegand26(value: bigint): [bigint, bigint] | null {
  if (value >= 1n << 26n) return null;
  const bits = value.toString(2).padStart(26, '0');
  const ones = (s: string): number => s.split('1').length - 1;
  if (ones(bits.slice(0, 13)) % 2 !== 0 || ones(bits.slice(13)) % 2 !== 1) return null;
  return [(value >> 17n) & 0xffn, (value >> 1n) & 0xffffn];
}

function write(value: bigint, output: 'decimal' | 'hex', hexWidth: number | null): string {
  if (output === 'decimal') return value.toString(10);
  return value
    .toString(16)
    .toUpperCase()
    .padStart(hexWidth ?? 0, '0');
}
