import type { ImportMode, ImportReport } from '@quire/protocol';
import type { LineError } from './csv';
import { unreachable } from './job-state';

/** What one good line of an import does to its key (an email or a badge value). */
export type OpKind = 'create' | 'update' | 'delete';

export interface PlannedOp {
  kind: OpKind;
  line: number;
  key: string;
  /** A key that stops existing because of this op (a permanent badge replaced by a new one). */
  replaces?: string | null;
}

export interface ImportPlan<Op extends PlannedOp> {
  /** The good lines, in file order. */
  ops: Op[];
  /** The bad lines, in file order, one entry each. */
  errors: LineError[];
}

/** Whether a plan is carried out: never on a dry run; with bad lines only in `apply-valid` mode. */
export function shouldApply(plan: ImportPlan<PlannedOp>, mode: ImportMode, dryRun: boolean): boolean {
  if (dryRun) return false;
  switch (mode) {
    case 'all-or-nothing':
      return plan.errors.length === 0;
    case 'apply-valid':
      return true;
    default:
      return unreachable(mode);
  }
}

/**
 * The report for a plan. The lists always describe what the good lines do (did, or would do), so a
 * rejected or dry-run import shows what fixing the bad lines will lead to; `applied` says whether it
 * happened. A replaced key is listed under `deleted`: it no longer works, which is what an admin needs to see.
 */
export function reportOf(plan: ImportPlan<PlannedOp>, applied: boolean, dryRun: boolean): ImportReport {
  const report: ImportReport = {
    applied,
    dryRun,
    created: [],
    updated: [],
    deleted: [],
    errors: plan.errors,
  };
  for (const op of plan.ops) {
    if (op.replaces) report.deleted.push(op.replaces);
    switch (op.kind) {
      case 'create':
        report.created.push(op.key);
        break;
      case 'update':
        report.updated.push(op.key);
        break;
      case 'delete':
        report.deleted.push(op.key);
        break;
      default:
        unreachable(op.kind);
    }
  }
  return report;
}

/** Parse errors and plan errors together, in line order, as the report lists them. */
export function mergeErrors(...lists: readonly LineError[][]): LineError[] {
  return lists.flat().sort((a, b) => a.line - b.line);
}
