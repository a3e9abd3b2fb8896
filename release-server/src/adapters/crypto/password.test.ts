import { scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashPassword, SCRYPT, verifyPassword } from './password';

describe('password hashing', () => {
  it('makes a self-describing scrypt string with a random salt', async () => {
    const [a, b] = await Promise.all([hashPassword('s3cret'), hashPassword('s3cret')]);
    const parts = a.split('$');
    expect(parts.slice(0, 4)).toEqual(['scrypt', String(SCRYPT.N), String(SCRYPT.r), String(SCRYPT.p)]);
    expect(Buffer.from(parts[4]!, 'base64')).toHaveLength(16);
    expect(Buffer.from(parts[5]!, 'base64')).toHaveLength(SCRYPT.keyLength);
    expect(a).not.toBe(b);
    expect(a).not.toContain('s3cret');
  });

  it.each([
    ['the same password', 's3cret', true],
    ['another password', 's3cret!', false],
    ['a different case', 'S3CRET', false],
    ['the empty string', '', false],
  ])('verifies %s', async (_, attempt, expected) => {
    expect(await verifyPassword(attempt, await hashPassword('s3cret'))).toBe(expected);
  });

  it('matches a password typed with composed or decomposed accents', async () => {
    expect(await verifyPassword('Zoe\u0308', await hashPassword('Zo\u00eb'))).toBe(true);
  });

  it('verifies a hash made with other parameters (they are read from the string)', async () => {
    const key = scryptSync('pw', Buffer.alloc(16), 32, { N: 1024, r: 8, p: 1 }).toString('base64');
    expect(await verifyPassword('pw', `scrypt$1024$8$1$${Buffer.alloc(16).toString('base64')}$${key}`)).toBe(
      true,
    );
  });

  const SALT = Buffer.alloc(16).toString('base64');
  const KEY = Buffer.alloc(32).toString('base64');
  it.each([
    ['another scheme', 'bcrypt$2b$10$abc'],
    ['too few parts', `scrypt$16384$8$1$${SALT}`],
    ['N not a power of two', `scrypt$1000$8$1$${SALT}$${KEY}`],
    ['N too large to be safe to try', `scrypt$${2 ** 24}$8$1$${SALT}$${KEY}`],
    ['N and r asking for 2 GiB', `scrypt$${2 ** 20}$16$1$${SALT}$${KEY}`],
    ['p out of bounds', `scrypt$1024$8$0$${SALT}$${KEY}`],
    ['a short salt', `scrypt$1024$8$1$AAAA$${KEY}`],
    ['an empty hash', `scrypt$1024$8$1$${SALT}$`],
    ['nothing', ''],
  ])('refuses %s without throwing', async (_, stored) => {
    expect(await verifyPassword('pw', stored)).toBe(false);
  });
});
