import type { Language } from '@quire/protocol';

/** A key of the on-screen keyboard: a character, or one of the two keys that do something else. */
export type Key = { kind: 'char'; char: string } | { kind: 'shift' } | { kind: 'backspace' };

const chars = (row: string): Key[] => [...row].map((char) => ({ kind: 'char', char }));
const SHIFT: Key = { kind: 'shift' };
const BACKSPACE: Key = { kind: 'backspace' };

/**
 * Letters as the keyboards people know in each language place them (QWERTY, AZERTY), digits on top, and
 * the characters usernames and emails need: @ . - _ (issue 4). Four rows of at most 11 keys keep every key
 * at least 48 px wide and tall on an 800x480 panel.
 */
export const LAYOUTS: Readonly<Record<Language, readonly (readonly Key[])[]>> = {
  en: [
    [...chars('1234567890'), BACKSPACE],
    chars('qwertyuiop@'),
    chars('asdfghjkl._'),
    [SHIFT, ...chars('zxcvbnm-')],
  ],
  fr: [
    [...chars('1234567890'), BACKSPACE],
    chars('azertyuiop@'),
    chars('qsdfghjklm.'),
    [SHIFT, ...chars('wxcvbn-_')],
  ],
};

/** A field being typed into: its text, and whether the next letter is upper-case. */
export interface Typing {
  value: string;
  shift: boolean;
}

/** One tap. Shift is one-shot, like a phone's: it applies to the next letter only. */
export function press(typing: Typing, key: Key, maxLength: number): Typing {
  switch (key.kind) {
    case 'shift':
      return { ...typing, shift: !typing.shift };
    case 'backspace':
      return { ...typing, value: [...typing.value].slice(0, -1).join('') };
    case 'char': {
      if ([...typing.value].length >= maxLength) return typing;
      return { value: typing.value + (typing.shift ? key.char.toUpperCase() : key.char), shift: false };
    }
    default:
      return key satisfies never;
  }
}

/** The label on a key (letters follow Shift, so people see what they will get). */
export const keyLabel = (key: Key, shift: boolean): string =>
  key.kind === 'char' ? (shift ? key.char.toUpperCase() : key.char) : key.kind === 'shift' ? '⇧' : '⌫';

/** A stable test id: `key-a`, `key-@`, `key-shift`, `key-backspace`. */
export const keyId = (key: Key): string => `key-${key.kind === 'char' ? key.char : key.kind}`;
