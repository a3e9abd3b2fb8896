import * as z from 'zod/mini';
import { jobViewSchema } from './job';
import { printerCapabilitiesSchema, printerNameSchema } from './printer';

/** `POST /api/admin/printers`: a printer is added by its IPP URI; its capabilities are read from it. */
export const addPrinterBodySchema = z.strictObject({
  name: printerNameSchema,
  uri: z
    .string()
    .check(
      z.maxLength(1024),
      z.regex(/^(ipps?|https?):\/\/[^\s/]+(\/\S*)?$/, 'an ipp://, ipps://, http:// or https:// URI'),
    ),
});
export type AddPrinterBody = z.infer<typeof addPrinterBodySchema>;

export const printerRecordSchema = z.object({
  name: printerNameSchema,
  uri: z.string(),
  capabilities: printerCapabilitiesSchema,
  addedAt: z.string(),
  updatedAt: z.string(),
});
export type PrinterRecord = z.infer<typeof printerRecordSchema>;

/** How an import treats bad lines: apply nothing (default), or apply the good lines and report the bad. */
export const IMPORT_MODES = ['all-or-nothing', 'apply-valid'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/** Every CSV import answers with this report (PRODUCT.md §9: never half-applied, every bad line named). */
export const importReportSchema = z.object({
  applied: z.boolean(),
  dryRun: z.boolean(),
  created: z.array(z.string()),
  updated: z.array(z.string()),
  deleted: z.array(z.string()),
  errors: z.array(z.object({ line: z.int().check(z.positive()), reason: z.string() })),
});
export type ImportReport = z.infer<typeof importReportSchema>;

/** A job as an administrator sees it: the panel view plus who sent it and whether they are known. */
export const adminJobSchema = z.extend(jobViewSchema, {
  requestingUserName: z.string(),
  userEmail: z.nullable(z.string()),
  format: z.string(),
});
export type AdminJob = z.infer<typeof adminJobSchema>;
