import { describe, expect, it } from 'vitest';
import { otherLanguage, STRINGS } from './i18n';
import { describeWordTables } from './word-tables-check';

// serverErrors is empty in English (the server speaks English) and fuller in French.
describeWordTables('the shell and settings', STRINGS.en, STRINGS.fr, {
  samples: { 'fleet.count': ['12', 'impressions'] },
  skip: ['serverErrors'],
});

/** Each section that keeps its own words (`sections/<id>/words.ts`): every table there with both languages. */
const sectionWords = import.meta.glob<Record<string, unknown>>('../sections/*/words.ts', { eager: true });
for (const [file, module] of Object.entries(sectionWords)) {
  for (const [name, table] of Object.entries(module)) {
    if (table === null || typeof table !== 'object' || !('en' in table) || !('fr' in table)) continue;
    describeWordTables(`${file} ${name}`, table.en, table.fr);
  }
}

describe('the French table', () => {
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
