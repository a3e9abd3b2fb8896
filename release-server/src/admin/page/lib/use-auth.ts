import type { AuthSession, Role } from '@quire/protocol';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { SignInMode } from '../components/sign-in-form';
import { type ApiClient, ApiError, type ApiErrorCode, createApiClient } from './api-client';
import { getMe, getSetupNeeded, logOut } from './auth-api';
import type { SignInReason } from './i18n';
import { clearToken, loadToken, saveToken } from './session';

/** Where the page stands with the server. */
export type AuthState =
  | { kind: 'checking' }
  | { kind: 'out'; mode: SignInMode; reason: SignInReason | null }
  | { kind: 'token'; token: string }
  | { kind: 'session'; session: AuthSession };

export interface Auth {
  state: AuthState;
  /** The admin API as the one signed in; null while signed out. */
  api: ApiClient | null;
  /** Who is signed in, for the header; the admin token is no person and acts as an administrator. */
  who: { name: string | null; role: Role } | null;
  signedIn(session: AuthSession): void;
  signedInWithToken(token: string): void;
  /** Ends the session on the server (or forgets the token); rejects when the server could not be told. */
  signOut(): Promise<void>;
}

/** Why the page asks again after the server refused the session or the token (401). */
const reasonOf = (code: ApiErrorCode): SignInReason =>
  code === 'session-expired' ? 'session-ended' : code === 'not-signed-in' ? 'not-signed-in' : 'expired';

/**
 * Signing in and out (release-server/src/auth/README.md). A token kept for this tab is used at once.
 * Otherwise `GET /api/auth/me` says whether the session cookie still holds (and gives back the CSRF
 * token, which lives in memory only), and `GET /api/auth/setup` whether to offer the first-run form.
 * Any 401 from the admin API leaves for the sign-in form, saying why.
 */
export function useAuth(): Auth {
  const [state, setState] = useState<AuthState>(() => {
    const token = loadToken();
    return token === null ? { kind: 'checking' } : { kind: 'token', token };
  });

  useEffect(() => {
    if (state.kind !== 'checking') return;
    let live = true;
    (async (): Promise<AuthState> => {
      try {
        return { kind: 'session', session: await getMe() };
      } catch (error) {
        if (!(error instanceof ApiError) || error.status !== 401) throw error;
      }
      return { kind: 'out', mode: (await getSetupNeeded()) ? 'setup' : 'account', reason: null };
    })().then(
      (next) => live && setState(next),
      () => live && setState({ kind: 'out', mode: 'account', reason: 'unreachable' }),
    );
    return () => {
      live = false;
    };
  }, [state.kind]);

  const api = useMemo(() => {
    if (state.kind !== 'token' && state.kind !== 'session') return null;
    const token = state.kind === 'token';
    return createApiClient({
      credentials: token
        ? { kind: 'token', token: state.token }
        : { kind: 'session', csrfToken: state.session.csrfToken },
      onUnauthorized: (code) => {
        if (token) clearToken();
        setState({ kind: 'out', mode: token ? 'token' : 'account', reason: reasonOf(code) });
      },
    });
  }, [state]);

  return {
    state,
    api,
    who:
      state.kind === 'session'
        ? { name: state.session.user.name, role: state.session.user.role }
        : state.kind === 'token'
          ? { name: null, role: 'administrator' }
          : null,
    signedIn: (session) => setState({ kind: 'session', session }),
    signedInWithToken: (token) => {
      saveToken(token);
      setState({ kind: 'token', token });
    },
    async signOut() {
      if (state.kind === 'session') await logOut(state.session.csrfToken);
      clearToken();
      setState({ kind: 'out', mode: state.kind === 'token' ? 'token' : 'account', reason: 'signed-out' });
    },
  };
}
