export type {
  AdminTokenPrincipal,
  AppEnv,
  AuditNote,
  Principal,
  SessionEnd,
  SessionPrincipal,
} from './app-env';
export { type AuthenticateOptions, authenticate } from './authenticate';
export { adminAccess, principalOf, requireRole, signedInAccount } from './authorize';
export { limitBody, requireJsonBody, SMALL_BODY_BYTES } from './body-limit';
export { crossSiteRefusal, overTls, remoteAddress } from './request-info';
export { clearSessionCookie, readSessionCookie, setSessionCookie } from './session-cookie';
export { serveFile } from './static-files';
