import { describe, expect, it } from 'vitest';
import { type BadgeBuffer, EMPTY_BADGE_BUFFER, feedBadgeKey, MAX_BADGE_LENGTH } from './badge-input';

/** Types `keys` (each with the time it is pressed) and returns every badge emitted. */
function type(keys: [string, number][]): { badges: string[]; buffer: BadgeBuffer } {
  let buffer = EMPTY_BADGE_BUFFER;
  const badges: string[] = [];
  for (const [key, at] of keys) {
    const r = feedBadgeKey(buffer, key, at);
    buffer = r.buffer;
    if (r.badge !== null) badges.push(r.badge);
  }
  return { badges, buffer };
}

/** A reader typing `text` then Enter, 5 ms apart, starting at `start`. */
const burst = (text: string, start = 0): [string, number][] =>
  [...text, 'Enter'].map((key, i) => [key, start + i * 5] as [string, number]);

describe('feedBadgeKey', () => {
  it.each<[string, [string, number][], string[]]>([
    ['a decimal card', burst('0004567123'), ['0004567123']],
    [
      'a hex card with Shift presses between letters',
      [...burst('7B11D7').flatMap((k) => [['Shift', k[1]] as [string, number], k])],
      ['7B11D7'],
    ],
    ['a Wiegand pair with a colon', burst('123:4567'), ['123:4567']],
    ['two badges in a row', [...burst('111'), ...burst('222', 100)], ['111', '222']],
    ['Enter alone', [['Enter', 0]], []],
    ['spaces around the number are trimmed', burst(' 42 '), ['42']],
    ['only spaces then Enter', burst('   '), []],
    ['a stray key, a long pause, then a card', [['x', 0], ...burst('999', 5000)], ['999']],
    [
      'a pause in the middle drops what came before',
      [
        ['1', 0],
        ['2', 10],
        ['3', 2000],
        ['Enter', 2005],
      ],
      ['3'],
    ],
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
        ['Enter', 9],
      ],
      ['12'],
    ],
    [
      'a slow but steady reader (900 ms gaps)',
      [
        ['1', 0],
        ['2', 900],
        ['3', 1800],
        ['Enter', 2700],
      ],
      ['123'],
    ],
  ])('%s', (_, keys, expected) => {
    expect(type(keys).badges).toEqual(expected);
  });

  it('clears the buffer after a badge', () => {
    expect(type(burst('123')).buffer.chars).toBe('');
  });

  it('keeps at most the protocol limit of characters', () => {
    const { buffer } = type(
      Array.from({ length: MAX_BADGE_LENGTH + 20 }, (_, i) => ['7', i] as [string, number]),
    );
    expect(buffer.chars.length).toBe(MAX_BADGE_LENGTH);
  });

  it('does not let a named key restart the pause clock', () => {
    // Shift at 900 ms must not keep a 0 ms digit alive until 1800 ms.
    expect(
      type([
        ['1', 0],
        ['Shift', 900],
        ['2', 1800],
        ['Enter', 1805],
      ]).badges,
    ).toEqual(['2']);
  });
});
