import { retentionSchema } from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import { STRINGS } from '../../lib/i18n';
import {
  durationParts,
  hoursProblem,
  hoursText,
  MAX_HOURS,
  MIN_HOURS,
  readHours,
  retentionPrecheck,
} from './hours';
import { durationText, problemText, retentionErrors } from './hours-words';
import { retentionWords } from './words';

describe('readHours', () => {
  it.each([
    ['48', 48],
    [' 0.5 ', 0.5],
    ['0,5', 0.5],
    ['1,', 1],
    ['8784', 8784],
    ['', ''],
    ['two', 'two'],
    ['1.2.3', '1.2.3'],
    ['-1', '-1'],
    ['1e3', '1e3'],
  ])('%j → %j', (text, value) => {
    expect(readHours(text)).toBe(value);
  });
});

describe('hoursText', () => {
  it('writes hours in the page’s decimals, without grouping', () => {
    expect([hoursText(0.5, 'en-GB'), hoursText(0.5, 'fr-FR'), hoursText(8784, 'fr-FR')]).toEqual([
      '0.5',
      '0,5',
      '8784',
    ]);
  });
  it('gives back text that is not a number yet', () => {
    expect(hoursText('abc' as unknown as number, 'en-GB')).toBe('abc');
  });
});

describe('hoursProblem', () => {
  it.each([
    [48, null],
    [MIN_HOURS, null],
    [MAX_HOURS, null],
    [0, 'tooSmall'],
    [0.001, 'tooSmall'],
    [MAX_HOURS + 1, 'tooBig'],
    ['12a', 'number'],
    ['', 'number'],
    [Number.NaN, 'number'],
  ])('%j → %s', (value, problem) => {
    expect(hoursProblem(value)).toBe(problem);
  });

  it('agrees with the protocol at its bounds (a change there must change this form too)', () => {
    const ok = (h: number) =>
      retentionSchema.safeParse({ unprintedJobsLifespanHours: h, printAndKeepLifespanHours: 48 }).success;
    expect([ok(MIN_HOURS), ok(MAX_HOURS), ok(0.009), ok(MAX_HOURS + 0.01)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('retentionPrecheck', () => {
  it('names each bad field by its path, in field order, and nothing when both are good', () => {
    const issues = retentionPrecheck({
      unprintedJobsLifespanHours: 'x' as unknown as number,
      printAndKeepLifespanHours: 9000,
    });
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      [['unprintedJobsLifespanHours'], 'number'],
      [['printAndKeepLifespanHours'], 'tooBig'],
    ]);
    expect(retentionPrecheck({ unprintedJobsLifespanHours: 1, printAndKeepLifespanHours: 2 })).toEqual([]);
  });
});

describe('durationParts', () => {
  it.each([
    [48, [{ unit: 'days', n: 2 }]],
    [
      36,
      [
        { unit: 'days', n: 1 },
        { unit: 'hours', n: 12 },
      ],
    ],
    [0.5, [{ unit: 'minutes', n: 30 }]],
    [0.01, [{ unit: 'seconds', n: 36 }]],
    [
      25.51,
      [
        { unit: 'days', n: 1 },
        { unit: 'hours', n: 1 },
        { unit: 'minutes', n: 30 },
        { unit: 'seconds', n: 36 },
      ],
    ],
  ])('%d hours', (hours, parts) => {
    expect(durationParts(hours)).toEqual(parts);
  });
});

describe('the words', () => {
  const en = [retentionWords.en, STRINGS.en] as const;
  const fr = [retentionWords.fr, STRINGS.fr] as const;

  it('say a lifespan as a person would, in both languages', () => {
    expect(durationText(36, ...en)).toBe('1 day and 12 hours');
    expect(durationText(1, ...en)).toBe('1 hour');
    expect(durationText(36, ...fr)).toBe('1\u00a0jour et 12\u00a0heures');
    expect(durationText(MAX_HOURS, ...fr)).toBe('366\u00a0jours');
  });

  it('name the bound broken and how long it is', () => {
    expect(problemText('tooSmall', ...en)).toBe('At least 0.01 hours (36 seconds).');
    expect(problemText('tooBig', ...en)).toBe('At most 8,784 hours (366 days).');
    expect(problemText('tooSmall', ...fr)).toBe('Au moins 0,01\u00a0heure (36\u00a0secondes).');
    expect(problemText('number', ...fr)).toBe('Saisissez un nombre d’heures, par exemple 48 ou 0,5.');
  });

  it('word the errors of a draft by field', () => {
    expect(retentionErrors({ unprintedJobsLifespanHours: 0, printAndKeepLifespanHours: 24 }, ...en)).toEqual({
      unprintedJobsLifespanHours: 'At least 0.01 hours (36 seconds).',
    });
  });
});
