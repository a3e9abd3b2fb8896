import { MAX_COPIES, printerNameSchema } from '@quire/protocol';
import { MEDIA_SIZES } from '@quire/protocol/ipp';
import { z } from 'zod';

/** The formats ippeveprinter is told to accept in our interop tests (TOOLING.md), and IPP Everywhere's. */
export const DOCUMENT_FORMATS = [
  'application/pdf',
  'application/octet-stream',
  'image/jpeg',
  'image/pwg-raster',
  'image/urf',
] as const;

const mediaName = z.string().refine((m) => m in MEDIA_SIZES, 'a media name the simulator knows');

/**
 * Everything that makes one simulated printer different from another, with every default in one place.
 * Values come from code (the demo, tests), not from the network, but are still checked so a typo fails
 * at start rather than as a strange IPP answer.
 */
export const simPrinterOptionsSchema = z
  .object({
    /** `printer-name`, and the name the release server and the kiosk use. */
    name: printerNameSchema,
    /** `printer-make-and-model`. @default 'Quire Simulated Printer' */
    makeAndModel: z.string().min(1).max(127).default('Quire Simulated Printer'),
    /** `printer-location`. @default '' */
    location: z.string().max(127).default(''),
    /** Colour printer (`color-supported`, `print-color-mode-supported` with `color`). @default true */
    color: z.boolean().default(true),
    /** Two-sided printing (`sides-supported`). @default true */
    duplex: z.boolean().default(true),
    /** `finishings-supported` besides 3 (`none`), e.g. 4, 5, 20, 74 for a stapling and punching finisher. @default [] */
    finishings: z.array(z.number().int().min(4).max(199)).max(32).default([]),
    /** Upper bound of `copies-supported` (1-n). @default 999 */
    copiesMax: z.number().int().min(1).max(MAX_COPIES).default(MAX_COPIES),
    /** `media-supported`. @default A4, US Letter, A3 */
    media: z.array(mediaName).min(1).default(['iso_a4_210x297mm', 'na_letter_8.5x11in', 'iso_a3_297x420mm']),
    /** `media-default`; must be in `media`. @default iso_a4_210x297mm */
    mediaDefault: mediaName.default('iso_a4_210x297mm'),
    /** `document-format-supported`. @default PDF, octet-stream, JPEG, PWG raster, URF */
    documentFormats: z
      .array(z.enum(DOCUMENT_FORMATS))
      .min(1)
      .default([...DOCUMENT_FORMATS]),
    /** How long a job stays `processing` before it lands in the tray; 0 completes at once. @default 1000 */
    processingMs: z.number().int().min(0).max(600_000).default(1000),
    /** Address to listen on. @default 127.0.0.1 */
    host: z.string().min(1).default('127.0.0.1'),
    /** Port to listen on; 0 picks a free one. @default 0 */
    port: z.number().int().min(0).max(65535).default(0),
    /** Largest document accepted (413 / request-entity-too-large beyond). @default 256 MiB */
    maxDocumentBytes: z
      .number()
      .int()
      .min(1)
      .default(256 * 1024 * 1024),
    /** How many finished documents the output tray keeps (older ones are deleted). @default 100 */
    trayLimit: z.number().int().min(1).max(10_000).default(100),
    /** Directory for received documents; a new temporary directory (removed at stop) when absent. */
    dir: z.string().min(1).optional(),
  })
  .strict()
  .refine((o) => o.media.includes(o.mediaDefault), { message: 'mediaDefault must be one of media' });

export type SimPrinterInput = z.input<typeof simPrinterOptionsSchema>;
export type SimPrinterOptions = Readonly<z.output<typeof simPrinterOptionsSchema>>;

/** Checks and completes printer options; throws a message naming the bad field. */
export function resolveOptions(input: SimPrinterInput): SimPrinterOptions {
  const result = simPrinterOptionsSchema.safeParse(input);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || 'options'}: ${i.message}`);
    throw new Error(`Invalid simulated printer options: ${issues.join('; ')}`);
  }
  return Object.freeze(result.data);
}
