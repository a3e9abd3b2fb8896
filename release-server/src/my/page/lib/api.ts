import {
  type AuthSession,
  authSessionSchema,
  CSRF_HEADER,
  FILE_NAME_HEADER,
  type JobView,
  jobViewSchema,
  type MyDefaultSettings,
  type MyDelegates,
  type MyHistoryPage,
  type MyJobs,
  type MyUploadLimits,
  myDefaultSettingsSchema,
  myDelegatesSchema,
  myHistoryPageSchema,
  myJobsSchema,
  myUploadLimitsSchema,
} from '@quire/protocol';
import type * as z from 'zod/mini';
import { ApiError, errorFromAnswer, parseAnswer } from '../../../web/api-error';

export { ApiError };

/** The error an answer that is not 2xx carries; a bare 401 means the session is gone. */
const failure = (status: number, text: string): ApiError => errorFromAnswer(status, text, 'not-signed-in');
const parsed = parseAnswer;

async function request<T>(
  method: string,
  path: string,
  schema: z.ZodMiniType<T> | null,
  o: { csrf?: string; json?: unknown } = {},
): Promise<T> {
  const headers: Record<string, string> = {};
  if (o.csrf) headers[CSRF_HEADER] = o.csrf;
  if (o.json !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(o.json !== undefined && { body: JSON.stringify(o.json) }),
    });
  } catch (error) {
    throw new ApiError('network', String(error), 0);
  }
  const text = await res.text().catch(() => '');
  if (!res.ok) throw failure(res.status, text);
  if (schema === null) return undefined as T;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiError('bad-answer', 'The answer is not JSON.', res.status);
  }
  return parsed(schema, body, res.status);
}

/** Who is signed in with this browser's cookie, or null (the HttpOnly cookie cannot be read here). */
export async function currentSession(): Promise<AuthSession | null> {
  try {
    return await request('GET', '/api/auth/me', authSessionSchema);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const signIn = (login: string, password: string): Promise<AuthSession> =>
  request('POST', '/api/auth/login', authSessionSchema, { json: { login, password } });

export interface UploadProgress {
  sent: number;
  total: number;
}

/**
 * `/api/my` for one session: the CSRF token on every change, every answer parsed with its protocol
 * schema, every failure an {@link ApiError}; `onSignedOut` on a 401 (the session ended elsewhere).
 */
export function createMyApi(session: AuthSession, onSignedOut: () => void) {
  const csrf = session.csrfToken;
  const call = async <T>(method: string, path: string, schema: z.ZodMiniType<T> | null, json?: unknown) => {
    try {
      return await request(method, `/api/my${path}`, schema, { csrf, json });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) onSignedOut();
      throw error;
    }
  };
  return {
    user: session.user,
    jobs: (): Promise<MyJobs> => call('GET', '/jobs', myJobsSchema),
    deleteJob: (id: number): Promise<void> => call('DELETE', `/jobs/${id}`, null),
    limits: (): Promise<MyUploadLimits> => call('GET', '/upload-limits', myUploadLimitsSchema),
    settings: (): Promise<MyDefaultSettings> => call('GET', '/settings', myDefaultSettingsSchema),
    saveSettings: (s: MyDefaultSettings): Promise<MyDefaultSettings> =>
      call('PUT', '/settings', myDefaultSettingsSchema, s),
    delegates: (): Promise<MyDelegates> => call('GET', '/delegates', myDelegatesSchema),
    saveDelegates: (delegates: string[]): Promise<MyDelegates> =>
      call('PUT', '/delegates', myDelegatesSchema, { delegates }),
    history: (before: number | null): Promise<MyHistoryPage> =>
      call('GET', `/history?limit=10${before === null ? '' : `&before=${before}`}`, myHistoryPageSchema),
    signOut: (): Promise<void> => request('POST', '/api/auth/logout', null, { csrf }),
    upload: (file: File, onProgress: (p: UploadProgress) => void, signal: AbortSignal) =>
      upload(file, csrf, onProgress, signal).catch((error: unknown) => {
        if (error instanceof ApiError && error.status === 401) onSignedOut();
        throw error;
      }),
  };
}

export type MyApi = ReturnType<typeof createMyApi>;

/**
 * Sends a file as the body of `POST /api/my/jobs` with XMLHttpRequest, the one browser API that reports
 * upload progress; the server streams it to disk as it arrives.
 */
function upload(
  file: File,
  csrf: string,
  onProgress: (p: UploadProgress) => void,
  signal: AbortSignal,
): Promise<JobView> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/my/jobs');
    xhr.setRequestHeader(CSRF_HEADER, csrf);
    xhr.setRequestHeader(FILE_NAME_HEADER, encodeURIComponent(file.name));
    xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    xhr.upload.onprogress = (e) =>
      onProgress({ sent: e.loaded, total: e.lengthComputable ? e.total : file.size });
    xhr.onload = () => {
      if (xhr.status !== 201) return reject(failure(xhr.status, xhr.responseText));
      try {
        resolve(parsed(jobViewSchema, JSON.parse(xhr.responseText), xhr.status));
      } catch (error) {
        reject(
          error instanceof ApiError ? error : new ApiError('bad-answer', 'The answer is not JSON.', 201),
        );
      }
    };
    xhr.onerror = () => reject(new ApiError('network', 'The upload stopped.', 0));
    xhr.onabort = () => reject(new ApiError('aborted', 'Cancelled.', 0));
    signal.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}
