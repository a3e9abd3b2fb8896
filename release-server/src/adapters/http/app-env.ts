import type { HttpBindings } from '@hono/node-server';
import type { ADMIN_TOKEN_ACTOR, Role } from '@quire/protocol';
import type { Account } from '../../auth/account-store';
import type { WebSessionClaims } from '../../auth/session-claims';

/** A call made with `Authorization: Bearer <ADMIN_TOKEN>` (scripts): acts as an administrator, needs no CSRF token. */
export interface AdminTokenPrincipal {
  kind: 'admin-token';
  role: 'administrator';
  /** What the audit log names. */
  actor: typeof ADMIN_TOKEN_ACTOR;
}

/** A person signed in through the web, with the session cookie. */
export interface SessionPrincipal {
  kind: 'session';
  /** Read from the database on this request, not from the token: a changed role counts at once. */
  role: Role;
  /** Their email, what the audit log names. */
  actor: string;
  account: Account;
  claims: WebSessionClaims;
}

export type Principal = AdminTokenPrincipal | SessionPrincipal;

/** Why a session cookie did not sign anyone in; `expired` lets the answer say "sign in again". */
export type SessionEnd = 'expired' | 'invalid' | 'revoked' | 'account-changed';

/** Facts a route adds to its audit log entry (admin/audit.ts); never a secret. */
export interface AuditNote {
  target?: string;
  summary?: Record<string, unknown>;
}

/**
 * The Hono environment of every route: Node's request in `c.env`, and what `authenticate` found in
 * `c.var`. `principal` is null until `authenticate` runs, and when nobody is signed in.
 */
export type AppEnv = {
  Bindings: HttpBindings;
  Variables: {
    principal: Principal | null;
    sessionEnd: SessionEnd | null;
    audit: AuditNote | undefined;
  };
};
