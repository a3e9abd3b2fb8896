import { describe, expect, it } from 'vitest';
import { panelUrl, queryOf, settingsFromQuery } from './settings';

describe('kiosk settings', () => {
  it('defaults to the 7" panel in the printer\'s language', () => {
    const s = settingsFromQuery('');
    expect(s).toMatchObject({ printer: null, lang: 'printer' });
    expect(s.size.id).toBe('800x480');
    expect(queryOf(s)).toBe('');
  });

  it('round-trips through the query string and ignores unknown values', () => {
    const s = settingsFromQuery('?printer=sim-color&size=1280x800&lang=fr');
    expect(queryOf(s)).toBe('?printer=sim-color&size=1280x800&lang=fr');
    expect(settingsFromQuery('?size=1x1&lang=xx')).toMatchObject({ lang: 'printer' });
    expect(settingsFromQuery('?size=1x1&lang=xx').size.id).toBe('800x480');
    expect(queryOf(settingsFromQuery('?lang=en'))).toBe('?lang=en');
  });

  it('builds the panel URL the release server serves, with the language picked', () => {
    expect(panelUrl('sim-mono', 'printer')).toBe('/panel/?printer=sim-mono');
    expect(panelUrl('sim-mono', 'en')).toBe('/panel/?printer=sim-mono&lang=en');
    expect(panelUrl('a b', 'fr')).toBe('/panel/?printer=a%20b&lang=fr');
  });
});
