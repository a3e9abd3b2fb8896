import { describe, expect, it } from 'vitest';
import { type BadgeDirectory, planBadgeImport, TEMPORARY_BADGE_TTL_MS } from './badge-import';

const NOW = 1_700_000_000_000;
const DAY = TEMPORARY_BADGE_TTL_MS;

const DIR: BadgeDirectory = {
  users: [
    { id: 1, email: 'ann@x.org' },
    { id: 2, email: 'bob@x.org' },
    { id: 3, email: 'cat@x.org' },
  ],
  badges: [
    { value: 'A-PERM', userId: 1, temporary: false, expiresAt: null },
    { value: 'B-TEMP', userId: 2, temporary: true, expiresAt: NOW + 3600_000 },
    { value: 'B-GONE', userId: 2, temporary: true, expiresAt: NOW - 1 },
  ],
};

/** Rows as `BADGE,OPERATION,EMAIL[,TEMPORARY]` lines, numbered from 2. */
const plan = (...rows: string[][]) =>
  planBadgeImport(
    rows.map((values, k) => ({ line: k + 2, values })),
    DIR,
    NOW,
  );

describe('planBadgeImport: one line', () => {
  it.each<[string, string[], string]>([
    ['no BADGE', [' ', 'CREATE', 'cat@x.org', ''], 'BADGE is required'],
    [
      'a BADGE with a space',
      ['AB CD', 'CREATE', 'cat@x.org', ''],
      'BADGE must be 1-128 printable ASCII characters without spaces',
    ],
    [
      'a BADGE of 129 characters',
      ['9'.repeat(129), 'CREATE', 'cat@x.org', ''],
      'BADGE must be 1-128 printable ASCII characters without spaces',
    ],
    [
      'a BADGE that is not ASCII',
      ['ÄB12', 'CREATE', 'cat@x.org', ''],
      'BADGE must be 1-128 printable ASCII characters without spaces',
    ],
    ['no OPERATION', ['C1', '', 'cat@x.org', ''], 'OPERATION is required (CREATE or DELETE)'],
    ['UPDATE', ['C1', 'UPDATE', 'cat@x.org', ''], 'OPERATION must be CREATE or DELETE, not "UPDATE"'],
    ['CREATE without EMAIL', ['C1', 'CREATE', '', ''], 'EMAIL is required'],
    ['CREATE with a bad EMAIL', ['C1', 'CREATE', 'cat', ''], 'EMAIL "cat" is not an email address'],
    ['CREATE for an unknown user', ['C1', 'CREATE', 'zed@x.org', ''], 'no user zed@x.org'],
    [
      'TEMPORARY that is not a boolean',
      ['C1', 'CREATE', 'cat@x.org', 'yes'],
      'TEMPORARY must be true or false, not "yes"',
    ],
    [
      'a badge owned by another user',
      ['A-PERM', 'CREATE', 'cat@x.org', ''],
      'BADGE A-PERM already belongs to ann@x.org',
    ],
    [
      'a live temporary badge of another user',
      ['B-TEMP', 'CREATE', 'cat@x.org', 'true'],
      'BADGE B-TEMP already belongs to bob@x.org',
    ],
    ['DELETE of a missing badge', ['NOPE', 'DELETE', '', ''], 'no badge NOPE to delete'],
    [
      'DELETE naming another owner',
      ['A-PERM', 'DELETE', 'bob@x.org', ''],
      'BADGE A-PERM belongs to ann@x.org, not bob@x.org',
    ],
    ['DELETE naming an unknown user', ['A-PERM', 'DELETE', 'zed@x.org', ''], 'no user zed@x.org'],
    [
      'several problems at once',
      ['AB CD', 'ADD', 'zed@x.org', 'maybe'],
      'BADGE must be 1-128 printable ASCII characters without spaces; OPERATION must be CREATE or DELETE, not "ADD"; no user zed@x.org; TEMPORARY must be true or false, not "maybe"',
    ],
  ])('refuses %s', (_, values, reason) => {
    expect(plan(values)).toEqual({ ops: [], errors: [{ line: 2, reason }] });
  });

  it.each<[string, string[], object]>([
    [
      'a permanent badge, BADGE trimmed, EMAIL and OPERATION in any case',
      [' C1 ', 'create', ' CAT@x.org', ''],
      { kind: 'create', key: 'C1', userId: 3, temporary: false, expiresAt: null, replaces: null },
    ],
    ['a badge from a 3-column file', ['C1', 'CREATE', 'cat@x.org'], { kind: 'create', temporary: false }],
    ['TEMPORARY false', ['C1', 'CREATE', 'cat@x.org', 'False'], { temporary: false, expiresAt: null }],
    [
      'a temporary badge, expiring in 24 h',
      ['C1', 'CREATE', 'cat@x.org', 'TRUE'],
      { temporary: true, expiresAt: NOW + DAY },
    ],
    [
      'a new permanent badge, replacing the old',
      ['A-NEW', 'CREATE', 'ann@x.org', ''],
      { kind: 'create', replaces: 'A-PERM' },
    ],
    [
      'a temporary badge beside a permanent one',
      ['A-TMP', 'CREATE', 'ann@x.org', 'true'],
      { kind: 'create', replaces: null },
    ],
    [
      'a permanent badge given again',
      ['A-PERM', 'CREATE', 'ann@x.org', ''],
      { kind: 'update', replaces: null },
    ],
    [
      'a temporary badge renewed',
      ['B-TEMP', 'CREATE', 'bob@x.org', 'true'],
      { kind: 'update', expiresAt: NOW + DAY },
    ],
    [
      'a temporary badge made permanent',
      ['B-TEMP', 'CREATE', 'bob@x.org', 'false'],
      { kind: 'update', temporary: false, expiresAt: null },
    ],
    [
      'an expired badge given to someone else',
      ['B-GONE', 'CREATE', 'cat@x.org', ''],
      { kind: 'create', userId: 3 },
    ],
    ['DELETE without EMAIL', ['A-PERM', 'DELETE', '', ''], { kind: 'delete', key: 'A-PERM' }],
    [
      'DELETE naming the owner; TEMPORARY ignored',
      ['A-PERM', 'Delete', 'ANN@x.org', 'maybe'],
      { kind: 'delete' },
    ],
    ['DELETE of an expired badge', ['B-GONE', 'DELETE', '', ''], { kind: 'delete', key: 'B-GONE' }],
  ])('plans %s', (_, values, op) => {
    const result = plan(values);
    expect(result.errors).toEqual([]);
    expect(result.ops).toEqual([expect.objectContaining({ line: 2, ...op })]);
  });
});

describe('planBadgeImport: lines together', () => {
  it.each<[string, string[][], { line: number; reason: string }[]]>([
    [
      'the same badge twice, on the second line',
      [
        ['C1', 'CREATE', 'cat@x.org', ''],
        ['C1', 'DELETE', '', ''],
      ],
      [{ line: 3, reason: 'BADGE C1 appears again (first on line 2)' }],
    ],
    [
      'two permanent badges for one user',
      [
        ['C1', 'CREATE', 'cat@x.org', ''],
        ['C2', 'CREATE', 'cat@x.org', 'false'],
      ],
      [{ line: 3, reason: 'cat@x.org already gets a permanent badge on line 2' }],
    ],
    [
      'a permanent and a temporary badge for one user',
      [
        ['C1', 'CREATE', 'cat@x.org', ''],
        ['C2', 'CREATE', 'cat@x.org', 'true'],
      ],
      [],
    ],
    [
      'a replaced badge is gone for later lines',
      [
        ['A-NEW', 'CREATE', 'ann@x.org', ''],
        ['A-PERM', 'DELETE', '', ''],
      ],
      [{ line: 3, reason: 'no badge A-PERM to delete' }],
    ],
    [
      'a badge deleted on a bad line is still there',
      [
        ['A-PERM', 'DELETE', 'bob@x.org', ''],
        ['A-PERM', 'CREATE', 'cat@x.org', ''],
      ],
      [
        { line: 2, reason: 'BADGE A-PERM belongs to ann@x.org, not bob@x.org' },
        { line: 3, reason: 'BADGE A-PERM appears again (first on line 2)' },
      ],
    ],
  ])('%s', (_, rows, errors) => {
    expect(plan(...rows).errors).toEqual(errors);
  });

  it('replaces nothing once the permanent badge was made temporary on an earlier line', () => {
    const { ops, errors } = plan(
      ['A-PERM', 'CREATE', 'ann@x.org', 'true'],
      ['A-NEW', 'CREATE', 'ann@x.org', ''],
    );
    expect(errors).toEqual([]);
    expect(ops.map((op) => [op.kind, op.key, op.replaces])).toEqual([
      ['update', 'A-PERM', null],
      ['create', 'A-NEW', null],
    ]);
  });
});
