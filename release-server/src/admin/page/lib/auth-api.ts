import {
  type AuthSession,
  authSessionSchema,
  type LoginBody,
  type SetupBody,
  setupStateSchema,
} from '@quire/protocol';
import { type ApiClient, createApiClient } from './api-client';

/**
 * `/api/auth` (release-server/src/auth/README.md): the first-run form, signing in and out, and the
 * session after a reload. Nobody is signed in yet, so a 401 here is an answer (wrong password, no
 * session), never a reason to leave the page.
 */
const open = (): ApiClient => createApiClient({ credentials: { kind: 'none' }, base: '/api/auth' });

/** `GET /api/auth/setup`: whether no administrator exists yet (first run). */
export const getSetupNeeded = async (): Promise<boolean> =>
  (await open().get('/setup', setupStateSchema)).needed;

/** `POST /api/auth/setup`: the first administrator, signed in at once. */
export const setUp = (body: SetupBody): Promise<AuthSession> =>
  open().send('POST', '/setup', authSessionSchema, body);

/** `POST /api/auth/login`: 401 `bad-credentials`, 429 `too-many-attempts`. */
export const logIn = (body: LoginBody): Promise<AuthSession> =>
  open().send('POST', '/login', authSessionSchema, body);

/** `GET /api/auth/me`: the session the cookie carries, with its CSRF token (after a reload). */
export const getMe = (): Promise<AuthSession> => open().get('/me', authSessionSchema);

/** `POST /api/auth/logout`: 204; a change, so it carries the CSRF token. */
export const logOut = async (csrfToken: string): Promise<void> => {
  await createApiClient({ credentials: { kind: 'session', csrfToken }, base: '/api/auth' }).request(
    '/logout',
    { method: 'POST' },
  );
};
