import * as z from 'zod/mini';
import { HISTORY_KINDS } from './accounting';
import { jobViewSchema } from './job';
import { currencySchema, moneyAmountSchema } from './money';
import { quotaViewSchema } from './quota-view';
import { COLOR_MODES, MAX_COPIES, SIDES } from './settings';

/**
 * The user's own web queue at `/my/` (issue 5 item 3, PRODUCT.md §3.2): bodies and answers of
 * `/api/my/*`. Every route is about the signed-in account only; none takes a user name or id.
 */

/** What `POST /api/my/jobs` accepts, told from the first bytes, not from the name or Content-Type. */
export const MY_UPLOAD_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type MyUploadType = (typeof MY_UPLOAD_TYPES)[number];

/**
 * The header that names an uploaded file: its name, percent-encoded as `encodeURIComponent` does (HTTP
 * header values are not UTF-8). The body is the file's bytes as they are.
 */
export const FILE_NAME_HEADER = 'x-file-name';

/** `GET /api/my/upload-limits`: what the page checks before it sends anything. */
export const myUploadLimitsSchema = z.object({
  /** Largest PDF, in bytes (`MAX_DOCUMENT_MB`). */
  maxDocumentBytes: z.int().check(z.positive()),
  /** Largest JPEG or PNG: an image is read whole to become a PDF. */
  maxImageBytes: z.int().check(z.positive()),
  /** Largest PNG in pixels (width x height): its pixels are decoded in memory. */
  maxImagePixels: z.int().check(z.positive()),
  accepted: z.array(z.enum(MY_UPLOAD_TYPES)),
});
export type MyUploadLimits = z.infer<typeof myUploadLimitsSchema>;

/**
 * `GET|PUT /api/my/settings`: the settings a document uploaded here starts with; the panel can still
 * change them before printing (late binding). A PUT changes the fields it names.
 */
export const myDefaultSettingsSchema = z.object({
  copies: z.int().check(z.gte(1), z.lte(MAX_COPIES)),
  sides: z.enum(SIDES),
  colorMode: z.enum(COLOR_MODES),
});
export type MyDefaultSettings = z.infer<typeof myDefaultSettingsSchema>;
export const myDefaultSettingsPatchSchema = z.strictObject(z.partial(myDefaultSettingsSchema).shape);

const ownerSchema = z.object({ name: z.string(), displayName: z.string() });

/**
 * `GET /api/my/jobs`: as the panel lists them (own first, then the jobs of those who named me delegate,
 * grouped by owner), each with what it costs as it stands at the company's prices.
 */
export const myJobsSchema = z.object({
  own: z.array(jobViewSchema),
  delegated: z.array(z.object({ owner: ownerSchema, jobs: z.array(jobViewSchema) })),
  /** The currency of every `cost`; null when no prices apply. */
  currency: z.nullable(currencySchema),
  /** My quota left this period (as `GET /api/my/quota`), null when no quota applies. */
  quota: z.nullable(quotaViewSchema),
});
export type MyJobs = z.infer<typeof myJobsSchema>;

/** `GET /api/my/quota`: what is left this period, as the panel shows it; null when no quota applies. */
export const myQuotaSchema = z.object({ quota: z.nullable(quotaViewSchema) });
export type MyQuota = z.infer<typeof myQuotaSchema>;

/** `PUT /api/my/delegates`: the whole list, by email or short name (at most 100). */
export const myDelegatesBodySchema = z.strictObject({
  delegates: z.array(z.string().check(z.maxLength(254))).check(z.maxLength(100)),
});
export type MyDelegatesBody = z.infer<typeof myDelegatesBodySchema>;

/** `GET|PUT /api/my/delegates`: who may release my jobs at a panel, and whether the policy allows it. */
export const myDelegatesSchema = z.object({
  /** The company's delegation policy: when off, delegates are kept but see nothing. */
  enabled: z.boolean(),
  delegates: z.array(z.object({ email: z.string(), displayName: z.string() })),
});
export type MyDelegates = z.infer<typeof myDelegatesSchema>;

/** One of my jobs printed, deleted or expired, as it was then (PRODUCT.md §8, my own rows only). */
export const myHistoryEntrySchema = z.object({
  id: z.int(),
  kind: z.enum(HISTORY_KINDS),
  at: z.string(),
  jobName: z.string(),
  source: z.string(),
  printer: z.nullable(z.string()),
  pages: z.nullable(z.int()),
  copies: z.int(),
  impressions: z.int(),
  colorMode: z.string(),
  sides: z.string(),
  cost: moneyAmountSchema,
  currency: currencySchema,
  estimated: z.boolean(),
});
export type MyHistoryEntry = z.infer<typeof myHistoryEntrySchema>;

/** `GET /api/my/history?limit=&before=`: newest first; `nextBefore` asks for the next (older) page. */
export const myHistoryPageSchema = z.object({
  entries: z.array(myHistoryEntrySchema),
  nextBefore: z.nullable(z.int()),
});
export type MyHistoryPage = z.infer<typeof myHistoryPageSchema>;
