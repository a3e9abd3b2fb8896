import { ApiError } from '../../lib/api-client';

/** The register form's fields, as the API names them. */
export type BadgeField = 'badge' | 'email';

/** Why the server refused a badge, in a form the page can say in its own language. */
export type BadgeReason =
  | { kind: 'required' }
  | { kind: 'badge-chars' }
  | { kind: 'not-email' }
  | { kind: 'too-long'; max: number }
  | { kind: 'no-user'; email: string }
  | { kind: 'taken'; owner: string };

export interface BadgeRefusal {
  field: BadgeField;
  reason: BadgeReason;
}

/**
 * The badges API checks a badge with the badges CSV import's rules and says why in English, several
 * reasons joined by "; " (services/badge-admin.ts, domain/badge-import.ts, in the JSON field names of
 * domain/api-words.ts): `badge must be 1-128 printable ASCII characters without spaces`, `email "x" is
 * not an email address`; `There is no user x.` (404); `Badge 1001 already belongs to x.` (409). Each
 * sentence this page knows becomes a reason by field; an unknown one is left to the form's status line.
 */
const RULES: readonly [RegExp, BadgeField, (m: RegExpExecArray) => BadgeReason][] = [
  [/^badge is required$/, 'badge', () => ({ kind: 'required' })],
  [/^email is required$/, 'email', () => ({ kind: 'required' })],
  [/^badge must be 1-128 printable ASCII characters/, 'badge', () => ({ kind: 'badge-chars' })],
  [/^badge \S+ already belongs to (.+)$/i, 'badge', (m) => ({ kind: 'taken', owner: m[1]! })],
  [/^email ".*" is not an email address$/, 'email', () => ({ kind: 'not-email' })],
  [/^email is longer than (\d+) characters$/, 'email', (m) => ({ kind: 'too-long', max: Number(m[1]) })],
  [/^(?:there is )?no user (.+)$/i, 'email', (m) => ({ kind: 'no-user', email: m[1]! })],
];

function readPart(part: string): BadgeRefusal | null {
  for (const [pattern, field, reason] of RULES) {
    const m = pattern.exec(part);
    if (m) return { field, reason: reason(m) };
  }
  return null;
}

/** The reasons a refusal of `POST /badges` gives, by field, the first of each field first; [] for none. */
export function badgeRefusals(error: unknown): BadgeRefusal[] {
  if (!(error instanceof ApiError)) return [];
  if (!['bad-request', 'not-found', 'badge-taken'].includes(error.code)) return [];
  const found: BadgeRefusal[] = [];
  for (const part of error.message.trim().replace(/\.$/, '').split('; ')) {
    const refusal = readPart(part.trim());
    if (refusal && !found.some((f) => f.field === refusal.field)) found.push(refusal);
  }
  return found;
}
