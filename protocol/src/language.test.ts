import { describe, expect, it } from 'vitest';
import { otherLanguage, pickLanguage } from './printer';

describe('pickLanguage', () => {
  it.each([
    [['fr'], 'fr'],
    [['fr-CA', 'en'], 'fr'],
    [[null, 'EN-gb'], 'en'],
    [['de', 'fr-FR'], 'fr'],
    [['de'], null],
    [['constructor'], null],
    [['__proto__', 'toString'], null],
    [[], null],
  ] as const)('%j -> %s', (preferred, expected) => {
    expect(pickLanguage(preferred)).toBe(expected);
  });
});

it('switches between the two languages', () => {
  expect([otherLanguage('en'), otherLanguage('fr')]).toEqual(['fr', 'en']);
});
