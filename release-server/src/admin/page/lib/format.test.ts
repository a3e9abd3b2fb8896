import { describe, expect, it } from 'vitest';
import { formatAge, formatNumber, formatTick, formatTime, formatWhen } from './format';
import { STRINGS } from './i18n';

const { en, fr } = STRINGS;
const now = new Date(2026, 2, 10, 15, 30, 0).getTime();
const ago = (ms: number): string => new Date(now - ms).toISOString();

describe('formatAge', () => {
  it.each([
    [2_000, 'just now', 'à l’instant'],
    [-30_000, 'just now', 'à l’instant'],
    [12_000, '12 s ago', 'il y a 12\u00a0s'],
    [5 * 60_000 + 59_000, '5 min ago', 'il y a 5\u00a0min'],
    [3 * 3600_000, '3 h ago', 'il y a 3\u00a0h'],
    [86_400_000, '1 day ago', 'il y a 1\u00a0jour'],
    [3 * 86_400_000, '3 days ago', 'il y a 3\u00a0jours'],
  ])('%d ms', (ms, english, french) => {
    expect(formatAge(ms, en)).toBe(english);
    expect(formatAge(ms, fr)).toBe(french);
  });
});

describe('formatTime', () => {
  it('gives the time to the second today, in the 24-hour clock', () => {
    expect(formatTime(new Date(2026, 2, 10, 9, 5, 7).toISOString(), en, now)).toBe('09:05:07');
    expect(formatTime(new Date(2026, 2, 10, 21, 5, 7).toISOString(), fr, now)).toBe('21:05:07');
  });
  it('gives the date another day', () => {
    const iso = new Date(2026, 2, 3, 14, 5).toISOString();
    expect(formatTime(iso, en, now)).toBe('3 Mar 2026, 14:05');
    expect(formatTime(iso, fr, now)).toMatch(/^3 mars 2026.*14:05$/);
  });
  it('is empty for something that is not a date', () => {
    expect(formatTime('not a date', en, now)).toBe('');
  });
});

describe('formatWhen', () => {
  it.each([
    [ago(12_000), /^\d\d:\d\d:\d\d \(12 s ago\)$/],
    [null, /^never$/],
    ['garbage', /^never$/],
  ])('%s', (iso, expected) => {
    expect(formatWhen(iso, en, now)).toMatch(expected);
  });
});

it('formats ticks and numbers in the language', () => {
  expect(formatTick(new Date(2026, 2, 10, 9, 5).getTime(), 'time', en)).toBe('09:05');
  expect(formatTick(new Date(2026, 2, 10, 9, 5).getTime(), 'date', en)).toBe('10 Mar');
  expect(formatNumber(48211, en)).toBe('48,211');
  expect(formatNumber(48211, fr)).toMatch(/^48\s211$/u);
});
