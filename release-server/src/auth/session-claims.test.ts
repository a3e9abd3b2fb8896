import { describe, expect, it } from 'vitest';
import { expiryFor, parseClaims, privateClaims, renewedExpiry, WEB_SESSION_POLICY } from './session-claims';

const T = 1_700_000_000;
const payload = {
  sub: '42',
  eml: 'alice@example.com',
  jti: '0b6f3e0e-8a4c-4a57-9d55-2f2b7c6f1a11',
  stp: 'c2l4dGVlbi1ieXRlcy1zdGFtcA',
  auth_time: T,
  iat: T,
  exp: T + 900,
  aud: 'quire-web',
};

describe('parseClaims', () => {
  it('reads the id, email, session, stamp and times', () => {
    expect(parseClaims(payload)).toEqual({
      userId: 42,
      email: 'alice@example.com',
      sessionId: payload.jti,
      stamp: payload.stp,
      authTime: T,
      issuedAt: T,
      expiresAt: T + 900,
    });
  });

  it.each([
    ['no email', { eml: undefined }],
    ['an id that is not a positive integer', { sub: '0' }],
    ['an id with a sign', { sub: '-3' }],
    ['an id too large to be exact', { sub: '12345678901234567' }],
    ['no stamp', { stp: undefined }],
    ['a short session id', { jti: 'abc' }],
    ['no sign-in time', { auth_time: undefined }],
    ['a sign-in time after issue', { auth_time: T + 1 }],
    ['an expiry before issue', { exp: T }],
    ['a time that is not a whole number', { iat: T + 0.5 }],
  ])('refuses %s', (_, change) => {
    expect(parseClaims({ ...payload, ...change })).toBeUndefined();
  });

  it('round-trips with privateClaims', () => {
    const claims = parseClaims(payload)!;
    expect(privateClaims(claims)).toEqual({ eml: payload.eml, stp: payload.stp, auth_time: T });
  });
});

describe('expiryFor', () => {
  it.each([
    ['a fresh session gets the full ttl', T, T, T + 900],
    ['late in the session, the ttl', T, T + 3600, T + 4500],
    ['near the max, the max', T, T + 8 * 3600 - 100, T + 8 * 3600],
  ])('%s', (_, authTime, now, expected) => {
    expect(expiryFor(authTime, now, WEB_SESSION_POLICY)).toBe(expected);
  });
});

describe('renewedExpiry', () => {
  const base = { authTime: T, issuedAt: T, expiresAt: T + 900 };
  it.each([
    ['not within the first minute', base, T + 59, null],
    ['slides after a minute', base, T + 60, T + 960],
    ['slides again later', { authTime: T, issuedAt: T + 3600, expiresAt: T + 4500 }, T + 4000, T + 4900],
    [
      'never past eight hours',
      { authTime: T, issuedAt: T + 8 * 3600 - 600, expiresAt: T + 8 * 3600 },
      T + 8 * 3600 - 300,
      null,
    ],
    [
      'up to eight hours',
      { authTime: T, issuedAt: T + 8 * 3600 - 1000, expiresAt: T + 8 * 3600 - 100 },
      T + 8 * 3600 - 500,
      T + 8 * 3600,
    ],
  ])('%s', (_, claims, now, expected) => {
    expect(renewedExpiry(claims, now, WEB_SESSION_POLICY)).toBe(expected);
  });
});
