import * as z from 'zod/mini';
import { badgeReaderSchema } from './badge';
import { type ErrorBody, errorBodySchema, errorCodeSchema } from './errors';
import { HOME_ICONS } from './home-icon';
import { jobViewSchema } from './job';
import { currencySchema } from './money';
import { policiesSchema } from './policies';
import { LANGUAGES, printerStatusSchema, printerViewSchema } from './printer';
import { quotaViewSchema } from './quota-view';
import { settingsPatchSchema } from './settings';

/**
 * Panel <-> release server messages over the WebSocket at `/ws/panel`.
 * Every client message carries `id`, a number the panel chooses; the server's reply carries the same `id`.
 * Messages the server pushes on its own (job events, list refreshes) carry no `id`.
 */

/** The largest text frame either side accepts, in bytes. */
export const MAX_PANEL_MESSAGE_BYTES = 64 * 1024;

const requestId = z.int().check(z.nonnegative());
const jobId = z.int().check(z.positive());
const jobIds = z.array(jobId).check(z.minLength(1), z.maxLength(500));
const badge = z.string().check(z.minLength(1), z.maxLength(128));
const username = z.string().check(z.minLength(1), z.maxLength(254));
const secret = z.string().check(z.minLength(1), z.maxLength(256));

/**
 * A release id is chosen by the panel (a UUID) and names one tap of Print. Sending the same id again
 * (after a dropped connection, a double tap) never prints twice.
 */
export const releaseIdSchema = z.string().check(z.regex(/^[A-Za-z0-9-]{8,64}$/));

/** How a panel behaves: language, home button, badge reader, company policies (PRODUCT.md §5, §10). */
export const panelSetupSchema = z.object({
  language: z.enum(LANGUAGES),
  homeLabel: z.string(),
  /** Not drawn by the panel: for the printer's home screen that opens it (the simulator's kiosk). */
  homeIcon: z.enum(HOME_ICONS),
  badgeReader: badgeReaderSchema,
  policies: policiesSchema,
});
export type PanelSetup = z.infer<typeof panelSetupSchema>;

export const clientMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('hello'),
    id: requestId,
    version: z.int(),
    printer: z.string().check(z.maxLength(64)),
  }),
  z.object({ type: z.literal('sign-in'), id: requestId, badge }),
  /** The fallback without a badge: username (short name or email) and password or PIN. */
  z.object({ type: z.literal('sign-in-credentials'), id: requestId, username, secret }),
  /** First use of an unknown badge: who it belongs to, proven by their password or PIN; then it is remembered. */
  z.object({ type: z.literal('register-badge'), id: requestId, badge, username, secret }),
  z.object({
    type: z.literal('resume'),
    id: requestId,
    /** A signed session token; it carries the person's email (up to 254 characters), hence the room. */
    token: z.string().check(z.minLength(16), z.maxLength(1024)),
  }),
  z.object({ type: z.literal('list'), id: requestId }),
  z.object({ type: z.literal('update-settings'), id: requestId, jobId, settings: settingsPatchSchema }),
  z.object({
    type: z.literal('release'),
    id: requestId,
    releaseId: releaseIdSchema,
    jobIds,
    keep: z._default(z.boolean(), false),
  }),
  z.object({ type: z.literal('delete'), id: requestId, jobIds }),
  z.object({ type: z.literal('sign-out'), id: requestId }),
  /** A heartbeat the page can see (browsers hide WebSocket ping frames): answered with `pong`. */
  z.object({ type: z.literal('ping'), id: requestId }),
]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;
export type ClientMessageType = ClientMessage['type'];

const userViewSchema = z.object({ name: z.string(), displayName: z.string() });

/** Release progress for one job (PRODUCT.md §5.5). */
export const JOB_EVENTS = ['queued', 'printing', 'printed', 'failed'] as const;
export type JobEvent = (typeof JOB_EVENTS)[number];

export const serverMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('welcome'),
    id: requestId,
    version: z.int(),
    printer: printerViewSchema,
    /** The printer's state when known; `printer-status` pushes changes. */
    status: z.nullable(printerStatusSchema),
    panel: panelSetupSchema,
  }),
  z.object({ type: z.literal('printer-status'), status: printerStatusSchema }),
  /** An administrator changed this panel's set-up (policies, language, badge reader): it applies at once. */
  z.object({ type: z.literal('panel-setup'), panel: panelSetupSchema }),
  z.object({
    type: z.literal('signed-in'),
    id: requestId,
    user: userViewSchema,
    token: z.string(),
    /** When the automatic-release policy is on: the release started for every held job at sign-in. */
    autoRelease: z.nullable(z.object({ releaseId: releaseIdSchema, jobIds: z.array(jobId) })),
  }),
  z.object({
    type: z.literal('jobs'),
    id: z.optional(requestId),
    own: z.array(jobViewSchema),
    delegated: z.array(z.object({ owner: userViewSchema, jobs: z.array(jobViewSchema) })),
    /** The currency of every `cost` in the list; null when no prices apply. */
    currency: z.nullable(currencySchema),
    /** The signed-in person's quota left this period, null when no quota applies. */
    quota: z.nullable(quotaViewSchema),
  }),
  z.object({ type: z.literal('ok'), id: requestId }),
  z.object({ type: z.literal('pong'), id: requestId }),
  z.object({
    type: z.literal('release-accepted'),
    id: requestId,
    releaseId: releaseIdSchema,
    jobIds: z.array(jobId),
    repeated: z.boolean(),
  }),
  z.object({
    type: z.literal('job-event'),
    releaseId: releaseIdSchema,
    jobId,
    jobName: z.string(),
    event: z.enum(JOB_EVENTS),
    /** Words for the person, e.g. "printed in black and white" or "waiting: the printer is busy". */
    note: z.nullable(z.string()),
    error: z.nullable(errorBodySchema),
    /** A refusal that black and white would not meet: the panel may offer to print it in black and white. */
    offerMono: z._default(z.boolean(), false),
  }),
  z.object({ type: z.literal('signed-out'), reason: z.enum(['requested', 'expired']) }),
  z.object({
    type: z.literal('error'),
    id: z.nullable(requestId),
    code: errorCodeSchema,
    message: z.string(),
  }),
]);
export type ServerMessage = z.infer<typeof serverMessageSchema>;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; id: number | null; error: ErrorBody };

/** Parses one raw frame into a typed message; never throws. */
function parseFrame<T>(raw: string, schema: z.ZodMiniType<T>): ParseResult<T> {
  if (raw.length > MAX_PANEL_MESSAGE_BYTES) {
    return fail(null, `Message is ${raw.length} bytes; the limit is ${MAX_PANEL_MESSAGE_BYTES}.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return fail(null, 'Message is not JSON.');
  }
  const result = schema.safeParse(json);
  if (result.success) return { ok: true, value: result.data };
  const id = (json as { id?: unknown } | null)?.id;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return fail(
    typeof id === 'number' ? id : null,
    `Message not understood: ${where}${issue?.message ?? 'invalid'}.`,
  );
}

function fail(id: number | null, message: string): ParseResult<never> {
  return { ok: false, id, error: { code: 'bad-message', message } };
}

export const parseClientMessage = (raw: string): ParseResult<ClientMessage> =>
  parseFrame(raw, clientMessageSchema);
export const parseServerMessage = (raw: string): ParseResult<ServerMessage> =>
  parseFrame(raw, serverMessageSchema);

/** The request message types, without `id`, for a typed client. */
export type ClientRequest = ClientMessage extends infer M
  ? M extends { id: number }
    ? Omit<M, 'id'>
    : never
  : never;
