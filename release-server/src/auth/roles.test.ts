import type { Role } from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import { type Access, accessOf, adminRefusal, roleChangeRefusal, roleRefusal } from './roles';

describe('accessOf', () => {
  it.each([
    ['GET', 'read'],
    ['head', 'read'],
    ['OPTIONS', 'read'],
    ['POST', 'change'],
    ['PUT', 'change'],
    ['PATCH', 'change'],
    ['DELETE', 'change'],
    ['PROPFIND', 'change'],
  ] as const)('%s is %s', (method, access) => {
    expect(accessOf(method)).toBe(access);
  });
});

describe('adminRefusal', () => {
  it.each([
    ['administrator', 'read', null],
    ['administrator', 'change', null],
    ['helpdesk', 'read', null],
    ['helpdesk', 'change', 'Helpdesk accounts can look but not change settings.'],
    ['user', 'read', expect.stringContaining('no access to the admin pages')],
    ['user', 'change', expect.stringContaining('no access to the admin pages')],
  ] as [Role, Access, unknown][])('%s may %s: %s', (role, access, refusal) => {
    expect(adminRefusal(role, access)).toEqual(refusal);
  });
});

describe('roleRefusal', () => {
  it('lets a listed role through and names the roles needed otherwise', () => {
    expect(roleRefusal('user', ['user', 'helpdesk', 'administrator'])).toBeNull();
    expect(roleRefusal('helpdesk', ['administrator'])).toBe(
      'This needs the administrator role; your account is helpdesk.',
    );
  });
});

describe('roleChangeRefusal', () => {
  it.each([
    ['administrator', 'user', 1, true],
    ['administrator', 'helpdesk', 1, true],
    ['administrator', 'administrator', 1, false],
    ['administrator', 'user', 2, false],
    ['helpdesk', 'administrator', 0, false],
    ['user', 'helpdesk', 1, false],
  ] as [Role, Role, number, boolean][])(
    '%s to %s with %i administrators refused: %s',
    (from, to, n, refused) => {
      expect(roleChangeRefusal(from, to, n) !== null).toBe(refused);
    },
  );
});
