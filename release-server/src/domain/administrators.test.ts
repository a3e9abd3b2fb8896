import { describe, expect, it } from 'vitest';
import { lastAdministratorRefusal } from './administrators';
import { USER_HEADER } from './user-fields';
import { type ExistingUser, planUserImport } from './user-import';

describe('lastAdministratorRefusal', () => {
  it.each([
    ['the only administrator', 'administrator', 1, true],
    ['an administrator of none (a damaged count)', 'administrator', 0, true],
    ['one of two administrators', 'administrator', 2, false],
    ['a helpdesk account', 'helpdesk', 1, false],
    ['a user', 'user', 0, false],
  ] as const)('%s', (_name, role, administrators, refused) => {
    const refusal = lastAdministratorRefusal('root@x.org', role, administrators);
    if (refused) {
      expect(refusal).toBe(
        'root@x.org is the last administrator: make another account an administrator first',
      );
    } else expect(refusal).toBeNull();
  });
});

describe('users import: the last administrator cannot be deleted', () => {
  const existing: ExistingUser[] = [
    { id: 1, email: 'root@x.org', shortname: null, role: 'administrator' },
    { id: 2, email: 'ada@x.org', shortname: null, role: 'administrator' },
    { id: 3, email: 'bob@x.org', shortname: null, role: 'user' },
  ];
  const del = (email: string, line: number) => ({
    line,
    values: USER_HEADER.map((h) => (h === 'EMAIL' ? email : h === 'OPERATION' ? 'DELETE' : '')),
  });

  it('lets one of two administrators go, and refuses the second on its own line', () => {
    const plan = planUserImport([del('root@x.org', 2), del('bob@x.org', 3), del('ada@x.org', 4)], existing);
    expect(plan.ops.map((o) => o.key)).toEqual(['root@x.org', 'bob@x.org']);
    expect(plan.errors).toEqual([
      {
        line: 4,
        reason: 'ada@x.org is the last administrator: make another account an administrator first',
      },
    ]);
  });

  it('does not count a bad line as a deletion', () => {
    const plan = planUserImport([del('root@x.org', 2), del('root@x.org', 3), del('ada@x.org', 4)], existing);
    expect(plan.errors.map((e) => e.line)).toEqual([3, 4]);
  });
});
