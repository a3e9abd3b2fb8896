export { type Account, AccountStore, accountName } from './account-store';
export { type AuditRecord, AuditStore } from './audit-store';
export { auditSummary } from './audit-summary';
export { LoginLimiter, TooManyAttempts } from './login-limiter';
export { type Access, accessOf, adminRefusal, roleChangeRefusal, roleRefusal } from './roles';
export { type SessionPolicy, WEB_SESSION_POLICY, type WebSessionClaims } from './session-claims';
export { type Resumed, type SignedIn, WebAuth, type WebAuthDeps } from './web-auth';
export { type SessionCheck, WebSessions } from './web-sessions';
