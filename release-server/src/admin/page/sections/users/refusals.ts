import type * as z from 'zod/mini';
import { ApiError } from '../../lib/api-client';
import type { FieldErrors } from '../../lib/form-errors';
import { NAME_FIELDS } from './name-fields';

/**
 * The users API checks each field with the users CSV import's own rules and names the fields it
 * refuses, in English, several at once: `firstName is longer than 255 characters; shortname must not
 * contain @ or spaces.` (services/user-admin.ts, domain/user-fields.ts), `password: must be at least 10
 * characters.` (admin/body.ts), `shortname "ali" is already used by ali@example.com.` This reads them
 * back as reasons by field, so that each is shown next to its field in the page's language.
 */
export type Reason =
  | { kind: 'required' }
  | { kind: 'too-long'; max: number }
  | { kind: 'too-short'; min: number }
  | { kind: 'not-email' }
  | { kind: 'shortname-chars' }
  | { kind: 'control-chars' }
  | { kind: 'exists' }
  | { kind: 'taken'; by: string }
  | { kind: 'no-user'; name: string }
  | { kind: 'own-delegate' }
  | { kind: 'group-exists' }
  /** A rule this page has no words for: the server's own sentence. */
  | { kind: 'server'; text: string };

/** A problem with one field of a form, by the field's path (the API's name for it). */
export interface FieldProblem {
  field: string;
  reason: Reason;
}

/** The fields the users, groups and delegates routes name, as the page's forms name them. */
const FIELDS: ReadonlySet<string> = new Set([
  ...NAME_FIELDS,
  'email',
  'password',
  'groups',
  'delegates',
  'name',
]);

const RULES: readonly [RegExp, (m: RegExpExecArray) => Reason][] = [
  [/^(is required|a group needs a name)$/, () => ({ kind: 'required' })],
  [/is longer than (\d+) characters$/, (m) => ({ kind: 'too-long', max: Number(m[1]) })],
  [/^must be at least (\d+) characters$/, (m) => ({ kind: 'too-short', min: Number(m[1]) })],
  // The server's `email "x" is not an email address`, the protocol schema's `an email address`.
  [/an email address$/, () => ({ kind: 'not-email' })],
  [/^must not contain @ or spaces$/, () => ({ kind: 'shortname-chars' })],
  [/must not contain control characters$/, () => ({ kind: 'control-chars' })],
  [/^there is no user (.+)$/, (m) => ({ kind: 'no-user', name: m[1]! })],
  [/cannot be their own delegate$/, () => ({ kind: 'own-delegate' })],
];

export function reasonOf(text: string): Reason {
  for (const [pattern, reason] of RULES) {
    const m = pattern.exec(text);
    if (m) return reason(m);
  }
  return { kind: 'server', text };
}

/** One reason of a `bad-request`: its field (or null when it names none) and why. */
function readPart(part: string): FieldProblem | null {
  // `password: must be…` (the schema check) or `delegates: there is no user x`.
  const named = /^(\w+)(?:\.\d+)*: (.+)$/s.exec(part);
  if (named && FIELDS.has(named[1]!)) return { field: named[1]!, reason: reasonOf(named[2]!) };
  const deleted = /^\[delete\] is not allowed on (\w+)$/.exec(part);
  if (deleted && FIELDS.has(deleted[1]!))
    return { field: deleted[1]!, reason: { kind: 'server', text: part } };
  if (part.startsWith('group "')) return { field: 'groups', reason: reasonOf(part) };
  // `shortname must not contain @ or spaces`, `email "x" is not an email address`.
  const first = /^(\w+) (.+)$/s.exec(part);
  if (first && FIELDS.has(first[1]!)) return { field: first[1]!, reason: reasonOf(first[2]!) };
  return null;
}

function readConflict(text: string): FieldProblem | null {
  const taken = /^shortname "(.*)" is already used by (.+)$/s.exec(text);
  if (taken) return { field: 'shortname', reason: { kind: 'taken', by: taken[2]! } };
  if (/^There is already a group /.test(text)) return { field: 'name', reason: { kind: 'group-exists' } };
  if (/^\S+ already exists$/.test(text)) return { field: 'email', reason: { kind: 'exists' } };
  // The last administrator, say: about the whole form, said beside its Save button.
  return null;
}

/** Every field a refusal names with its reason, the first reason of a field first; empty for none. */
export function fieldRefusals(error: unknown): FieldProblem[] {
  if (!(error instanceof ApiError)) return [];
  const text = error.message.trim().replace(/\.$/, '');
  const found =
    error.code === 'conflict'
      ? [readConflict(text)]
      : error.code === 'bad-request'
        ? text.split('; ').map(readPart)
        : [];
  return found.filter((f) => f !== null);
}

/** What a protocol schema found before sending, as the same reasons the server gives. */
export function issueProblems(issues: readonly z.core.$ZodIssue[]): FieldProblem[] {
  return issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    switch (issue.code) {
      case 'too_small': {
        const min = Number(issue.minimum);
        return { field, reason: min <= 1 ? { kind: 'required' } : { kind: 'too-short', min } };
      }
      case 'too_big':
        return { field, reason: { kind: 'too-long', max: Number(issue.maximum) } };
      default:
        return { field, reason: reasonOf(issue.message) };
    }
  });
}

/** Problems as a form's errors, by field, in words; the first of a field wins (the one to fix first). */
export function errorsByField(
  problems: readonly FieldProblem[],
  say: (reason: Reason) => string,
): FieldErrors {
  const out: Record<string, string> = {};
  for (const { field, reason } of problems) out[field] ??= say(reason);
  return out;
}
