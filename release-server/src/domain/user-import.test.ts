import { describe, expect, it } from 'vitest';
import type { CsvRecord } from './csv';
import { USER_HEADER, type UserField } from './user-fields';
import { type ExistingUser, planUserImport } from './user-import';

type Fields = Partial<Record<UserField, string>>;

const EXISTING: ExistingUser[] = [
  { id: 1, email: 'ann@x.org', shortname: 'ann' },
  { id: 2, email: 'bob@x.org', shortname: null },
  { id: 3, email: 'pat@x.org', shortname: 'pat', printing: true },
];

const row = (line: number, f: Fields): CsvRecord => ({ line, values: USER_HEADER.map((h) => f[h] ?? '') });
const plan = (...rows: Fields[]) =>
  planUserImport(
    rows.map((f, k) => row(k + 2, f)),
    EXISTING,
  );
const create = (f: Fields): Fields => ({ EMAIL: 'cat@x.org', OPERATION: 'CREATE', ...f });
const update = (f: Fields): Fields => ({ EMAIL: 'ann@x.org', OPERATION: 'UPDATE', ...f });
const long = (n: number) => 'x'.repeat(n);

describe('planUserImport: one line', () => {
  it.each<[string, Fields, string]>([
    ['no OPERATION', { EMAIL: 'cat@x.org' }, 'OPERATION is required (CREATE, UPDATE or DELETE)'],
    [
      'an unknown OPERATION',
      create({ OPERATION: 'MERGE' }),
      'OPERATION must be CREATE, UPDATE or DELETE, not "MERGE"',
    ],
    ['no EMAIL', create({ EMAIL: ' ' }), 'EMAIL is required'],
    ['an EMAIL without @', create({ EMAIL: 'cat.x.org' }), 'EMAIL "cat.x.org" is not an email address'],
    ['an EMAIL with a space', create({ EMAIL: 'c at@x.org' }), 'EMAIL "c at@x.org" is not an email address'],
    [
      'an EMAIL with an empty domain label',
      create({ EMAIL: 'cat@x..org' }),
      'EMAIL "cat@x..org" is not an email address',
    ],
    ['EMAIL [delete]', update({ EMAIL: '[delete]' }), '[delete] is not allowed on EMAIL'],
    ['a 255-character EMAIL', create({ EMAIL: `${long(249)}@x.org` }), 'EMAIL is longer than 254 characters'],
    ['CREATE of an existing email', create({ EMAIL: ' ANN@x.org ' }), 'ann@x.org already exists; use UPDATE'],
    ['UPDATE of a missing email', update({ EMAIL: 'zed@x.org' }), 'no user zed@x.org to update; use CREATE'],
    ['DELETE of a missing email', { EMAIL: 'zed@x.org', OPERATION: 'DELETE' }, 'no user zed@x.org to delete'],
    [
      'DELETE of a user with a job printing now',
      { EMAIL: 'pat@x.org', OPERATION: 'DELETE' },
      'pat@x.org has a job printing now: delete the user once it has finished',
    ],
    ['PASSWORD [delete]', update({ PASSWORD: '[delete]' }), '[delete] is not allowed on PASSWORD'],
    ['a long PASSWORD', create({ PASSWORD: long(256) }), 'PASSWORD is longer than 255 characters'],
    ['a long FIRST_NAME', create({ FIRST_NAME: long(256) }), 'FIRST_NAME is longer than 255 characters'],
    ['a long LAST_NAME', update({ LAST_NAME: long(256) }), 'LAST_NAME is longer than 255 characters'],
    [
      'a long DISPLAY_NAME',
      create({ DISPLAY_NAME: long(256) }),
      'DISPLAY_NAME is longer than 255 characters',
    ],
    ['a long COST_CENTER', create({ COST_CENTER: long(256) }), 'COST_CENTER is longer than 255 characters'],
    [
      'long CUSTOM_ATTRIBUTES',
      create({ CUSTOM_ATTRIBUTES: long(4097) }),
      'CUSTOM_ATTRIBUTES is longer than 4096 characters',
    ],
    [
      'a line break in DEPARTMENT',
      create({ DEPARTMENT: 'R&D\nLab' }),
      'DEPARTMENT must not contain control characters',
    ],
    ['a SHORTNAME with @', create({ SHORTNAME: 'cat@home' }), 'SHORTNAME must not contain @ or spaces'],
    ['a SHORTNAME with a space', create({ SHORTNAME: 'c at' }), 'SHORTNAME must not contain @ or spaces'],
    [
      'a SHORTNAME taken (any case)',
      create({ SHORTNAME: 'ANN' }),
      'SHORTNAME "ANN" is already used by ann@x.org',
    ],
    ['long GROUPS', create({ GROUPS: long(4097) }), 'GROUPS is longer than 4096 characters'],
    [
      'a long group name',
      create({ GROUPS: `a,${'g'.repeat(256)}` }),
      `group "${'g'.repeat(20)}..." is longer than 255 characters`,
    ],
    [
      'several problems at once',
      create({ OPERATION: 'ADD', EMAIL: 'nope', FIRST_NAME: long(300) }),
      'OPERATION must be CREATE, UPDATE or DELETE, not "ADD"; EMAIL "nope" is not an email address; FIRST_NAME is longer than 255 characters',
    ],
  ])('refuses %s', (_, fields, reason) => {
    expect(plan(fields)).toEqual({ ops: [], errors: [{ line: 2, reason }] });
  });

  it.each<[string, Fields, object]>([
    [
      'a bare CREATE, email trimmed and lower-cased, operation in any case',
      { EMAIL: ' Cat@X.org ', OPERATION: 'create' },
      { kind: 'create', key: 'cat@x.org', values: {}, groups: [], password: null, claimNames: ['cat@x.org'] },
    ],
    [
      'a full CREATE; the password is kept as typed',
      create({
        PASSWORD: ' s3cret ',
        FIRST_NAME: ' Cat ',
        LAST_NAME: 'Stevens',
        DISPLAY_NAME: 'Cat S.',
        SHORTNAME: 'cat',
        GROUPS: ' Staff , R&D/Lab ,staff, ',
        CUSTOM_ATTRIBUTES: 'floor=2\nwing=B',
        COST_CENTER: 'CC-1',
        DEPARTMENT: 'R&D',
      }),
      {
        kind: 'create',
        key: 'cat@x.org',
        values: {
          firstName: 'Cat',
          lastName: 'Stevens',
          displayName: 'Cat S.',
          shortname: 'cat',
          customAttributes: 'floor=2\nwing=B',
          costCenter: 'CC-1',
          department: 'R&D',
        },
        groups: ['Staff', 'R_D_Lab'],
        password: ' s3cret ',
        claimNames: ['cat@x.org', 'cat'],
      },
    ],
    [
      'CREATE with [delete] leaves fields empty',
      create({ FIRST_NAME: '[delete]', GROUPS: '[delete]' }),
      { kind: 'create', values: {}, groups: [] },
    ],
    [
      'every forbidden group character replaced by _',
      create({ GROUPS: 'a!b@c#d$e%f^g&h*i;j+k?l/m\\n[o]p' }),
      { groups: ['a_b_c_d_e_f_g_h_i_j_k_l_m_n_o_p'] },
    ],
    [
      'UPDATE with empty values leaves everything as it is',
      update({}),
      { kind: 'update', id: 1, values: {}, groups: null, password: null, claimNames: ['ann@x.org', 'ann'] },
    ],
    [
      'UPDATE with [delete] clears name fields and groups',
      update({ FIRST_NAME: '[delete]', SHORTNAME: ' [delete] ', DEPARTMENT: '[delete]', GROUPS: '[delete]' }),
      {
        values: { firstName: null, shortname: null, department: null },
        groups: [],
        claimNames: ['ann@x.org'],
      },
    ],
    ['UPDATE with GROUPS replaces them', update({ GROUPS: 'a, b' }), { groups: ['a', 'b'] }],
    ['UPDATE with GROUPS of no names leaves them', update({ GROUPS: ' , ' }), { groups: null }],
    [
      'UPDATE may change the case of its own SHORTNAME',
      update({ SHORTNAME: 'ANN' }),
      { values: { shortname: 'ANN' }, claimNames: ['ann@x.org', 'ANN'] },
    ],
    [
      'UPDATE of a user without SHORTNAME gives one',
      update({ EMAIL: 'bob@x.org', SHORTNAME: 'bob', PASSWORD: 'pw' }),
      { id: 2, values: { shortname: 'bob' }, password: 'pw', claimNames: ['bob@x.org', 'bob'] },
    ],
    [
      'DELETE ignores the other fields',
      { EMAIL: 'BOB@x.org', OPERATION: 'Delete', FIRST_NAME: long(999), PASSWORD: '[delete]' },
      { kind: 'delete', line: 2, key: 'bob@x.org', id: 2 },
    ],
  ])('plans %s', (_, fields, op) => {
    const result = plan(fields);
    expect(result.errors).toEqual([]);
    expect(result.ops).toEqual([expect.objectContaining({ line: 2, ...op })]);
  });
});

describe('planUserImport: lines together', () => {
  const errors = (...rows: Fields[]) => plan(...rows).errors;

  it.each<[string, Fields[], { line: number; reason: string }[]]>([
    [
      'the same email twice, on the second line, in any case',
      [create({}), update({ EMAIL: 'CAT@x.org' })],
      [{ line: 3, reason: 'cat@x.org appears again (first on line 2)' }],
    ],
    [
      'the same email twice even when the first line is bad',
      [create({ FIRST_NAME: long(300) }), create({})],
      [
        { line: 2, reason: 'FIRST_NAME is longer than 255 characters' },
        { line: 3, reason: 'cat@x.org appears again (first on line 2)' },
      ],
    ],
    [
      'a SHORTNAME freed on an earlier line may be taken',
      [update({ SHORTNAME: '[delete]' }), create({ SHORTNAME: 'Ann' })],
      [],
    ],
    [
      'a SHORTNAME freed by DELETE may be taken',
      [{ EMAIL: 'ann@x.org', OPERATION: 'DELETE' }, create({ SHORTNAME: 'ann' })],
      [],
    ],
    [
      'a SHORTNAME freed only on a later line may not',
      [create({ SHORTNAME: 'ann' }), update({ SHORTNAME: 'annie' })],
      [{ line: 2, reason: 'SHORTNAME "ann" is already used by ann@x.org' }],
    ],
    [
      'a SHORTNAME taken on an earlier line',
      [create({ SHORTNAME: 'kit' }), create({ EMAIL: 'dan@x.org', SHORTNAME: 'KIT' })],
      [{ line: 3, reason: 'SHORTNAME "KIT" is already used by cat@x.org' }],
    ],
    [
      'a bad line takes no SHORTNAME',
      [create({ SHORTNAME: 'kit', LAST_NAME: long(256) }), create({ EMAIL: 'dan@x.org', SHORTNAME: 'kit' })],
      [{ line: 2, reason: 'LAST_NAME is longer than 255 characters' }],
    ],
    [
      'every bad line, not just the first',
      [
        create({ EMAIL: 'x' }),
        create({}),
        update({ EMAIL: 'zed@x.org' }),
        { EMAIL: 'bob@x.org', OPERATION: '?' },
      ],
      [
        { line: 2, reason: 'EMAIL "x" is not an email address' },
        { line: 4, reason: 'no user zed@x.org to update; use CREATE' },
        { line: 5, reason: 'OPERATION must be CREATE, UPDATE or DELETE, not "?"' },
      ],
    ],
  ])('%s', (_, rows, expected) => {
    expect(errors(...rows)).toEqual(expected);
  });

  it('keeps the good lines in file order', () => {
    const { ops } = plan(
      create({}),
      { EMAIL: 'bob@x.org', OPERATION: 'DELETE' },
      update({ FIRST_NAME: 'Ann' }),
    );
    expect(ops.map((op) => [op.line, op.kind, op.key])).toEqual([
      [2, 'create', 'cat@x.org'],
      [3, 'delete', 'bob@x.org'],
      [4, 'update', 'ann@x.org'],
    ]);
  });
});
