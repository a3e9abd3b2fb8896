import type { UserDetail } from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import {
  checkNewUser,
  checkUpdate,
  createBody,
  type NewUserDraft,
  namesOf,
  splitNames,
  updateBody,
} from './user-draft';

const ANA: UserDetail = {
  email: 'ana@example.com',
  name: 'Ana Lima',
  firstName: 'Ana',
  lastName: 'Lima',
  displayName: null,
  shortname: 'ana',
  department: 'Finance',
  costCenter: null,
  role: 'user',
  groups: [],
  hasPassword: false,
  customAttributes: 'badge-colour=blue\nfloor=3',
  badges: [],
  delegates: [],
  createdAt: '2026-03-10T10:00:00.000Z',
  updatedAt: '2026-03-10T10:00:00.000Z',
};

const blank: NewUserDraft = {
  email: '',
  password: '',
  groups: '',
  ...namesOf(null),
};

describe('namesOf', () => {
  it('shows an empty box for a field without a value', () => {
    expect(namesOf(ANA)).toEqual({
      firstName: 'Ana',
      lastName: 'Lima',
      displayName: '',
      shortname: 'ana',
      department: 'Finance',
      costCenter: '',
      customAttributes: 'badge-colour=blue\nfloor=3',
    });
  });
});

describe('updateBody', () => {
  const before = namesOf(ANA);

  it('sends nothing but what changed, so that the rest stays as it is', () => {
    expect(updateBody({ ...before, password: '' }, before)).toEqual({});
    expect(updateBody({ ...before, department: ' Sales ', password: '' }, before)).toEqual({
      department: 'Sales',
    });
  });

  it('clears an emptied field with null, and sends a typed password as it is', () => {
    expect(updateBody({ ...before, shortname: '  ', password: ' pass phrase ' }, before)).toEqual({
      shortname: null,
      password: ' pass phrase ',
    });
  });

  it('leaves a value alone when only spaces around it changed', () => {
    expect(updateBody({ ...before, firstName: 'Ana ', password: '' }, before)).toEqual({});
  });
});

describe('createBody', () => {
  it('sends the fields filled in and the groups as a list', () => {
    expect(
      createBody({ ...blank, email: ' Ana@Example.com ', firstName: 'Ana', groups: 'Finance, , Paris ' }),
    ).toEqual({ email: 'Ana@Example.com', firstName: 'Ana', groups: ['Finance', 'Paris'] });
  });
});

describe('splitNames', () => {
  it.each([
    ['', []],
    [' , ', []],
    ['a,b', ['a', 'b']],
    [' Finance team , Paris', ['Finance team', 'Paris']],
  ])('%j', (text, names) => {
    expect(splitNames(text)).toEqual(names);
  });
});

describe('checks before sending', () => {
  it.each([
    ['', [{ field: 'email', reason: { kind: 'required' } }]],
    ['ana', [{ field: 'email', reason: { kind: 'not-email' } }]],
    ['ana@example', []],
    [' ANA@example.com ', []],
  ])('email %j', (email, problems) => {
    expect(checkNewUser({ ...blank, email })).toEqual(problems);
  });

  it('finds a password that is too short, new or changed', () => {
    const short = [{ field: 'password', reason: { kind: 'too-short', min: 10 } }];
    expect(checkNewUser({ ...blank, email: 'ana@example.com', password: 'short' })).toEqual(short);
    expect(checkUpdate({ ...namesOf(ANA), password: 'short' }, namesOf(ANA))).toEqual(short);
    expect(checkUpdate({ ...namesOf(ANA), password: '' }, namesOf(ANA))).toEqual([]);
  });

  it('leaves the import rules to the server (a short name with a space is sent)', () => {
    expect(checkNewUser({ ...blank, email: 'ana@example.com', shortname: 'a b' })).toEqual([]);
  });
});
