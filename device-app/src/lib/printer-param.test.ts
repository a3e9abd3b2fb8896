import { describe, expect, it } from 'vitest';
import { printerFromQuery } from './printer-param';

describe('printerFromQuery', () => {
  it.each([
    ['?printer=hall-2', { ok: true, name: 'hall-2' }],
    ['?lang=en&printer=Floor3.east_A', { ok: true, name: 'Floor3.east_A' }],
    ['?printer=%20hall%20', { ok: true, name: 'hall' }],
    ['', { ok: false, reason: 'missing' }],
    ['?printer=', { ok: false, reason: 'missing' }],
    ['?printers=hall', { ok: false, reason: 'missing' }],
    ['?printer=../etc', { ok: false, reason: 'invalid', raw: '../etc' }],
    ['?printer=a%20b', { ok: false, reason: 'invalid', raw: 'a b' }],
  ])('%s', (search, expected) => {
    expect(printerFromQuery(search)).toEqual(expected);
  });
});
