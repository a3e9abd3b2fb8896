import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * scrypt cost. N = 2^15, r = 8 takes 32 MiB and some tens of ms per hash: OWASP's floor is N = 2^17, but
 * a bulk import hashes thousands of passwords on the same thread pool that writes the spool, so this is
 * the trade-off. Hashes say their own parameters, so raising them later keeps old hashes verifiable.
 */
export const SCRYPT = { N: 2 ** 15, r: 8, p: 1, keyLength: 32, saltLength: 16 } as const;

// Bounds on what a stored hash may ask for, so a damaged row cannot make verify eat all memory.
const MAX_N = 2 ** 20;
const MAX_RP = 16;
const MAX_MEMORY = 256 * 1024 * 1024;

const inRange = (v: number, min: number, max: number): boolean => Number.isInteger(v) && v >= min && v <= max;

function derive(password: string, salt: Buffer, keyLength: number, o: { N: number; r: number; p: number }) {
  // scrypt needs 128 * N * r bytes; Node's default maxmem (32 MiB) is exactly N = 2^15, r = 8, with no slack.
  const options: ScryptOptions = { N: o.N, r: o.r, p: o.p, maxmem: 256 * o.N * o.r };
  return new Promise<Buffer>((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, keyLength, options, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

/**
 * Hashes a password as `scrypt$N$r$p$salt$hash` (salt and hash in base64), with a random 16-byte salt.
 * Passwords are normalised to NFC first, so the same word typed on two keyboards matches.
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SCRYPT.saltLength);
  const key = await derive(password, salt, SCRYPT.keyLength, SCRYPT);
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** Whether `password` matches a hash made by {@link hashPassword}; `false` for anything malformed. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const salt = Buffer.from(parts[4]!, 'base64');
  const expected = Buffer.from(parts[5]!, 'base64');
  const valid =
    inRange(N, 2, MAX_N) &&
    (N & (N - 1)) === 0 &&
    inRange(r, 1, MAX_RP) &&
    inRange(p, 1, MAX_RP) &&
    128 * N * r <= MAX_MEMORY &&
    salt.length >= 8 &&
    inRange(expected.length, 16, 64);
  if (!valid) return false;
  const key = await derive(password, salt, expected.length, { N, r, p });
  return timingSafeEqual(key, expected);
}
