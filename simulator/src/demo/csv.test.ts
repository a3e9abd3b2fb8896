import { describe, expect, it } from 'vitest';
import { badgesCsv, csvField, usersCsv } from './csv';
import { DEMO_USERS } from './users';

describe('demo CSV imports', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['Chloé', 'Chloé'],
  ])('writes %j as %s', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it('writes the users import with the exact header and one CREATE row per user', () => {
    const lines = usersCsv(DEMO_USERS).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'EMAIL,OPERATION,PASSWORD,FIRST_NAME,LAST_NAME,DISPLAY_NAME,SHORTNAME,GROUPS,CUSTOM_ATTRIBUTES,COST_CENTER,DEPARTMENT',
    );
    expect(lines[1]).toBe(
      'alice@example.com,CREATE,demo1234,Alice,Martin,Alice Martin,alice,"Staff,Sales",,CC-100,Sales',
    );
    expect(lines).toHaveLength(DEMO_USERS.length + 1);
  });

  it('writes the badges import', () => {
    expect(badgesCsv(DEMO_USERS).trimEnd().split('\r\n')).toEqual([
      'BADGE,OPERATION,EMAIL',
      '1001,CREATE,alice@example.com',
      '1002,CREATE,bob@example.com',
      '1003,CREATE,chloe@example.com',
    ]);
  });
});
