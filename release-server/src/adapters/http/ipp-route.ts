import type { Readable } from 'node:stream';
import { AppError } from '@quire/protocol';
import type { Context } from 'hono';
import { TooManyAttempts } from '../../auth/login-limiter';
import type { WebAuth } from '../../auth/web-auth';
import type { IppAnswer } from '../ipp/server';
import type { SignedInUser } from '../ipp/server/job-access';
import { loginNameOf } from '../sqlite/user-store';
import type { AppEnv } from './app-env';
import { BASIC_CHALLENGE, readBasicCredentials } from './basic-credentials';
import { remoteAddress } from './request-info';

export interface IppRouteDeps {
  /** The IPP handler (`createIppHandler`). */
  handle: (stream: Readable, host: string, user?: SignedInUser) => Promise<IppAnswer>;
  auth: WebAuth;
  /** `IPP_AUTHENTICATION`: whether a request without credentials is refused. */
  authentication: 'optional' | 'required';
  /** The `host[:port]` the client is told URIs under. */
  hostOf: (c: Context<AppEnv>) => string;
}

const ASK = 'This print queue needs your email or short name and your password.';

/**
 * `POST /ipp/print` (PRODUCT.md §3.1): the IPP queue, with HTTP Basic authentication (RFC 7617) by
 * the web sign-in's accounts, under its login limits. Credentials, when a request carries them, must be
 * right, whatever the mode: a wrong password is a 401 with the challenge, so that the client asks
 * again, never a job held under `requesting-user-name`. Too many failures are a 429 with `Retry-After`,
 * as `POST /api/auth/login` answers. Without credentials, `required` asks for them (401) and
 * `optional` lets `requesting-user-name` name the owner.
 */
export function ippRoute(d: IppRouteDeps): (c: Context<AppEnv>) => Promise<Response> {
  return async (c) => {
    const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/ipp') return c.text('IPP requests need Content-Type: application/ipp.', 400);
    const user = await signIn(c, d);
    if (user instanceof Response) return user;
    const answer = await d.handle(c.env.incoming, d.hostOf(c), user);
    if ('httpStatus' in answer)
      return answer.httpStatus === 401 ? challenge(c, answer.text) : c.text(answer.text, answer.httpStatus);
    return c.body(new Uint8Array(answer.ipp), 200, { 'content-type': 'application/ipp' });
  };
}

/** The account the request's credentials name, none, or the refusal to answer with. */
async function signIn(c: Context<AppEnv>, d: IppRouteDeps): Promise<SignedInUser | undefined | Response> {
  const read = readBasicCredentials(c.req.header('authorization'));
  switch (read.kind) {
    case 'none':
      return d.authentication === 'required' ? challenge(c, ASK) : undefined;
    case 'unusable':
      return challenge(c, read.reason);
    case 'basic':
      try {
        const { login, password } = read.credentials;
        const account = await d.auth.checkPassword(login, password, remoteAddress(c));
        return { id: account.id, role: account.role, name: loginNameOf(account) };
      } catch (error) {
        // RFC 6585 §4: a 429 may say how long to wait.
        if (error instanceof TooManyAttempts)
          return c.text(error.message, 429, { 'retry-after': String(error.retryAfterSeconds) });
        if (error instanceof AppError && (error.code === 'bad-credentials' || error.code === 'unauthorized'))
          return challenge(c, error.message);
        throw error;
      }
    default:
      return read satisfies never;
  }
}

/** 401 with the Basic challenge (RFC 9110 §11.6.1): the client asks for, or sends, credentials. */
const challenge = (c: Context<AppEnv>, text: string): Response =>
  c.text(text, 401, { 'www-authenticate': BASIC_CHALLENGE });
