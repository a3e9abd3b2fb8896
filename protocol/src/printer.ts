import * as z from 'zod/mini';
import { badgeReaderSchema } from './badge';
import { HOME_ICONS } from './home-icon';
import { COLOR_MODES, MAX_COPIES, SIDES } from './settings';

/** `printer-state` (RFC 8011 §5.4.11) as a word. */
export const PRINTER_STATES = ['idle', 'processing', 'stopped'] as const;
export type PrinterState = (typeof PRINTER_STATES)[number];

/**
 * What a printer can do, read from its Get-Printer-Attributes answer when it is added and before each
 * release. The panel offers only what is here.
 */
export const printerCapabilitiesSchema = z.object({
  makeAndModel: z.string().check(z.maxLength(256)),
  colorModes: z.array(z.enum(COLOR_MODES)).check(z.minLength(1)),
  sides: z.array(z.enum(SIDES)).check(z.minLength(1)),
  copiesMax: z.int().check(z.gte(1), z.lte(MAX_COPIES)),
  /** `finishings-supported` without 3 (`none`). */
  finishings: z.array(z.int()),
  media: z.array(z.string()),
  mediaDefault: z.nullable(z.string()),
  numberUp: z.array(z.int()),
  documentFormats: z.array(z.string()),
});
export type PrinterCapabilities = z.infer<typeof printerCapabilitiesSchema>;

/** A printer's state at one moment, from `printer-state`, `printer-state-reasons`, `printer-is-accepting-jobs`. */
export const printerStatusSchema = z.object({
  state: z.enum(PRINTER_STATES),
  reasons: z.array(z.string()),
  acceptingJobs: z.boolean(),
});
export type PrinterStatus = z.infer<typeof printerStatusSchema>;

/** Printer names appear in URLs (`/panel/?printer=<name>`): keep them to a safe alphabet. */
export const printerNameSchema = z
  .string()
  .check(
    z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'letters, digits, dot, dash or underscore; at most 64'),
  );

export const printerViewSchema = z.object({
  name: printerNameSchema,
  capabilities: printerCapabilitiesSchema,
});
export type PrinterView = z.infer<typeof printerViewSchema>;

/** Languages the panel speaks. */
export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The other language, for a switch button (panel and admin page speak two). */
export const otherLanguage = (language: Language): Language => (language === 'en' ? 'fr' : 'en');

/** The first supported language in `preferred` (a stored or `?lang=` choice, then `navigator.languages`), else null. */
export function pickLanguage(preferred: readonly (string | null | undefined)[]): Language | null {
  for (const tag of preferred) {
    const base = tag?.toLowerCase().split('-')[0];
    if (base && (LANGUAGES as readonly string[]).includes(base)) return base as Language;
  }
  return null;
}

/** How one printer's panel is set up (PRODUCT.md §5, §10). */
export const printerPanelSettingsSchema = z.object({
  /** The language the panel starts in; people can switch on the panel. @default en */
  language: z._default(z.enum(LANGUAGES), 'en'),
  /** This printer's badge reader; null uses the server-wide setting. */
  badgeReader: z._default(z.nullable(badgeReaderSchema), null),
  /** The label of the home-screen button on the printer. @default Print Release */
  homeLabel: z._default(z.string().check(z.minLength(1), z.maxLength(40)), 'Print Release'),
  /**
   * The icon of that button, one of {@link HOME_ICONS}. Stored as JSON with the rest: settings saved before
   * it existed read as the default, no migration needed. @default print
   */
  homeIcon: z._default(z.enum(HOME_ICONS), 'print'),
});
export type PrinterPanelSettings = z.infer<typeof printerPanelSettingsSchema>;
