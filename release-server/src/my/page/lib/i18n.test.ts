import { describe, expect, it } from 'vitest';
import { otherLanguage, STRINGS } from './i18n';

type Leaf = { path: string; value: unknown };

/** Every leaf of a strings table with its dotted path; functions are leaves. */
function leaves(value: unknown, path = ''): Leaf[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [{ path, value }];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

/** Arguments that make every sentence: by path where the values are a closed set, else by count. */
const SAMPLES: Record<string, unknown[]> = {
  'jobs.settings': [2, 'two-sided-long-edge', 'monochrome'],
  'jobs.pages': [3],
};
const sample = (path: string, fn: (...args: never[]) => unknown): unknown =>
  (fn as (...args: unknown[]) => unknown)(...(SAMPLES[path] ?? ['x', 'y'].slice(0, fn.length)));

const english = new Map(leaves(STRINGS.en).map((l) => [l.path, l.value]));
const french = new Map(leaves(STRINGS.fr).map((l) => [l.path, l.value]));
// serverErrors is empty in English (the server speaks English) and fuller in French.
const keys = (m: Map<string, unknown>) => [...m.keys()].filter((k) => !k.startsWith('serverErrors')).sort();
const text = (path: string, v: unknown) =>
  typeof v === 'function' ? String(sample(path, v as () => unknown)) : v;

describe('the two tables', () => {
  it('have the same keys', () => {
    expect(keys(french)).toEqual(keys(english));
  });

  it.each([...english].map(([path, value]) => [path, value] as const))(
    '%s is of the same kind',
    (path, value) => {
      const fr = french.get(path);
      expect(typeof fr).toBe(typeof value);
      if (typeof value === 'function') {
        expect((fr as () => unknown).length).toBe(value.length);
        expect(typeof sample(path, fr as () => unknown)).toBe('string');
      }
    },
  );

  it('say every word (no empty string, no placeholder left)', () => {
    for (const [path, v] of [...english, ...french]) {
      const words = text(path, v);
      if (typeof words !== 'string') continue;
      expect(words.trim(), path).not.toBe('');
      expect(words, path).not.toMatch(/\$\{|undefined|NaN|\[object/);
    }
  });
});

describe('the French table', () => {
  it('is written in French typography: non-breaking spaces inside « » and before : ; ! ? %', () => {
    for (const [path, v] of french) {
      const words = text(path, v);
      if (typeof words !== 'string') continue;
      expect(words, path).not.toMatch(/ [:!?;»%]|« /);
      expect(words, path).not.toMatch(/[^\s\u00a0]:(?!\/)|«[^\u00a0]|[^\s\u00a0][!?;%»]/);
    }
  });

  it('elides "de" before a vowel, and says pages and copies in the plural from 2', () => {
    const t = STRINGS.fr;
    expect([t.signedInAs('Alice Martin'), t.signedInAs('Bob Nguyen'), t.jobs.delegated('Émile')]).toEqual([
      'Session d’Alice Martin',
      'Session de Bob Nguyen',
      'Documents d’Émile',
    ]);
    expect([t.jobs.pages(1), t.jobs.pages(2), t.jobs.settings(1, 'one-sided', 'color')]).toEqual([
      '1\u00a0page',
      '2\u00a0pages',
      '1\u00a0exemplaire, recto, couleur',
    ]);
  });
});

it('counts in English: one page, two pages, pages unknown', () => {
  const t = STRINGS.en;
  expect([t.jobs.pages(1), t.jobs.pages(2), t.jobs.pages(null), t.quota.impressions(1)]).toEqual([
    '1 page',
    '2 pages',
    'Pages unknown',
    '1 page',
  ]);
});

it('names each language in itself, for the switch button', () => {
  expect(STRINGS[otherLanguage('en')].name).toBe('Français');
  expect(STRINGS[otherLanguage('fr')].name).toBe('English');
});
