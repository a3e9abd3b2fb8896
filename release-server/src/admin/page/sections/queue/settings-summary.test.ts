import { DEFAULT_SETTINGS } from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import { STRINGS } from '../../lib/i18n';
import { settingsSummary } from './settings-summary';
import { queueWords } from './words';

const say = (over: Partial<typeof DEFAULT_SETTINGS>, lang: 'en' | 'fr' = 'en') =>
  settingsSummary({ ...DEFAULT_SETTINGS, ...over }, STRINGS[lang], queueWords[lang]);

describe("a job's settings in words", () => {
  it.each([
    [{}, '1 copy, one-sided, colour'],
    [
      { copies: 3, sides: 'two-sided-long-edge', colorMode: 'monochrome' },
      '3 copies, two-sided, black and white',
    ],
    [
      { numberUp: 2, finishings: [4, 5], media: 'iso_a4_210x297mm' },
      '1 copy, one-sided, colour, 2 pages per sheet, staple, punch, A4',
    ],
    [
      { sides: 'two-sided-short-edge', finishings: [20, 21] },
      '1 copy, two-sided (short edge), colour, staple',
    ],
  ] as const)('%j → %s', (over, words) => {
    expect(say(over as Partial<typeof DEFAULT_SETTINGS>)).toBe(words);
  });

  it('speaks French with French spacing', () => {
    expect(say({ copies: 2, colorMode: 'monochrome', numberUp: 4 }, 'fr')).toBe(
      '2\u00a0exemplaires, recto, noir et blanc, 4\u00a0pages par feuille',
    );
  });
});
