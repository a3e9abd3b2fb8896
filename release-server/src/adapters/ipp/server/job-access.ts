import type { Role } from '@quire/protocol';
import type { CheckedRequest } from '@quire/protocol/ipp';
import type { JobQuery, JobRecord } from '../../sqlite/job-store';

/** An account that proved its password on this request (HTTP Basic), as the IPP queue sees it. */
export interface SignedInUser {
  id: number;
  role: Role;
  /** The name its jobs are held under: its short name, else its email. */
  name: string;
}

/**
 * Who sent an IPP request: an account that signed in with HTTP Basic, or only the
 * `requesting-user-name` the request claims ('' when it has none), as every client was before
 * `IPP_AUTHENTICATION` (PRODUCT.md §3.1).
 */
export type Requester = { kind: 'account'; user: SignedInUser } | { kind: 'name'; name: string };

/** The requester of `req`: the account that signed in, else the `requesting-user-name` it claims. */
export const requesterOf = (req: CheckedRequest, user: SignedInUser | undefined): Requester =>
  user
    ? { kind: 'account', user }
    : { kind: 'name', name: (req.operation.string('requesting-user-name') ?? '').trim() };

/**
 * What a requester may do with a job: anything (`owner`), only learn its state (`other`), or nothing
 * until it signs in (`sign-in`: the job was sent with credentials, and a name alone does not prove
 * whose it is).
 */
export type JobAccess = 'owner' | 'other' | 'sign-in';

/**
 * A signed-in account owns the jobs held for it, and administrators own every job. A request without
 * credentials owns the jobs sent without credentials under the name it claims, case aside, as it did
 * before authentication existed.
 */
export function jobAccess(
  requester: Requester,
  job: Pick<JobRecord, 'userId' | 'requestingUserName' | 'claimedUserName'>,
): JobAccess {
  switch (requester.kind) {
    case 'account':
      return requester.user.role === 'administrator' || job.userId === requester.user.id ? 'owner' : 'other';
    case 'name':
      if (job.claimedUserName !== null) return 'sign-in';
      return requester.name !== '' && requester.name.toLowerCase() === job.requestingUserName.toLowerCase()
        ? 'owner'
        : 'other';
    default:
      return requester satisfies never;
  }
}

/**
 * Whose jobs Get-Jobs lists (RFC 8011 §4.2.6), or null for nobody's. Job names on a secure queue are
 * private, so a requester sees its own jobs whatever `my-jobs` says, except an administrator, who sees
 * everyone's unless it asks for its own.
 */
export function jobsListed(
  requester: Requester,
  myJobs: boolean,
): Pick<JobQuery, 'userId' | 'ownerKey' | 'withoutCredentials'> | null {
  switch (requester.kind) {
    case 'account':
      return requester.user.role === 'administrator' && !myJobs ? {} : { userId: requester.user.id };
    case 'name':
      return requester.name === '' ? null : { ownerKey: requester.name, withoutCredentials: true };
    default:
      return requester satisfies never;
  }
}

/**
 * The request must come again with credentials: the HTTP answer is a 401 with the Basic challenge
 * (RFC 9110 §15.5.2), which a client such as CUPS answers with the password it has, or asks for one.
 */
export class SignInNeeded extends Error {
  override name = 'SignInNeeded';
}
