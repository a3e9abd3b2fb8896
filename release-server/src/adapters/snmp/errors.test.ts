import type { PollErrorKind } from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import { describeSnmpError, type ErrorContext } from './errors';

const v3: ErrorContext = {
  credentials: {
    version: '3',
    user: 'quire',
    level: 'authPriv',
    authProtocol: 'sha',
    authPassword: 'x'.repeat(8),
    privProtocol: 'aes',
    privPassword: 'y'.repeat(8),
  },
  timeoutMs: 2000,
  retries: 1,
  aborted: false,
};
const v2: ErrorContext = { ...v3, credentials: { version: '2c', community: 'public' } };
const named = (name: string, message: string, code?: unknown) =>
  Object.assign(new Error(message), { name, code });

describe('describeSnmpError', () => {
  it.each<[string, unknown, ErrorContext, PollErrorKind, RegExp]>([
    [
      'timeout v2c',
      named('RequestTimedOutError', 'Request timed out'),
      v2,
      'timeout',
      /within 2 s \(2 tries\).*wrong community/,
    ],
    [
      'timeout v3',
      named('RequestTimedOutError', 'Request timed out'),
      v3,
      'timeout',
      /wrong privacy password/,
    ],
    [
      'deadline',
      new Error('Socket forcibly closed'),
      { ...v2, aborted: true, deadlineMs: 5000 },
      'timeout',
      /within 5 s/,
    ],
    [
      'wrong digest report',
      named('ResponseInvalidError', 'Wrong Digest (incorrect password, community or key)', 5),
      v3,
      'wrong-password',
      /Wrong authentication password .*"quire"/,
    ],
    [
      'unknown user report',
      named('ResponseInvalidError', 'Unknown User Name', 5),
      v3,
      'unknown-user',
      /does not know the SNMPv3 user "quire"/,
    ],
    [
      'security level report',
      named('ResponseInvalidError', 'Unsupported Security Level', 5),
      v3,
      'security-level',
      /security level/,
    ],
    [
      'decryption report',
      named('ResponseInvalidError', 'Decryption Error', 5),
      v3,
      'wrong-password',
      /privacy password/,
    ],
    [
      'answer we cannot decrypt',
      named('ResponseInvalidError', 'Failed to decrypt PDU', 4),
      v3,
      'wrong-password',
      /privacy/,
    ],
    [
      'time window',
      named('ResponseInvalidError', 'Not In Time Window', 5),
      v3,
      'protocol',
      /Not In Time Window/,
    ],
    ['error status', named('RequestFailedError', 'GeneralError'), v2, 'protocol', /SNMP error: GeneralError/],
    ['dns', named('Error', 'getaddrinfo ENOTFOUND nowhere', 'ENOTFOUND'), v2, 'network', /Cannot reach/],
    ['anything else', 'boom', v2, 'protocol', /boom/],
  ])('%s', (_name, error, ctx, kind, words) => {
    const e = describeSnmpError(error, ctx);
    expect(e.kind).toBe(kind);
    expect(e.message).toMatch(words);
  });
});
