import { describe, expect, it } from 'vitest';
import { otherLanguage, STRINGS } from './i18n';

type Leaf = { path: string; value: unknown };

/** Every leaf of a strings table with its dotted path; functions and arrays are leaves. */
function leaves(value: unknown, path = ''): Leaf[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [{ path, value }];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

const english = leaves(STRINGS.en);
const french = new Map(leaves(STRINGS.fr).map((l) => [l.path, l.value]));
/** Sample arguments by parameter count, enough to make every sentence. */
const call = (fn: (...args: never[]) => unknown): unknown =>
  (fn as (...args: unknown[]) => unknown)(...[2, 1, 'x'].slice(0, fn.length));

describe('the French table', () => {
  it.each(english.map((l) => [l.path, l.value] as const))('has %s, of the same kind', (path, value) => {
    // serverErrors is empty in English (the server speaks English) and fuller in French.
    expect(french.has(path), `missing in French: ${path}`).toBe(true);
    const fr = french.get(path);
    expect(typeof fr).toBe(typeof value);
    if (Array.isArray(value)) expect((fr as unknown[]).length).toBe(value.length);
    if (typeof value === 'function') {
      expect((fr as () => unknown).length).toBe(value.length);
      expect(typeof call(fr as () => unknown)).toBe('string');
    }
  });

  it('is written in French typography: non-breaking spaces inside « » and before : ! ?', () => {
    const texts = [...french.entries()].flatMap(([path, v]) => {
      if (typeof v === 'string') return [[path, v] as const];
      if (typeof v === 'function') return [[path, String(call(v as () => unknown))] as const];
      return [];
    });
    for (const [path, raw] of texts) {
      const text = raw!.replace(/\?printer=\S*/, ''); // an address, not a question
      expect(text, path).not.toMatch(/ [:!?;»]|« /);
      expect(text, path).not.toMatch(/[^\s\u00a0]:(?!\/)|«[^\u00a0]/);
    }
  });

  it('has the words people look for', () => {
    const t = STRINGS.fr;
    expect([
      t.signIn.prompt,
      t.actions.print(1),
      t.actions.printKeep,
      t.actions.delete,
      t.actions.refresh,
      t.actions.edit,
      t.edit.twoSided,
      t.edit.mono,
      t.edit.staple,
      t.edit.punch,
      t.edit.fold,
      t.actions.signOut,
      t.status.quote('Memo'),
    ]).toEqual([
      'Passez votre badge',
      'Imprimer',
      'Imprimer et conserver',
      'Supprimer',
      'Actualiser',
      'Modifier',
      'Recto verso',
      'Noir et blanc',
      'Agrafer',
      'Perforer',
      'Plier',
      'Se déconnecter',
      '«\u00a0Memo\u00a0»',
    ]);
  });

  it('names each language in itself, for the switch button', () => {
    expect(STRINGS[otherLanguage('en')].name).toBe('Français');
    expect(STRINGS[otherLanguage('fr')].name).toBe('English');
  });
});
