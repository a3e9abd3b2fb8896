import { describe, expect, it } from 'vitest';
import { otherLanguage, STRINGS } from './i18n';

type Leaf = { path: string; value: unknown };

/** Every leaf of a strings table with its dotted path; functions and arrays are leaves. */
function leaves(value: unknown, path = ''): Leaf[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [{ path, value }];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

/** Arguments that make every sentence: by path where the values are a closed set, else by count. */
const SAMPLES: Record<string, unknown[]> = { 'fleet.count': ['12', 'impressions'] };
const sample = (path: string, fn: (...args: never[]) => unknown): unknown =>
  (fn as (...args: unknown[]) => unknown)(...(SAMPLES[path] ?? ['x', 'y', 2].slice(0, fn.length)));

const english = new Map(leaves(STRINGS.en).map((l) => [l.path, l.value]));
const french = new Map(leaves(STRINGS.fr).map((l) => [l.path, l.value]));
// serverErrors is empty in English (the server speaks English) and fuller in French.
const keys = (m: Map<string, unknown>) => [...m.keys()].filter((k) => !k.startsWith('serverErrors')).sort();

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
      const text = typeof v === 'function' ? String(sample(path, v as () => unknown)) : v;
      if (typeof text !== 'string') continue;
      expect(text.trim(), path).not.toBe('');
      expect(text, path).not.toMatch(/\$\{|undefined|NaN/);
    }
  });
});

describe('the French table', () => {
  it('is written in French typography: non-breaking spaces inside « » and before : ; ! ? %', () => {
    for (const [path, v] of french) {
      const text = typeof v === 'function' ? String(sample(path, v as () => unknown)) : v;
      if (typeof text !== 'string') continue;
      expect(text, path).not.toMatch(/ [:!?;»%]|« /);
      // A colon in an address (http://, /api/admin) is no punctuation.
      expect(text, path).not.toMatch(/[^\s\u00a0]:(?!\/)|«[^\u00a0]|[^\s\u00a0]%/);
    }
  });

  it('has the words an administrator looks for', () => {
    const t = STRINGS.fr;
    expect([t.flags.jammed, t.state.error, t.nav.sections.fleet, t.signOut, t.percent(9)]).toEqual([
      'bourrage papier',
      'Erreur',
      'Parc',
      'Se déconnecter',
      '9\u00a0%',
    ]);
  });
});

it('names each language in itself, for the switch button', () => {
  expect(STRINGS[otherLanguage('en')].name).toBe('Français');
  expect(STRINGS[otherLanguage('fr')].name).toBe('English');
});
