import { describe, expect, it } from 'vitest';
import { type Key, keyId, keyLabel, LAYOUTS, press, type Typing } from './keys';

const char = (c: string): Key => ({ kind: 'char', char: c });
const type = (keys: Key[], max = 254): Typing =>
  keys.reduce<Typing>((t, k) => press(t, k, max), { value: '', shift: false });

describe('on-screen keyboard', () => {
  it.each<[string, Key[], Typing]>([
    ['letters and digits', [char('a'), char('1')], { value: 'a1', shift: false }],
    [
      'Shift makes the next letter upper-case only',
      [{ kind: 'shift' }, char('a'), char('b')],
      { value: 'Ab', shift: false },
    ],
    ['Shift twice cancels', [{ kind: 'shift' }, { kind: 'shift' }, char('a')], { value: 'a', shift: false }],
    ['Shift on a digit is used up', [{ kind: 'shift' }, char('1'), char('a')], { value: '1a', shift: false }],
    ['backspace', [char('a'), char('b'), { kind: 'backspace' }], { value: 'a', shift: false }],
    ['backspace on nothing', [{ kind: 'backspace' }], { value: '', shift: false }],
    ['an email', [...'bob@example.com'].map(char), { value: 'bob@example.com', shift: false }],
  ])('%s', (_, keys, expected) => {
    expect(type(keys)).toEqual(expected);
  });

  it('stops at the longest value the protocol accepts', () => {
    expect(type([char('a'), char('b'), char('c')], 2).value).toBe('ab');
  });

  it.each(['en', 'fr'] as const)('%s: letters, digits and @ . - _, each once, rows of at most 11', (lang) => {
    const layout = LAYOUTS[lang];
    const all = layout.flat().map(keyId);
    expect(new Set(all).size).toBe(all.length);
    for (const c of [...'abcdefghijklmnopqrstuvwxyz0123456789@.-_']) expect(all).toContain(`key-${c}`);
    expect(all).toContain('key-shift');
    expect(all).toContain('key-backspace');
    for (const row of layout) expect(row.length).toBeLessThanOrEqual(11);
  });

  it('labels keys as they will type', () => {
    expect(keyLabel(char('a'), true)).toBe('A');
    expect(keyLabel(char('@'), true)).toBe('@');
    expect(keyLabel({ kind: 'backspace' }, false)).toBe('⌫');
  });
});
