import { describe, expect, it } from 'vitest';
import { readBasicCredentials } from './basic-credentials';

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

describe('readBasicCredentials (RFC 7617 §2)', () => {
  it('finds nothing when there is no header', () => {
    expect(readBasicCredentials(undefined)).toEqual({ kind: 'none' });
  });

  it.each([
    ['a plain pair', `Basic ${b64('alice:alice-secret')}`, 'alice', 'alice-secret'],
    ['the scheme in any case, extra spaces', `  bAsIc   ${b64('alice:s')}  `, 'alice', 's'],
    [
      'a password holding colons: the user-id ends at the first',
      `Basic ${b64('bob:a:b::c')}`,
      'bob',
      'a:b::c',
    ],
    [
      'UTF-8 names and passwords',
      `Basic ${b64('Zoë@example.com:mot de passe été')}`,
      'Zoë@example.com',
      'mot de passe été',
    ],
    ['base64 without its padding', `Basic ${b64('al:x').replace(/=+$/, '')}`, 'al', 'x'],
    ['the login trimmed as the web sign-in does', `Basic ${b64(' alice :pw')}`, 'alice', 'pw'],
  ])('reads %s', (_what, header, login, password) => {
    expect(readBasicCredentials(header)).toEqual({ kind: 'basic', credentials: { login, password } });
  });

  it.each([
    ['another scheme', 'Bearer abc.def', /Only HTTP Basic/],
    ['Basic with nothing after it', 'Basic', /Only HTTP Basic/],
    ['two tokens', `Basic ${b64('a:b')} ${b64('c:d')}`, /Only HTTP Basic/],
    ['characters base64 does not have', `Basic ${b64('alice:pw').slice(0, -2)}!!`, /not valid base64/],
    ['base64 of the wrong length', 'Basic YWxpY2U6cHd', /not valid base64/],
    [
      'bytes that are not UTF-8',
      `Basic ${Buffer.from([0x61, 0x3a, 0xff, 0xfe]).toString('base64')}`,
      /not valid UTF-8/,
    ],
    ['no colon', `Basic ${b64('alice')}`, /no colon/],
    ['a control character', `Basic ${b64('alice:pw\nx')}`, /control character/],
    ['an empty user-id', `Basic ${b64(':pw')}`, /login: is required/],
    ['an empty password', `Basic ${b64('alice:')}`, /password: is required/],
    ['a password past the web bounds', `Basic ${b64(`alice:${'x'.repeat(1025)}`)}`, /password/],
  ])('refuses %s', (_what, header, reason) => {
    const read = readBasicCredentials(header);
    expect(read.kind).toBe('unusable');
    expect(read.kind === 'unusable' && read.reason).toMatch(reason);
  });
});
