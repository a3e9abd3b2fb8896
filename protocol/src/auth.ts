import * as z from 'zod/mini';

/**
 * Web sign-in and roles (issue 5, PRODUCT.md §9 and §12): the bodies and answers of `/api/auth/*`, the
 * role an administrator gives an account, and the audit log. Browsers hold the session in an HttpOnly
 * cookie they cannot read; what a page needs from it (who is signed in, the CSRF token) comes in
 * {@link authSessionSchema}.
 */

/** Every account has exactly one role; accounts made by the users CSV import are `user`. */
export const ROLES = ['administrator', 'helpdesk', 'user'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** The cookie that carries the session token (HttpOnly, SameSite=Strict, Path=/; Secure over TLS). */
export const SESSION_COOKIE = 'quire_session';

/**
 * The request header a cookie-authenticated POST, PUT, PATCH or DELETE must carry, set to the
 * `csrfToken` of the session. Calls with `Authorization: Bearer <ADMIN_TOKEN>` need none.
 */
export const CSRF_HEADER = 'x-csrf-token';

/** A password set through the web (first administrator, later the user page) has at least this many characters. */
export const MIN_PASSWORD_LENGTH = 10;

// The same shape the users CSV import accepts (release-server/src/domain/import-values.ts).
const EMAIL = /^[^\s@"(),:;<>[\]\\]+@[^\s@"(),:;<>[\]\\.]+(\.[^\s@"(),:;<>[\]\\.]+)*$/;

/** An email address, trimmed and lower-cased as accounts store it. */
export const emailSchema = z
  .string()
  .check(z.trim(), z.toLowerCase(), z.maxLength(254), z.regex(EMAIL, 'an email address'));

// Bounded so that nobody makes the server hash a megabyte; long passphrases still fit.
const password = z.string().check(z.minLength(1, 'is required'), z.maxLength(1024));

/** `POST /api/auth/login`: `login` is an account's email or short name (case does not matter). */
export const loginBodySchema = z.strictObject({
  login: z.string().check(z.trim(), z.minLength(1, 'is required'), z.maxLength(254)),
  password,
});
export type LoginBody = z.infer<typeof loginBodySchema>;

/** `POST /api/auth/setup`: the first administrator, while there is none (first run). */
export const setupBodySchema = z.strictObject({
  email: emailSchema,
  password: z
    .string()
    .check(
      z.minLength(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`),
      z.maxLength(1024),
    ),
  /** The name pages greet them with. */
  name: z.string().check(z.trim(), z.minLength(1, 'is required'), z.maxLength(200)),
});
export type SetupBody = z.infer<typeof setupBodySchema>;

/** `GET /api/auth/setup`: whether the first-run form should be offered. It never reopens once closed. */
export const setupStateSchema = z.object({ needed: z.boolean() });
export type SetupState = z.infer<typeof setupStateSchema>;

/** Who is signed in, as pages show it. */
export const sessionUserSchema = z.object({
  email: z.string(),
  name: z.string(),
  role: roleSchema,
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

/**
 * The answer of `POST /api/auth/login`, `POST /api/auth/setup` and `GET /api/auth/me`. `csrfToken` goes
 * in the {@link CSRF_HEADER} header of every state-changing call; it stays the same for the whole
 * session (sliding renewal keeps it), so a page keeps it in memory and asks `/me` after a reload.
 */
export const authSessionSchema = z.object({
  user: sessionUserSchema,
  csrfToken: z.string(),
});
export type AuthSession = z.infer<typeof authSessionSchema>;

/** `PUT /api/admin/users/:email/role` (administrators only; the last administrator stays one). */
export const roleBodySchema = z.strictObject({ role: roleSchema });
export type RoleBody = z.infer<typeof roleBodySchema>;

export const roleChangeSchema = z.object({
  email: z.string(),
  role: roleSchema,
  previous: roleSchema,
});
export type RoleChange = z.infer<typeof roleChangeSchema>;

/** Who did something: an account's email, or `admin-token` for calls made with ADMIN_TOKEN. */
export const ADMIN_TOKEN_ACTOR = 'admin-token';

/**
 * One change made through the admin API or the first-run path. `action` is the method and the route
 * pattern (`PUT /api/admin/users/:email/role`), `target` the route's parameters (the email, the
 * printer), `summary` what changed without any value that could be a secret: for a JSON body the
 * names of the fields it set, plus a few facts the route adds (a role's old and new value).
 */
export const auditEntrySchema = z.object({
  id: z.int(),
  /** ISO 8601, UTC. */
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  target: z.nullable(z.string()),
  status: z.int(),
  summary: z.nullable(z.record(z.string(), z.unknown())),
  /** The address the request came from, as the server saw it. */
  remote: z.nullable(z.string()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/**
 * `GET /api/admin/audit?limit=&before=`: newest first. `nextBefore` is the `before` that asks for the
 * next (older) page, or null when this is the last.
 */
export const auditPageSchema = z.object({
  entries: z.array(auditEntrySchema),
  nextBefore: z.nullable(z.int()),
});
export type AuditPage = z.infer<typeof auditPageSchema>;
