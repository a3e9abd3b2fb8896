import { describe, expect, it } from 'vitest';
import {
  type BadgeBuffer,
  type BadgeRead,
  EMPTY_BADGE_BUFFER,
  feedBadgeKey,
  MAX_BADGE_LENGTH,
} from './badge-input';

type Key = [key: string, at: number];

/** Types `keys` (each with the time it is pressed) and returns everything read. */
function type(keys: Key[]): { reads: BadgeRead[]; buffer: BadgeBuffer } {
  let buffer = EMPTY_BADGE_BUFFER;
  const reads: BadgeRead[] = [];
  for (const [key, at] of keys) {
    const r = feedBadgeKey(buffer, key, at);
    buffer = r.buffer;
    if (r.read !== null) reads.push(r.read);
  }
  return { reads, buffer };
}

/** `text` then Enter, `gap` ms apart, starting at `start`. */
const keys = (text: string, gap: number, start = 0): Key[] =>
  [...text, 'Enter'].map((key, i) => [key, start + i * gap] as Key);
const reader = (text: string): BadgeRead => ({ text, typed: false });
const typed = (text: string): BadgeRead => ({ text, typed: true });

describe('feedBadgeKey', () => {
  it.each<[string, Key[], BadgeRead[]]>([
    ['a reader, 5 ms apart', keys('0004567123', 5), [reader('0004567123')]],
    ['a reader, 0 ms apart (the kiosk dispatches all at once)', keys('1001', 0), [reader('1001')]],
    ['a typical reader, 50 ms apart', keys('1001', 50), [reader('1001')]],
    ['a slow reader, 80 ms apart', keys('1001', 80), [reader('1001')]],
    ['a person, 81 ms apart', keys('1001', 81), [typed('1001')]],
    ['a person, 250 ms apart', keys('1001', 250), [typed('1001')]],
    ['a person, 1 s apart', keys('42', 1000), [typed('42')]],
    [
      'a person typing fast, then a slow Enter',
      [...keys('1001', 30).slice(0, 4), ['Enter', 400]],
      [typed('1001')],
    ],
    [
      'a person whose last two keys rolled into Enter',
      [
        ['1', 0],
        ['0', 300],
        ['0', 600],
        ['1', 620],
        ['Enter', 640],
      ],
      [typed('1001')],
    ],
    [
      'one fast key and Enter is not a burst',
      [
        ['1', 0],
        ['2', 300],
        ['Enter', 310],
      ],
      [typed('12')],
    ],
    [
      'a hex card with Shift presses between letters',
      keys('7B11D7', 5).flatMap(([k, at]): Key[] => [
        ['Shift', at],
        [k, at],
      ]),
      [reader('7B11D7')],
    ],
    ['a Wiegand pair with a colon', keys('123:4567', 5), [reader('123:4567')]],
    ['two badges in a row', [...keys('111', 5), ...keys('222', 5, 100)], [reader('111'), reader('222')]],
    ['a two-character burst is too short for a card', keys('12', 5), [typed('12')]],
    ['Enter alone', [['Enter', 0]], []],
    ['spaces around the number are trimmed', keys(' 420 ', 5), [reader('420')]],
    ['only spaces then Enter', keys('   ', 5), []],
    ['a stray key, a long pause, then a card', [['x', 0], ...keys('999', 5, 5000)], [reader('999')]],
    ['a stray key just before a card is not part of it', [['x', 0], ...keys('999', 5, 400)], [reader('999')]],
    [
      'Enter after a long pause is ignored',
      [
        ['1', 0],
        ['2', 10],
        ['Enter', 3000],
      ],
      [],
    ],
    [
      'named keys are ignored',
      [
        ['1', 0],
        ['Tab', 5],
        ['ArrowLeft', 6],
        ['Unidentified', 7],
        ['2', 8],
        ['3', 9],
        ['Enter', 10],
      ],
      [reader('123')],
    ],
  ])('%s', (_, input, expected) => {
    expect(type(input).reads).toEqual(expected);
  });

  it('clears the buffer after a badge', () => {
    expect(type(keys('123', 5)).buffer).toEqual(EMPTY_BADGE_BUFFER);
  });

  it('keeps at most the protocol limit of characters', () => {
    const { buffer } = type(Array.from({ length: MAX_BADGE_LENGTH + 20 }, (_, i): Key => ['7', i]));
    expect(buffer.chars.length).toBe(MAX_BADGE_LENGTH);
  });

  it('does not let a named key make a slow key look fast', () => {
    // Shift at 200 ms must not restart the clock: "2" came 400 ms after "1".
    expect(
      type([
        ['1', 0],
        ['Shift', 200],
        ['2', 400],
        ['Enter', 405],
      ]).reads,
    ).toEqual([typed('12')]);
  });
});
