import { describe, expect, it } from 'vitest';
import { type JobAccess, jobAccess, jobsListed, type Requester } from './job-access';

const alice: Requester = { kind: 'account', user: { id: 1, role: 'user', name: 'alice' } };
const helpdesk: Requester = { kind: 'account', user: { id: 3, role: 'helpdesk', name: 'hal' } };
const admin: Requester = { kind: 'account', user: { id: 9, role: 'administrator', name: 'root' } };
const named = (name: string): Requester => ({ kind: 'name', name });

/** A job sent without credentials as `name` (held for user 1 when that is alice), or with them by alice. */
const plain = (name: string, userId: number | null = null) => ({
  userId,
  requestingUserName: name,
  claimedUserName: null,
});
const signedIn = { userId: 1, requestingUserName: 'alice', claimedUserName: 'ajones' };

describe('jobAccess', () => {
  it.each([
    ['alice, signed in, her job sent with credentials', alice, signedIn, 'owner'],
    ['alice, signed in, a job sent as "alice" and held for her', alice, plain('alice', 1), 'owner'],
    ['alice, signed in, a job nobody owns sent as "alice"', alice, plain('alice'), 'other'],
    ['alice, signed in, bob’s job', alice, plain('bob', 2), 'other'],
    ['helpdesk, signed in, alice’s job', helpdesk, signedIn, 'other'],
    ['an administrator, signed in, anyone’s job', admin, signedIn, 'owner'],
    ['an administrator, signed in, a job nobody owns', admin, plain('mallory'), 'owner'],
    ['the name "ALICE", a job sent as "alice"', named('ALICE'), plain('alice', 1), 'owner'],
    ['the name "bob", a job sent as "alice"', named('bob'), plain('alice', 1), 'other'],
    ['no name at all, a job sent as "anonymous"', named(''), plain('anonymous'), 'other'],
    ['the name "alice", her job sent with credentials', named('alice'), signedIn, 'sign-in'],
    ['the name the client claimed, her job sent with credentials', named('ajones'), signedIn, 'sign-in'],
  ] as [string, Requester, typeof signedIn, JobAccess][])('%s: %s', (_what, requester, job, access) => {
    expect(jobAccess(requester, job)).toBe(access);
  });
});

describe('jobsListed (Get-Jobs)', () => {
  it.each([
    ['alice, signed in', alice, false, { userId: 1 }],
    ['helpdesk, signed in, not my-jobs', helpdesk, false, { userId: 3 }],
    ['an administrator, not my-jobs: everyone’s', admin, false, {}],
    ['an administrator, my-jobs', admin, true, { userId: 9 }],
    [
      'a name: its jobs sent without credentials',
      named('Alice'),
      false,
      { ownerKey: 'Alice', withoutCredentials: true },
    ],
    ['no name: nobody’s', named(''), true, null],
  ] as [string, Requester, boolean, unknown][])('%s', (_what, requester, myJobs, whose) => {
    expect(jobsListed(requester, myJobs)).toEqual(whose);
  });
});
