import { AppError } from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import { BADGE_HEADERS } from './badge-import';
import { readImportTable } from './import-table';

const BADGES = '"BADGE,OPERATION,EMAIL" or "BADGE,OPERATION,EMAIL,TEMPORARY"';

describe('readImportTable', () => {
  it.each([
    ['BADGE,OPERATION,EMAIL\n', ['BADGE', 'OPERATION', 'EMAIL']],
    [
      '\uFEFFBADGE,OPERATION,EMAIL,TEMPORARY\r\nb1,CREATE,a@x.org,true\r\n',
      ['BADGE', 'OPERATION', 'EMAIL', 'TEMPORARY'],
    ],
  ])('accepts the header of %j', (text, columns) => {
    expect(readImportTable(text, BADGE_HEADERS).columns).toEqual(columns);
  });

  it.each([
    ['', `The file is empty: it must start with the header ${BADGES}.`],
    ['\n\n', `The file is empty: it must start with the header ${BADGES}.`],
    [
      'badge,operation,email\n',
      `The header must be exactly ${BADGES}, but line 1 is "badge,operation,email".`,
    ],
    ['BADGE,OPERATION\n', `The header must be exactly ${BADGES}, but line 1 is "BADGE,OPERATION".`],
    [
      'BADGE,OPERATION,EMAIL,TEMPORARY,X\n',
      `The header must be exactly ${BADGES}, but line 1 is "BADGE,OPERATION,EMAIL,TEMPORARY,X".`,
    ],
    [
      '"BADGE,OPERATION,EMAIL\n',
      'The header on line 1 is not valid CSV (unterminated quoted value: a " in this record is never closed).',
    ],
    [
      `%PDF-${'x'.repeat(300)}\n`,
      `The header must be exactly ${BADGES}, but line 1 is "%PDF-${'x'.repeat(195)}...".`,
    ],
  ])('refuses %j as a whole', (text, message) => {
    const refuse = () => readImportTable(text, BADGE_HEADERS);
    expect(refuse).toThrow(AppError);
    expect(refuse).toThrow(expect.objectContaining({ code: 'bad-request', message }));
  });

  it('returns line problems for the report instead of refusing the file', () => {
    const table = readImportTable('BADGE,OPERATION,EMAIL\nb1,CREATE\nb2,CREATE,a@x.org\n', BADGE_HEADERS);
    expect(table.rows).toEqual([{ line: 3, values: ['b2', 'CREATE', 'a@x.org'] }]);
    expect(table.errors).toEqual([{ line: 2, reason: 'expected 3 values, found 2' }]);
  });
});
