import { describe, expect, it } from 'vitest';

/**
 * The checks every pair of word tables passes (the shell's STRINGS, and each section's own
 * `sections/<id>/words.ts`): the same keys, the same kinds, every sentence said, French typography.
 * Test code only: it imports vitest.
 */

type Leaf = { path: string; value: unknown };

/** Every leaf of a strings table with its dotted path; functions and arrays are leaves. */
function leaves(value: unknown, path = ''): Leaf[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [{ path, value }];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

/**
 * `samples`: arguments that make a sentence, by path, where the values are a closed set; else strings
 * and a count. `skip`: key prefixes one language may leave out (the server's own English errors).
 */
export function describeWordTables(
  name: string,
  en: unknown,
  fr: unknown,
  { samples = {}, skip = [] }: { samples?: Record<string, unknown[]>; skip?: string[] } = {},
): void {
  const sample = (path: string, fn: (...args: never[]) => unknown): unknown =>
    (fn as (...args: unknown[]) => unknown)(...(samples[path] ?? ['x', 'y', 2].slice(0, fn.length)));
  const english = new Map(leaves(en).map((l) => [l.path, l.value]));
  const french = new Map(leaves(fr).map((l) => [l.path, l.value]));
  const keys = (m: Map<string, unknown>) =>
    [...m.keys()].filter((k) => !skip.some((prefix) => k.startsWith(prefix))).sort();
  const said = (path: string, v: unknown): unknown =>
    typeof v === 'function' ? String(sample(path, v as () => unknown)) : v;

  describe(`${name}: the two tables`, () => {
    it('have the same keys', () => {
      expect(keys(french)).toEqual(keys(english));
    });

    it('have leaves of the same kind', () => {
      for (const [path, value] of english) {
        const other = french.get(path);
        if (other === undefined && skip.some((prefix) => path.startsWith(prefix))) continue;
        expect(typeof other, path).toBe(typeof value);
        if (typeof value === 'function') {
          expect((other as () => unknown).length, path).toBe(value.length);
          expect(typeof sample(path, other as () => unknown), path).toBe('string');
        }
      }
    });

    it('say every word (no empty string, no placeholder left)', () => {
      for (const [path, v] of [...english, ...french]) {
        const text = said(path, v);
        if (typeof text !== 'string') continue;
        expect(text.trim(), path).not.toBe('');
        expect(text, path).not.toMatch(/\$\{|undefined|NaN|\[object /);
      }
    });

    it('in French, in French typography: non-breaking spaces inside « » and before : ; ! ? %', () => {
      for (const [path, v] of french) {
        const text = said(path, v);
        if (typeof text !== 'string') continue;
        expect(text, path).not.toMatch(/ [:!?;»%]|« /);
        // A colon in an address (http://, /api/admin) is no punctuation.
        expect(text, path).not.toMatch(/[^\s\u00a0]:(?!\/)|«[^\u00a0]|[^\s\u00a0]%/);
      }
    });
  });
}
