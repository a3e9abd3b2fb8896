import { BadgeBook } from './badge-book';
import type { CsvRecord } from './csv';
import type { ImportPlan, PlannedOp } from './import-report';
import { parseEmail, parseOperation, seenBefore } from './import-values';
import { unreachable } from './job-state';

/** The two accepted badges CSV headers (PRODUCT.md §9). */
export const BADGE_HEADERS = [
  ['BADGE', 'OPERATION', 'EMAIL'],
  ['BADGE', 'OPERATION', 'EMAIL', 'TEMPORARY'],
] as const;

/** PRODUCT.md §9: temporary badges expire 24 h after they are imported. */
export const TEMPORARY_BADGE_TTL_MS = 24 * 60 * 60 * 1000;

// What a reader types as keystrokes, and what the panel's sign-in message allows (1-128 characters).
const BADGE = /^[\x21-\x7e]{1,128}$/;

export interface ExistingBadge {
  value: string;
  userId: number;
  temporary: boolean;
  expiresAt: number | null;
}

export interface BadgeDirectory {
  users: readonly { id: number; email: string }[];
  badges: readonly ExistingBadge[];
}

/**
 * `create` gives a badge to a user; `update` re-issues one the user already has (its TEMPORARY flag and
 * expiry are set again); either may replace the user's permanent badge (`replaces`).
 */
export type BadgeOp =
  | (PlannedOp & { kind: 'create' | 'update'; userId: number; temporary: boolean; expiresAt: number | null })
  | (PlannedOp & { kind: 'delete' });

const OPERATIONS = ['CREATE', 'DELETE'] as const;

/**
 * Plans a badges import against the directory as the good rows before each one leave it. A badge value
 * may appear once per file. An expired temporary badge is free for anyone to take. A new permanent badge
 * replaces the user's old one, unless that one was given on an earlier line of the same file: two
 * permanent badges for one person in one file is a mistake, not a replacement.
 */
export function planBadgeImport(
  rows: readonly CsvRecord[],
  dir: BadgeDirectory,
  now: number,
): ImportPlan<BadgeOp> {
  const book = new BadgeBook(dir, now);
  const seen = new Map<string, number>();
  const plan: ImportPlan<BadgeOp> = { ops: [], errors: [] };
  for (const row of rows) {
    const result = planRow(row, book, seen, now);
    if (Array.isArray(result)) plan.errors.push({ line: row.line, reason: result.join('; ') });
    else {
      plan.ops.push(result);
      book.apply(result);
    }
  }
  return plan;
}

/** An op for a good row, or every reason the row is refused. */
function planRow(
  row: CsvRecord,
  book: BadgeBook,
  seen: Map<string, number>,
  now: number,
): BadgeOp | string[] {
  const { line } = row;
  const [rawBadge = '', rawOp = '', rawEmail = '', rawTemporary = ''] = row.values;
  const reasons: string[] = [];
  const key = rawBadge.trim();
  if (key === '') reasons.push('BADGE is required');
  else if (!BADGE.test(key)) reasons.push('BADGE must be 1-128 printable ASCII characters without spaces');
  const again = key === '' ? undefined : seenBefore(seen, key, line, `BADGE ${key}`);
  if (again) reasons.push(again);
  const op = parseOperation(rawOp, OPERATIONS);
  if (!op.ok) reasons.push(op.reason);
  const deleting = op.ok && op.value === 'DELETE';
  // EMAIL names who gets the badge; on DELETE it may be left out, and when given must be the owner.
  const email = deleting && rawEmail.trim() === '' ? undefined : parseEmail(rawEmail);
  if (email && !email.ok) reasons.push(email.reason);
  const userId = email?.ok ? book.userId(email.value) : undefined;
  if (email?.ok && userId === undefined) reasons.push(`no user ${email.value}`);
  const temporary = parseTemporary(rawTemporary);
  if (!deleting && temporary === undefined) {
    reasons.push(`TEMPORARY must be true or false, not "${rawTemporary.trim()}"`);
  }
  if (!op.ok || reasons.length > 0) return reasons;

  const current = book.badge(key);
  switch (op.value) {
    case 'CREATE': {
      const owner = userId!;
      if (current && book.live(current) && current.userId !== owner) {
        return [`BADGE ${key} already belongs to ${book.email(current.userId)}`];
      }
      const permanent = temporary === false;
      const earlier = permanent ? book.permanentGivenOn(owner) : undefined;
      if (earlier !== undefined) {
        return [`${book.email(owner)} already gets a permanent badge on line ${earlier}`];
      }
      const old = book.permanentOf(owner);
      return {
        kind: current?.userId === owner ? 'update' : 'create',
        line,
        key,
        userId: owner,
        temporary: !permanent,
        expiresAt: permanent ? null : now + TEMPORARY_BADGE_TTL_MS,
        replaces: permanent && old !== undefined && old !== key ? old : null,
      };
    }
    case 'DELETE':
      if (!current) return [`no badge ${key} to delete`];
      if (userId !== undefined && current.userId !== userId) {
        return [`BADGE ${key} belongs to ${book.email(current.userId)}, not ${book.email(userId)}`];
      }
      return { kind: 'delete', line, key };
    default:
      return unreachable(op.value);
  }
}

/** `true`/`false` without regard to case; empty means a permanent badge. `undefined` when neither. */
function parseTemporary(raw: string): boolean | undefined {
  const v = raw.trim().toLowerCase();
  if (v === '' || v === 'false') return false;
  return v === 'true' ? true : undefined;
}
