import type { ImportMode } from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import { type ImportPlan, mergeErrors, type PlannedOp, reportOf, shouldApply } from './import-report';

const good: ImportPlan<PlannedOp> = { ops: [{ kind: 'create', line: 2, key: 'a' }], errors: [] };
const mixed: ImportPlan<PlannedOp> = { ...good, errors: [{ line: 3, reason: 'bad' }] };

describe('shouldApply', () => {
  it.each<[ImportPlan<PlannedOp>, ImportMode, boolean, boolean]>([
    [good, 'all-or-nothing', false, true],
    [mixed, 'all-or-nothing', false, false],
    [good, 'apply-valid', false, true],
    [mixed, 'apply-valid', false, true],
    [good, 'all-or-nothing', true, false],
    [mixed, 'apply-valid', true, false],
  ])('plan %#: %s, dry run %s -> %s', (plan, mode, dryRun, expected) => {
    expect(shouldApply(plan, mode, dryRun)).toBe(expected);
  });
});

describe('reportOf', () => {
  it('lists keys by what happens to them; a replaced key is deleted', () => {
    const plan: ImportPlan<PlannedOp> = {
      ops: [
        { kind: 'create', line: 2, key: 'new', replaces: 'old' },
        { kind: 'update', line: 3, key: 'same', replaces: null },
        { kind: 'delete', line: 4, key: 'gone' },
      ],
      errors: [{ line: 5, reason: 'bad' }],
    };
    expect(reportOf(plan, true, false)).toEqual({
      applied: true,
      dryRun: false,
      created: ['new'],
      updated: ['same'],
      deleted: ['old', 'gone'],
      errors: [{ line: 5, reason: 'bad' }],
    });
  });
});

describe('mergeErrors', () => {
  it('orders parse and plan errors by line, keeping order within a line', () => {
    expect(
      mergeErrors(
        [{ line: 4, reason: 'ragged' }],
        [
          { line: 2, reason: 'a' },
          { line: 7, reason: 'b' },
        ],
      ),
    ).toEqual([
      { line: 2, reason: 'a' },
      { line: 4, reason: 'ragged' },
      { line: 7, reason: 'b' },
    ]);
  });
});
