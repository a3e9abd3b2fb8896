import * as z from 'zod/mini';
import { MIN_PASSWORD_LENGTH, roleSchema } from './auth';
import { errorBodySchema } from './errors';
import { currencySchema, moneyAmountSchema } from './money';
import { releaseIdSchema } from './panel';
import { printerNameSchema } from './printer';

export * from './config-document';

/**
 * The admin API's users, groups, badges, printers, queue, dashboard and retention (issue 5): bodies and
 * answers under `/api/admin`. Field rules (lengths, characters, email shape) are the users and badges
 * CSV imports' own (PRODUCT.md §9), applied by the server; these schemas fix the shapes.
 */

const text = z.string().check(z.maxLength(8192));
/** A name field: a string sets it, null (or "") clears it. */
const nameField = z.optional(z.nullable(text));
const password = z
  .string()
  .check(
    z.minLength(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`),
    z.maxLength(1024),
  );
const groupNames = z.array(z.string().check(z.maxLength(300))).check(z.maxLength(500));

/** Paging of a list: `?limit=&offset=`; `total` counts every match. */
const page = { total: z.int(), limit: z.int(), offset: z.int() };

// ---- Users and groups ----------------------------------------------------------------------------

const userFields = {
  firstName: nameField,
  lastName: nameField,
  displayName: nameField,
  shortname: nameField,
  department: nameField,
  costCenter: nameField,
  customAttributes: nameField,
};

/** `POST /users`: the email is the key; a user without a password signs in with a badge only. */
export const createUserBodySchema = z.strictObject({
  email: z.string().check(z.maxLength(400)),
  password: z.optional(password),
  ...userFields,
  /** Unknown groups are created, as the import does. @default [] */
  groups: z.optional(groupNames),
});
export type CreateUserBody = z.infer<typeof createUserBodySchema>;

/** `PUT /users/:email`: only the fields named change; a new password ends the user's web sessions. */
export const updateUserBodySchema = z.strictObject({ ...userFields, password: z.optional(password) });
export type UpdateUserBody = z.infer<typeof updateUserBodySchema>;

/** A user in a list. */
export const userSummarySchema = z.object({
  email: z.string(),
  /** What panels greet them with: display name, else first and last name, else short name or email. */
  name: z.string(),
  firstName: z.nullable(z.string()),
  lastName: z.nullable(z.string()),
  displayName: z.nullable(z.string()),
  shortname: z.nullable(z.string()),
  department: z.nullable(z.string()),
  costCenter: z.nullable(z.string()),
  role: roleSchema,
  groups: z.array(z.string()),
  hasPassword: z.boolean(),
});
export type UserSummary = z.infer<typeof userSummarySchema>;

/** `GET /users?q=&limit=&offset=`: `q` matches email, names, short name, department, cost centre. */
export const userPageSchema = z.object({ users: z.array(userSummarySchema), ...page });
export type UserPage = z.infer<typeof userPageSchema>;

/** A badge as administrators see it: the value itself (they register them). */
export const badgeViewSchema = z.object({
  badge: z.string(),
  email: z.string(),
  temporary: z.boolean(),
  /** ISO 8601; null for a permanent badge. */
  expiresAt: z.nullable(z.string()),
  createdAt: z.string(),
  /** A temporary badge past its time: it no longer signs anyone in, and anyone may be given it. */
  expired: z.boolean(),
});
export type BadgeView = z.infer<typeof badgeViewSchema>;

/** `GET /users/:email`; `POST /users` and `PUT /users/:email` answer it too. */
export const userDetailSchema = z.extend(userSummarySchema, {
  customAttributes: z.nullable(z.string()),
  badges: z.array(badgeViewSchema),
  delegates: z.array(z.object({ email: z.string(), displayName: z.string() })),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type UserDetail = z.infer<typeof userDetailSchema>;

/** `GET /groups`: every group and how many people are in it. */
export const groupViewSchema = z.object({ name: z.string(), members: z.int() });
export type GroupView = z.infer<typeof groupViewSchema>;

/** `POST /groups`. Characters the import replaces (`! @ # $ % ^ & * ; + ? / \ [ ]`) become `_` here too. */
export const createGroupBodySchema = z.strictObject({ name: z.string().check(z.maxLength(300)) });
export type CreateGroupBody = z.infer<typeof createGroupBodySchema>;

/** `PUT /users/:email/groups`: the groups the user ends up in; unknown ones are created. */
export const userGroupsBodySchema = z.strictObject({ groups: groupNames });
export type UserGroupsBody = z.infer<typeof userGroupsBodySchema>;
export const userGroupsSchema = z.object({ email: z.string(), groups: z.array(z.string()) });
export type UserGroups = z.infer<typeof userGroupsSchema>;

// ---- Badges --------------------------------------------------------------------------------------

/**
 * `POST /badges`: a permanent badge replaces the user's old permanent one; a temporary one expires
 * after 24 hours (PRODUCT.md §9).
 */
export const createBadgeBodySchema = z.strictObject({
  badge: z.string().check(z.maxLength(400)),
  email: z.string().check(z.maxLength(400)),
  /** @default false */
  temporary: z._default(z.boolean(), false),
});
export type CreateBadgeBody = z.infer<typeof createBadgeBodySchema>;

/** The answer of `POST /badges`: the badge, and the permanent badge it replaced, if any. */
export const badgeCreatedSchema = z.extend(badgeViewSchema, { replaced: z.nullable(z.string()) });
export type BadgeCreated = z.infer<typeof badgeCreatedSchema>;

/** `GET /badges?email=&limit=&offset=` */
export const badgePageSchema = z.object({ badges: z.array(badgeViewSchema), ...page });
export type BadgePage = z.infer<typeof badgePageSchema>;

// ---- Printers ------------------------------------------------------------------------------------

/** `PUT /printers/:name`: a new URI; the capabilities are read again from the printer. */
export const updatePrinterBodySchema = z.strictObject({
  uri: z
    .string()
    .check(
      z.maxLength(1024),
      z.regex(/^(ipps?|https?):\/\/[^\s/]+(\/\S*)?$/, 'an ipp://, ipps://, http:// or https:// URI'),
    ),
});
export type UpdatePrinterBody = z.infer<typeof updatePrinterBodySchema>;

/** `POST /printers/:name/test-page`: what the printer said. Not charged, not in the history. */
export const testPageResultSchema = z.object({
  printer: printerNameSchema,
  /** The job id the printer gave it. */
  printerJobId: z.int(),
  sentAt: z.string(),
  message: z.string(),
});
export type TestPageResult = z.infer<typeof testPageResultSchema>;

// ---- Queue ---------------------------------------------------------------------------------------

/**
 * `GET /jobs?user=&printer=&state=&limit=&offset=` answers an array of AdminJob (as it always has) and
 * the number of jobs that match in this header.
 */
export const TOTAL_COUNT_HEADER = 'x-total-count';

/** `POST /jobs/:id/release`: release a held job to a printer on its owner's behalf (helpdesk). */
export const adminReleaseBodySchema = z.strictObject({
  printer: printerNameSchema,
  /** Sending the same id again never prints twice. @default a new UUID */
  releaseId: z.optional(releaseIdSchema),
});
export type AdminReleaseBody = z.infer<typeof adminReleaseBodySchema>;

/**
 * What a release on someone's behalf did: `accepted` (202, on its way to the printer; follow the job in
 * `GET /jobs`) or `repeated` (200, this release id was used already: nothing sent again). A refusal is
 * an error answer (quota, printer, job no longer held) with its code and words.
 */
export const adminReleaseResultSchema = z.object({
  outcome: z.enum(['accepted', 'repeated']),
  releaseId: z.string(),
  jobId: z.int(),
  printer: z.string(),
  /** The job's state now. */
  jobState: z.string(),
  /** How the release stands: queued, sending, sent, printed, failed. */
  releaseState: z.string(),
  error: z.nullable(errorBodySchema),
  message: z.string(),
});
export type AdminReleaseResult = z.infer<typeof adminReleaseResultSchema>;

// ---- Dashboard -----------------------------------------------------------------------------------

/** An exact amount in one currency: money is never summed across currencies. */
export const currencyAmountSchema = z.object({ currency: currencySchema, amount: moneyAmountSchema });
export type CurrencyAmount = z.infer<typeof currencyAmountSchema>;

const figures = {
  jobs: z.int(),
  pages: z.int(),
  impressions: z.int(),
  colorImpressions: z.int(),
  sheets: z.int(),
};

export const dashboardDaySchema = z.object({
  /** YYYY-MM-DD in the quota time zone. */
  day: z.string(),
  ...figures,
  cost: z.array(currencyAmountSchema),
});
export type DashboardDay = z.infer<typeof dashboardDaySchema>;

export const dashboardTopSchema = z.object({
  /** The user's email (or the name jobs were sent under), or the printer's name. */
  key: z.string(),
  /** The user's name as it was at the time; the printer's name. */
  name: z.string(),
  ...figures,
});
export type DashboardTop = z.infer<typeof dashboardTopSchema>;

/** `GET /dashboard?days=30`: printed jobs of the last `days` days (today included), from the history. */
export const dashboardSchema = z.object({
  days: z.int(),
  timeZone: z.string(),
  /** The first instant counted and the first one not counted (ISO 8601). */
  from: z.string(),
  to: z.string(),
  totals: z.object({
    ...figures,
    /** Colour impressions / impressions, 0 to 1 (4 decimals); null when nothing printed. */
    colorShare: z.nullable(z.number()),
    cost: z.array(currencyAmountSchema),
  }),
  /** One entry per day, oldest first, days without printing included. */
  series: z.array(dashboardDaySchema),
  /** By impressions, at most five each. */
  topUsers: z.array(dashboardTopSchema),
  topPrinters: z.array(dashboardTopSchema),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
