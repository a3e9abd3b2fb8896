import * as z from 'zod/mini';

/** `sides` keywords (RFC 8011 §5.2.8). */
export const SIDES = ['one-sided', 'two-sided-long-edge', 'two-sided-short-edge'] as const;
export type Sides = (typeof SIDES)[number];

/**
 * Colour as the product reasons about it. IPP has eight `print-color-mode` keywords; every one of them
 * either may put colour on paper (`color`) or may not (`monochrome`). See `colorModeFromIpp`.
 */
export const COLOR_MODES = ['color', 'monochrome'] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

/** `number-up` values IPP Everywhere printers offer. */
export const NUMBER_UP = [1, 2, 4, 6, 9, 16] as const;

/** Highest copy count accepted anywhere (ippeveprinter and most printers offer 1-999). */
export const MAX_COPIES = 999;

/** IPP `finishings` enum values (PWG 5100.1); 3 (`none`) is never stored: no finishing = empty list. */
export const finishingSchema = z.int().check(z.gte(4), z.lte(199));

/** The job template settings a held job carries and a person can change at the panel. */
export const jobSettingsSchema = z.object({
  copies: z.int().check(z.gte(1), z.lte(MAX_COPIES)),
  sides: z.enum(SIDES),
  colorMode: z.enum(COLOR_MODES),
  finishings: z.array(finishingSchema).check(z.maxLength(16)),
  media: z.nullable(z.string().check(z.regex(/^[a-z0-9_.-]{1,64}$/))),
  numberUp: z.literal(NUMBER_UP),
});
export type JobSettings = z.infer<typeof jobSettingsSchema>;

/** What the panel may change (late binding, PRODUCT.md §5.4). */
export const settingsPatchSchema = z.strictObject(
  z.partial(z.pick(jobSettingsSchema, { copies: true, sides: true, colorMode: true, finishings: true }))
    .shape,
);
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const DEFAULT_SETTINGS: JobSettings = Object.freeze({
  copies: 1,
  sides: 'one-sided',
  colorMode: 'color',
  finishings: [],
  media: null,
  numberUp: 1,
}) as JobSettings;

/** Finishing families the panel offers, each with the IPP enum values that belong to it (PWG 5100.1). */
export const FINISHING_FAMILIES = {
  staple: [4, 20, 21, 22, 23, 28, 29, 30, 31],
  punch: [5, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85],
  fold: [10, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101],
} as const;
export type FinishingFamily = keyof typeof FINISHING_FAMILIES;
