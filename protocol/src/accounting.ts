import * as z from 'zod/mini';
import { currencySchema, moneyAmountSchema } from './money';

export * from './money';
export * from './quota-view';

/**
 * What an administrator configures for quotas and prices (PRODUCT.md §7), as the admin REST API will
 * receive it. Money travels as decimal strings ("0.10"), never JSON numbers: a number would pass through
 * binary floating point on the way in (issue 3).
 */

/** Price of one impression (one side of a sheet with toner on it), by how the job prints. */
const rates = { mono: moneyAmountSchema, color: moneyAmountSchema };

/** A band of monthly volume: from impression `from` (inclusive) up to the next band's `from` - 1. */
export const priceBandSchema = z.strictObject({ from: z.int().check(z.gte(1)), ...rates });
export type PriceBand = z.infer<typeof priceBandSchema>;

const bandsStartAtOneAndRise = (bands: PriceBand[]) =>
  bands[0]?.from === 1 && bands.every((b, i) => i === 0 || b.from > bands[i - 1]!.from);

export const PRICING_KINDS = ['flat', 'tiered', 'subscription'] as const;
export type PricingKind = (typeof PRICING_KINDS)[number];

export const pricingSchema = z.discriminatedUnion('kind', [
  /** Every impression at the same rate. */
  z.strictObject({ kind: z.literal('flat'), ...rates }),
  /** Each band of the month's volume at its own rate; e.g. bands from 1, 101, 1001, 10001. */
  z.strictObject({
    kind: z.literal('tiered'),
    bands: z
      .array(priceBandSchema)
      .check(
        z.minLength(1),
        z.maxLength(32),
        z.refine(bandsStartAtOneAndRise, 'the first band starts at 1 and each next band starts higher'),
      ),
  }),
  /** `included` impressions a period (mono and colour together) cost nothing; the rest at the rates. */
  z.strictObject({ kind: z.literal('subscription'), included: z.int().check(z.gte(0)), ...rates }),
]);
export type Pricing = z.infer<typeof pricingSchema>;

/** What a price counts: impressions as printed, or A4 equivalents (A3 and larger count 2, PRODUCT.md §7). */
export const COUNT_BY = ['impression', 'a4-equivalent'] as const;
export type CountBy = (typeof COUNT_BY)[number];

export const modelPricingSchema = z.strictObject({
  /** The printer's `printer-make-and-model`, matched ignoring case and surrounding spaces. */
  makeAndModel: z.string().check(z.minLength(1), z.maxLength(256)),
  pricing: pricingSchema,
});
export type ModelPricing = z.infer<typeof modelPricingSchema>;

const modelKey = (m: ModelPricing) => m.makeAndModel.trim().toLowerCase();

export const priceListSchema = z.strictObject({
  currency: currencySchema,
  /** @default 'impression' */
  countBy: z._default(z.enum(COUNT_BY), 'impression'),
  /** The prices of every printer without a model entry below. */
  pricing: pricingSchema,
  /** Per printer model prices, overriding `pricing`. @default [] */
  models: z._default(
    z.array(modelPricingSchema).check(
      z.maxLength(500),
      z.refine((ms) => new Set(ms.map(modelKey)).size === ms.length, 'each printer model at most once'),
    ),
    [],
  ),
});
export type PriceList = z.infer<typeof priceListSchema>;

/** A quota counts impressions (whole numbers) or money (decimal strings in the price list's currency). */
export const QUOTA_UNITS = ['impressions', 'money'] as const;
export type QuotaUnit = (typeof QUOTA_UNITS)[number];

const amountSchema = z.union([z.int().check(z.gte(0)), moneyAmountSchema]);

/** The total a person may print in a month: `unlimited`, `disabled` (nothing prints) or an amount. */
export const quotaLimitSchema = z.union([z.enum(['unlimited', 'disabled']), amountSchema]);
export type QuotaLimit = z.infer<typeof quotaLimitSchema>;

/** Colour: `allowed` (only the total counts), `disallowed`, or an amount that is part of the total. */
export const colorLimitSchema = z.union([z.enum(['allowed', 'disallowed']), amountSchema]);
export type ColorLimit = z.infer<typeof colorLimitSchema>;

export const quotaLimitsSchema = z.strictObject({
  total: quotaLimitSchema,
  /** @default 'allowed' */
  color: z._default(colorLimitSchema, 'allowed'),
});
export type QuotaLimits = z.infer<typeof quotaLimitsSchema>;

export const quotaNameSchema = z.string().check(z.minLength(1), z.maxLength(64));

const definitionBase = { name: quotaNameSchema, unit: z.enum(QUOTA_UNITS) };

function amountsMatchUnit(d: { unit: QuotaUnit; limits?: QuotaLimits; months?: QuotaLimits[] }): boolean {
  const want = d.unit === 'impressions' ? 'number' : 'string';
  const amounts = (d.limits ? [d.limits] : (d.months ?? []))
    .flatMap((l) => [l.total, l.color])
    .filter((v) => typeof v === 'number' || /^\d/.test(v));
  return amounts.every((v) => typeof v === want);
}

export const quotaDefinitionSchema = z
  .discriminatedUnion('schedule', [
    z.strictObject({ ...definitionBase, schedule: z.literal('every-month'), limits: quotaLimitsSchema }),
    /** January first: `months[0]` is January. */
    z.strictObject({
      ...definitionBase,
      schedule: z.literal('per-month'),
      months: z.array(quotaLimitsSchema).check(z.length(12)),
    }),
  ])
  .check(
    z.refine(
      amountsMatchUnit,
      'amounts are whole numbers in an impressions quota and decimal strings ("50.00") in a money quota',
    ),
  );
export type QuotaDefinition = z.infer<typeof quotaDefinitionSchema>;

/** Which group level sits between the company default and the user (PRODUCT.md §10). */
export const QUOTA_POLICY_MODES = [
  'cost-center-or-personal',
  'department-or-personal',
  'personal-only',
] as const;
export type QuotaPolicyMode = (typeof QUOTA_POLICY_MODES)[number];

/** Names a quota definition for everyone, a cost centre, a department or one user (by email). */
export const quotaAssignmentSchema = z.discriminatedUnion('scope', [
  z.strictObject({ scope: z.literal('company'), quota: quotaNameSchema }),
  z.strictObject({
    scope: z.literal('cost-center'),
    costCenter: z.string().check(z.minLength(1)),
    quota: quotaNameSchema,
  }),
  z.strictObject({
    scope: z.literal('department'),
    department: z.string().check(z.minLength(1)),
    quota: quotaNameSchema,
  }),
  z.strictObject({
    scope: z.literal('user'),
    email: z.string().check(z.minLength(1)),
    quota: quotaNameSchema,
  }),
]);
export type QuotaAssignment = z.infer<typeof quotaAssignmentSchema>;
export type AssignmentScope = QuotaAssignment['scope'];

/** Whom an assignment names, so that each subject is named at most once. */
export function assignmentSubject(a: QuotaAssignment): string {
  switch (a.scope) {
    case 'company':
      return 'company';
    case 'cost-center':
      return `cost-center:${a.costCenter.trim().toLowerCase()}`;
    case 'department':
      return `department:${a.department.trim().toLowerCase()}`;
    case 'user':
      return `user:${a.email.trim().toLowerCase()}`;
    default:
      return a satisfies never;
  }
}

export const quotaAssignmentsSchema = z
  .array(quotaAssignmentSchema)
  .check(
    z.refine(
      (as) => new Set(as.map(assignmentSubject)).size === as.length,
      'each company, cost centre, department and user has at most one quota',
    ),
  );

export const quotaDefinitionsSchema = z
  .array(quotaDefinitionSchema)
  .check(z.refine((ds) => new Set(ds.map((d) => d.name)).size === ds.length, 'each quota name at most once'));

/** True for an IANA time zone name the runtime knows, e.g. `Europe/Paris`, `UTC`, `Etc/GMT-1`. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export const quotaPolicySchema = z.strictObject({
  /** @default 'cost-center-or-personal' */
  mode: z._default(z.enum(QUOTA_POLICY_MODES), 'cost-center-or-personal'),
  /** When only colour stands in the way, offer the job in black and white. @default true */
  offerMono: z._default(z.boolean(), true),
  /**
   * Quotas reset at midnight on the 1st in this IANA zone. A name, not a UTC offset, so the reset follows
   * daylight saving time. @default 'UTC'
   */
  timeZone: z._default(
    z.string().check(z.refine(isTimeZone, 'an IANA time zone such as Europe/Paris')),
    'UTC',
  ),
});
export type QuotaPolicy = z.infer<typeof quotaPolicySchema>;

/** `GET /api/admin/history`: one job printed, deleted or expired, as it was then (PRODUCT.md §8). */
export const HISTORY_KINDS = ['printed', 'deleted', 'expired'] as const;
export const historyEntrySchema = z.object({
  kind: z.enum(HISTORY_KINDS),
  at: z.string(),
  period: z.string(),
  jobId: z.nullable(z.int()),
  jobName: z.string(),
  source: z.string(),
  user: z.object({ email: z.nullable(z.string()), name: z.string() }),
  department: z.nullable(z.string()),
  costCenter: z.nullable(z.string()),
  groups: z.array(z.string()),
  printer: z.nullable(z.object({ name: z.string(), uri: z.nullable(z.string()) })),
  pages: z.nullable(z.int()),
  copies: z.int(),
  impressions: z.int(),
  sheets: z.int(),
  colorMode: z.string(),
  sides: z.string(),
  cost: moneyAmountSchema,
  currency: currencySchema,
  /** The page count was unknown: the cost is for one page a copy, a lower bound. */
  estimated: z.boolean(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** `GET /api/admin/reports/:dimension` */
export const REPORT_DIMENSIONS = ['user', 'group', 'department', 'cost-center', 'printer', 'period'] as const;
export type ReportDimensionName = (typeof REPORT_DIMENSIONS)[number];
export const reportRowSchema = z.object({
  key: z.string(),
  jobs: z.int(),
  pages: z.int(),
  impressions: z.int(),
  sheets: z.int(),
  colorImpressions: z.int(),
  cost: moneyAmountSchema,
  currency: currencySchema,
});
export type ReportRow = z.infer<typeof reportRowSchema>;
