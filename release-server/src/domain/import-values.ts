/** A checked value, or why it was refused (the words an admin reads in the import report). */
export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

/** The literal that clears a field on UPDATE (PRODUCT.md §9). */
export const CLEAR = '[delete]';

/** RFC 5321 §4.5.3.1.3: a path is at most 256 octets with its brackets, so an address at most 254. */
export const MAX_EMAIL_LENGTH = 254;

// Deliberately loose: one @, something before it with no spaces or mail syntax, and a domain of non-empty
// dot-separated labels. Whether the mailbox exists is not ours to decide.
const EMAIL = /^[^\s@"(),:;<>[\]\\]+@[^\s@"(),:;<>[\]\\.]+(\.[^\s@"(),:;<>[\]\\.]+)*$/;

/** OPERATION, case-insensitive, one of `allowed`. */
export function parseOperation<const T extends string>(raw: string, allowed: readonly T[]): Checked<T> {
  const op = raw.trim().toUpperCase();
  const list = `${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}`;
  if (op === '') return { ok: false, reason: `OPERATION is required (${list})` };
  const found = allowed.find((a) => a === op);
  return found
    ? { ok: true, value: found }
    : { ok: false, reason: `OPERATION must be ${list}, not "${raw.trim()}"` };
}

/** EMAIL trimmed and lower-cased; emails are stored lower-cased and compared that way. */
export function parseEmail(raw: string): Checked<string> {
  const email = raw.trim().toLowerCase();
  if (email === '') return { ok: false, reason: 'EMAIL is required' };
  if (email === CLEAR) return { ok: false, reason: `${CLEAR} is not allowed on EMAIL` };
  if (email.length > MAX_EMAIL_LENGTH) {
    return { ok: false, reason: `EMAIL is longer than ${MAX_EMAIL_LENGTH} characters` };
  }
  if (!EMAIL.test(email)) return { ok: false, reason: `EMAIL "${raw.trim()}" is not an email address` };
  return { ok: true, value: email };
}

/** The reason a key is refused when it is seen again in one file, or `undefined` the first time. */
export function seenBefore(
  seen: Map<string, number>,
  key: string,
  line: number,
  what: string,
): string | undefined {
  const first = seen.get(key);
  if (first !== undefined) return `${what} appears again (first on line ${first})`;
  seen.set(key, line);
  return undefined;
}
