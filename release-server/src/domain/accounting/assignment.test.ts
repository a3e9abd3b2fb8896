import { AppError, type QuotaAssignment, type QuotaDefinition, type QuotaPolicyMode } from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import { assignmentFor, type QuotaSubject, resolveQuota } from './assignment';

const assignments: QuotaAssignment[] = [
  { scope: 'company', quota: 'Company' },
  { scope: 'cost-center', costCenter: 'CC-1', quota: 'CC-1 quota' },
  { scope: 'department', department: 'Lab', quota: 'Lab quota' },
  { scope: 'user', email: 'ada@example.org', quota: 'Ada quota' },
];
const person = (email: string, costCenter: string | null, department: string | null): QuotaSubject => ({
  email,
  costCenter,
  department,
});
const ada = person('ada@example.org', 'CC-1', 'Lab');
const bob = person('bob@example.org', 'CC-1', 'Lab');
const cy = person('cy@example.org', null, null);
const dee = person('dee@example.org', 'CC-2', 'Office');

describe('assignmentFor: the most specific assignment wins', () => {
  it.each([
    // mode, user, quota chosen
    ['cost-center-or-personal', ada, 'Ada quota'],
    ['cost-center-or-personal', bob, 'CC-1 quota'],
    ['cost-center-or-personal', cy, 'Company'],
    ['cost-center-or-personal', dee, 'Company'],
    ['department-or-personal', ada, 'Ada quota'],
    ['department-or-personal', bob, 'Lab quota'],
    ['department-or-personal', cy, 'Company'],
    ['department-or-personal', dee, 'Company'],
    ['personal-only', ada, 'Ada quota'],
    ['personal-only', bob, 'Company'],
    ['personal-only', cy, 'Company'],
  ] as [QuotaPolicyMode, QuotaSubject, string][])('%s: %o -> %s', (mode, user, quota) => {
    expect(assignmentFor(mode, assignments, user)?.quota).toBe(quota);
  });

  it.each([
    ['email', person(' ADA@Example.org ', null, null), 'Ada quota'],
    ['cost centre', person('x@example.org', 'cc-1', null), 'CC-1 quota'],
  ])('matches the %s ignoring case and spaces', (_name, user, quota) => {
    expect(assignmentFor('cost-center-or-personal', assignments, user)?.quota).toBe(quota);
  });

  it('the order of assignments does not matter', () => {
    expect(assignmentFor('department-or-personal', [...assignments].reverse(), bob)?.quota).toBe('Lab quota');
  });

  it.each([
    ['nothing assigned', [], bob],
    ['only groups the mode ignores', [{ scope: 'department', department: 'Lab', quota: 'Lab quota' }], bob],
  ] as [string, QuotaAssignment[], QuotaSubject][])('none when %s', (_name, list, user) => {
    expect(assignmentFor('cost-center-or-personal', list, user)).toBeNull();
  });
});

describe('resolveQuota', () => {
  const def = (name: string): QuotaDefinition => ({
    name,
    unit: 'impressions',
    schedule: 'every-month',
    limits: { total: 100, color: 'allowed' },
  });
  const definitions = ['Company', 'CC-1 quota', 'Lab quota', 'Ada quota'].map(def);

  it.each([
    ['cost-center-or-personal', ada, 'Ada quota', 'user'],
    ['cost-center-or-personal', bob, 'CC-1 quota', 'cost-center'],
    ['department-or-personal', bob, 'Lab quota', 'department'],
    ['personal-only', bob, 'Company', 'company'],
  ] as [QuotaPolicyMode, QuotaSubject, string, string][])(
    '%s: %o -> %s from %s',
    (mode, user, name, scope) => {
      expect(resolveQuota(mode, assignments, definitions, user)).toEqual({ definition: def(name), scope });
    },
  );

  it('no quota when nothing is assigned', () => {
    expect(resolveQuota('personal-only', [], definitions, bob)).toBeNull();
  });

  it('a missing definition is an error, never no limit', () => {
    expect(() => resolveQuota('personal-only', assignments, [def('Company')], ada)).toThrow(AppError);
  });
});
