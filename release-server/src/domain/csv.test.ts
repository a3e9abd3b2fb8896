import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';

describe('parseCsv', () => {
  it.each([
    ['plain values', 'A,B\n1,2\n', [{ line: 2, values: ['1', '2'] }]],
    [
      'CRLF line ends',
      'A,B\r\n1,2\r\n3,4',
      [
        { line: 2, values: ['1', '2'] },
        { line: 3, values: ['3', '4'] },
      ],
    ],
    ['no final line end', 'A,B\n1,2', [{ line: 2, values: ['1', '2'] }]],
    ['a quoted comma', 'A,B\n"x,y",2\n', [{ line: 2, values: ['x,y', '2'] }]],
    ['doubled quotes', 'A,B\n"say ""hi""",""\n', [{ line: 2, values: ['say "hi"', ''] }]],
    [
      'a line break in quotes moves later lines on',
      'A,B\n"one\ntwo",2\n3,4\n',
      [
        { line: 2, values: ['one\ntwo', '2'] },
        { line: 4, values: ['3', '4'] },
      ],
    ],
    ['a CRLF in quotes is kept', 'A,B\r\n"one\r\ntwo",2\r\n', [{ line: 2, values: ['one\r\ntwo', '2'] }]],
    ['a UTF-8 byte-order mark', '\uFEFFA,B\n1,2\n', [{ line: 2, values: ['1', '2'] }]],
    ['empty values', 'A,B,C\n,,\n', [{ line: 2, values: ['', '', ''] }]],
    ['a trailing comma is an empty last value', 'A,B\n1,\n', [{ line: 2, values: ['1', ''] }]],
    [
      'blank lines are skipped, numbers stay physical',
      'A,B\n\n1,2\n  \n\n3,4\n\n',
      [
        { line: 3, values: ['1', '2'] },
        { line: 6, values: ['3', '4'] },
      ],
    ],
    ['spaces are kept (the importers trim)', 'A,B\n 1 , 2\n', [{ line: 2, values: [' 1 ', ' 2'] }]],
    ['a quote inside an unquoted value is data', 'A,B\nO"Brien,2\n', [{ line: 2, values: ['O"Brien', '2'] }]],
    ['a lone CR is data', 'A,B\n1\r2,3\n', [{ line: 2, values: ['1\r2', '3'] }]],
  ])('reads %s', (_, text, rows) => {
    const table = parseCsv(text);
    expect(table.header?.values).toEqual(['A', 'B', 'C'].slice(0, rows[0]!.values.length));
    expect(table.rows).toEqual(rows);
    expect(table.errors).toEqual([]);
  });

  it.each([
    ['too few values', 'A,B,C\n1,2,3\n1,2\n1,2,3\n', [{ line: 3, reason: 'expected 3 values, found 2' }]],
    ['too many values', 'A,B\n1,2,3\n', [{ line: 2, reason: 'expected 2 values, found 3' }]],
    [
      'every ragged line, not just the first',
      'A,B\n1\n1,2\n1,2,3,4\n',
      [
        { line: 2, reason: 'expected 2 values, found 1' },
        { line: 4, reason: 'expected 2 values, found 4' },
      ],
    ],
    [
      'ragged after a multi-line value, on its physical line',
      'A,B\n"x\ny",1\n2\n',
      [{ line: 4, reason: 'expected 2 values, found 1' }],
    ],
    [
      'a quoted empty line is a value, not a blank',
      'A,B\n""\n',
      [{ line: 2, reason: 'expected 2 values, found 1' }],
    ],
    [
      'an unterminated quote, on the line where it starts',
      'A,B\n1,2\n"open,3\n4,5\n',
      [{ line: 3, reason: 'unterminated quoted value: a " in this record is never closed' }],
    ],
    [
      'text after a closing quote',
      'A,B\n"x"y,2\n3,4\n',
      [{ line: 2, reason: 'a closing quote must be followed by a comma or the end of the line' }],
    ],
  ])('reports %s', (_, text, errors) => {
    expect(parseCsv(text).errors).toEqual(errors);
  });

  it('keeps the good rows around a bad one', () => {
    expect(parseCsv('A,B\n1,2\n"x"y,2\n3,4\n').rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it.each([
    ['an empty file', ''],
    ['only a byte-order mark', '\uFEFF'],
    ['only blank lines', '\n\r\n  \n'],
  ])('has no header for %s', (_, text) => {
    expect(parseCsv(text)).toEqual({ header: undefined, rows: [], errors: [] });
  });

  it('puts a broken header on its line and checks no rows against it', () => {
    expect(parseCsv('"A,B\n1,2\n')).toEqual({
      header: { line: 1, values: [] },
      rows: [],
      errors: [{ line: 1, reason: 'unterminated quoted value: a " in this record is never closed' }],
    });
  });
});
