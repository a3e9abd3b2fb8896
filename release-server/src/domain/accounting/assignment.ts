import {
  AppError,
  type AssignmentScope,
  assignmentSubject,
  type QuotaAssignment,
  type QuotaDefinition,
  type QuotaPolicyMode,
} from '@quire/protocol';
import { unreachable } from '../job-state';

/** Who is printing, as the directory knows them (`UserRecord` fits). */
export interface QuotaSubject {
  email: string;
  costCenter: string | null;
  department: string | null;
}

/** The assignments that could apply to `user`, most specific first: the user, a group, the company. */
function candidates(mode: QuotaPolicyMode, user: QuotaSubject): QuotaAssignment[] {
  const quota = '';
  const group = ((): QuotaAssignment | null => {
    switch (mode) {
      case 'cost-center-or-personal':
        return user.costCenter ? { scope: 'cost-center', costCenter: user.costCenter, quota } : null;
      case 'department-or-personal':
        return user.department ? { scope: 'department', department: user.department, quota } : null;
      case 'personal-only':
        return null;
      default:
        return unreachable(mode satisfies never);
    }
  })();
  return [
    { scope: 'user', email: user.email, quota },
    ...(group ? [group] : []),
    { scope: 'company', quota },
  ];
}

/**
 * The assignment that decides `user`'s quota: their own, else their cost centre's or department's (the
 * policy mode says which; the other is ignored), else the company default; `null` when none exists.
 * Names match ignoring case and surrounding spaces, as the admin API keeps them unique that way.
 */
export function assignmentFor(
  mode: QuotaPolicyMode,
  assignments: readonly QuotaAssignment[],
  user: QuotaSubject,
): QuotaAssignment | null {
  for (const wanted of candidates(mode, user).map(assignmentSubject)) {
    const found = assignments.find((a) => assignmentSubject(a) === wanted);
    if (found) return found;
  }
  return null;
}

export interface ResolvedQuota {
  definition: QuotaDefinition;
  /** Where it came from, to explain it ("from your department"). */
  scope: AssignmentScope;
}

/**
 * The quota definition that applies to `user`, or `null` when nothing is assigned at all (no quota:
 * everyone prints, and is still charged). An assignment naming a definition that does not exist is a
 * broken configuration: it throws rather than letting that user print without limits.
 */
export function resolveQuota(
  mode: QuotaPolicyMode,
  assignments: readonly QuotaAssignment[],
  definitions: readonly QuotaDefinition[],
  user: QuotaSubject,
): ResolvedQuota | null {
  const assignment = assignmentFor(mode, assignments, user);
  if (!assignment) return null;
  const definition = definitions.find((d) => d.name === assignment.quota);
  if (!definition) {
    throw new AppError(
      'internal-error',
      `The quota "${assignment.quota}" assigned to ${assignmentSubject(assignment)} does not exist.`,
    );
  }
  return { definition, scope: assignment.scope };
}
