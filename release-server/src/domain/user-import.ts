import type { Role } from '@quire/protocol';
import { lastAdministratorRefusal, printingRefusal } from './administrators';
import type { CsvRecord } from './csv';
import type { ImportPlan, PlannedOp } from './import-report';
import { parseEmail, parseOperation, seenBefore } from './import-values';
import { unreachable } from './job-state';
import { byField, readUserFields, type UserValues } from './user-fields';

/** What the planner needs to know of a user already in the directory. */
export interface ExistingUser {
  id: number;
  email: string;
  shortname: string | null;
  /** @default 'user' */
  role?: Role;
  /** Whether one of the user's jobs is being printed now (`releasing`). @default false */
  printing?: boolean;
}

interface Names {
  /** The names jobs may have been sent under before the user existed: email and SHORTNAME. */
  claimNames: string[];
}

export type UserOp =
  | (PlannedOp & Names & { kind: 'create'; values: UserValues; groups: string[]; password: string | null })
  | (PlannedOp &
      Names & {
        kind: 'update';
        id: number;
        values: UserValues;
        groups: string[] | null;
        password: string | null;
      })
  | (PlannedOp & { kind: 'delete'; id: number });

const OPERATIONS = ['CREATE', 'UPDATE', 'DELETE'] as const;

/**
 * Plans a users import (PRODUCT.md §9): one op per good row, one error per bad row, in file order. Rows are
 * checked against the directory as the good rows before them leave it, since that is the order they are
 * applied in: a SHORTNAME freed on line 3 may be taken on line 4, not the other way round. An email may
 * appear once per file; a second appearance is an error even if the first line was bad, so the outcome
 * never depends on which of two conflicting lines happened to be valid. A DELETE of the last
 * administrator left by the lines before it is a bad line.
 */
export function planUserImport(
  rows: readonly CsvRecord[],
  existing: readonly ExistingUser[],
): ImportPlan<UserOp> {
  const users = new Map(existing.map((u) => [u.email, u]));
  const owners = new Map<string, string>();
  for (const u of existing) if (u.shortname) owners.set(u.shortname.toLowerCase(), u.email);
  const seen = new Map<string, number>();
  const plan: ImportPlan<UserOp> = { ops: [], errors: [] };
  const admins = { count: existing.filter((u) => u.role === 'administrator').length };

  for (const row of rows) {
    const result = planRow(row, users, owners, seen, admins);
    if (Array.isArray(result)) {
      plan.errors.push({ line: row.line, reason: result.join('; ') });
      continue;
    }
    plan.ops.push(result);
    // Keep SHORTNAME ownership as it stands after this row.
    const before = result.kind === 'create' ? null : (users.get(result.key)?.shortname ?? null);
    const after = result.kind === 'delete' ? null : result.values.shortname;
    if (after === undefined) continue;
    if (before && owners.get(before.toLowerCase()) === result.key) owners.delete(before.toLowerCase());
    if (after) owners.set(after.toLowerCase(), result.key);
  }
  return plan;
}

/** An op for a good row, or every reason the row is refused. */
function planRow(
  row: CsvRecord,
  users: ReadonlyMap<string, ExistingUser>,
  owners: ReadonlyMap<string, string>,
  seen: Map<string, number>,
  admins: { count: number },
): UserOp | string[] {
  const { line } = row;
  const f = byField(row.values);
  const reasons: string[] = [];
  const op = parseOperation(f.OPERATION, OPERATIONS);
  const email = parseEmail(f.EMAIL);
  if (!op.ok) reasons.push(op.reason);
  const again = email.ok ? seenBefore(seen, email.value, line, email.value) : undefined;
  if (!email.ok) reasons.push(email.reason);
  if (again) reasons.push(again);
  const operation = op.ok ? op.value : undefined;
  // Other fields mean nothing to DELETE, so they are not checked for it.
  const fields = operation === 'DELETE' ? undefined : readUserFields(f, operation === 'CREATE', reasons);
  if (!operation || !email.ok || again) return reasons;

  const key = email.value;
  const current = users.get(key);
  if (operation === 'CREATE' && current) reasons.push(`${key} already exists; use UPDATE`);
  if (operation === 'UPDATE' && !current) reasons.push(`no user ${key} to update; use CREATE`);
  if (operation === 'DELETE' && !current) reasons.push(`no user ${key} to delete`);
  const lastAdmin =
    operation === 'DELETE' && current
      ? lastAdministratorRefusal(key, current.role ?? 'user', admins.count)
      : null;
  if (lastAdmin) reasons.push(lastAdmin);
  const printing = operation === 'DELETE' && current ? printingRefusal(key, current.printing ?? false) : null;
  if (printing) reasons.push(printing);
  const shortname = fields?.values.shortname;
  const owner = shortname ? owners.get(shortname.toLowerCase()) : undefined;
  if (owner !== undefined && owner !== key) {
    reasons.push(`SHORTNAME "${shortname}" is already used by ${owner}`);
  }
  if (reasons.length > 0) return reasons;

  switch (operation) {
    case 'DELETE':
      if (current!.role === 'administrator') admins.count--;
      return { kind: 'delete', line, key, id: current!.id };
    case 'CREATE':
      return {
        kind: 'create',
        line,
        key,
        ...fields!,
        groups: fields!.groups ?? [],
        claimNames: names(key, shortname),
      };
    case 'UPDATE': {
      const resulting = shortname === undefined ? current!.shortname : shortname;
      return { kind: 'update', line, key, id: current!.id, ...fields!, claimNames: names(key, resulting) };
    }
    default:
      return unreachable(operation);
  }
}

function names(email: string, shortname: string | null | undefined): string[] {
  return shortname ? [email, shortname] : [email];
}
