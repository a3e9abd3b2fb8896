/** Panel sizes of real printers (PRODUCT.md §1: 7" to 10", 800x480 to 1280x800). */
export const PANEL_SIZES = [
  { id: '800x480', width: 800, height: 480, label: '7" 800 x 480' },
  { id: '1024x600', width: 1024, height: 600, label: '9" 1024 x 600' },
  { id: '1280x800', width: 1280, height: 800, label: '10" 1280 x 800' },
] as const;
export type PanelSize = (typeof PANEL_SIZES)[number];

/**
 * The panel's language as `?lang=` sets it (issue 4); `printer` leaves it out, so the panel speaks the
 * language the printer is configured with (`PUT /api/admin/printers/:name/panel`).
 */
export const PANEL_LANGUAGES = [
  { id: 'printer', label: 'As the printer is set' },
  { id: 'en', label: 'English' },
  { id: 'fr', label: 'Français' },
] as const;
export type PanelLanguage = (typeof PANEL_LANGUAGES)[number]['id'];

export interface KioskSettings {
  printer: string | null;
  size: PanelSize;
  lang: PanelLanguage;
}

/** Reads `?printer=&size=&lang=` so a kiosk view can be bookmarked or opened by a test. */
export function settingsFromQuery(search: string): KioskSettings {
  const q = new URLSearchParams(search);
  return {
    printer: q.get('printer'),
    size: PANEL_SIZES.find((s) => s.id === q.get('size')) ?? PANEL_SIZES[0],
    lang: PANEL_LANGUAGES.find((l) => l.id === q.get('lang'))?.id ?? 'printer',
  };
}

/** The query string for the settings, for `history.replaceState`. */
export function queryOf(s: KioskSettings): string {
  const q = new URLSearchParams();
  if (s.printer) q.set('printer', s.printer);
  if (s.size.id !== PANEL_SIZES[0].id) q.set('size', s.size.id);
  if (s.lang !== 'printer') q.set('lang', s.lang);
  const text = q.toString();
  return text ? `?${text}` : '';
}

/** The panel page for a printer, as the release server serves it. */
export const panelUrl = (printer: string, lang: PanelLanguage): string =>
  `/panel/?printer=${encodeURIComponent(printer)}${lang === 'printer' ? '' : `&lang=${lang}`}`;
