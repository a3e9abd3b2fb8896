import * as z from 'zod/mini';
import { errorBodySchema } from './errors';
import { COLOR_MODES, jobSettingsSchema } from './settings';

/**
 * Job states (PRODUCT.md §4). `incoming` is a Create-Job waiting for its document: it is never listed
 * on a panel. `kept` was printed with "print and keep" and may be printed again.
 */
export const JOB_STATES = [
  'incoming',
  'held',
  'releasing',
  'printed',
  'kept',
  'deleted',
  'expired',
  'failed',
] as const;
export type JobState = (typeof JOB_STATES)[number];

/** How a job reached the server (PRODUCT.md §3). */
export const JOB_SOURCES = ['ipp', 'web', 'workstation'] as const;
export type JobSource = (typeof JOB_SOURCES)[number];

/** How the page count was learnt: parsed from the PDF, told by the IPP client, or not known. */
export const PAGE_SOURCES = ['pdf', 'ipp', 'unknown'] as const;
export type PageSource = (typeof PAGE_SOURCES)[number];

/** A job as the panel shows it. */
export const jobViewSchema = z.object({
  id: z.int().check(z.positive()),
  name: z.string(),
  owner: z.string(),
  submittedAt: z.string(),
  pages: z.nullable(z.int().check(z.nonnegative())),
  submittedColor: z.enum(COLOR_MODES),
  /**
   * How it prints: at a panel, the job's settings as this printer will print them (a colour job on a
   * black-and-white printer says black and white, as its cost does); elsewhere, as they are stored.
   */
  settings: jobSettingsSchema,
  size: z.int().check(z.nonnegative()),
  source: z.enum(JOB_SOURCES),
  state: z.enum(JOB_STATES),
  /** Why the last release failed, while the job is held again. */
  lastError: z.nullable(errorBodySchema),
  /** What printing it here as it stands would cost, e.g. "0.30"; null where prices do not apply. */
  cost: z.nullable(z.string()),
});
export type JobView = z.infer<typeof jobViewSchema>;
