import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv-write';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['Chloé Dubois', 'Chloé Dubois'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+33 1 23', "'+33 1 23"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    [-5, '-5'],
    [0.5, '0.5'],
    [true, 'true'],
    [null, ''],
  ])('%j -> %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('toCsv', () => {
  it('starts with a BOM and ends every line with CRLF', () => {
    expect(toCsv(['a', 'b'], [['é', 1]])).toBe('\uFEFFa,b\r\né,1\r\n');
  });
});
