import { timingSafeEqual } from 'node:crypto';
import { AppError } from '@quire/protocol';
import type { MiddlewareHandler } from 'hono';

/**
 * Admin API guard: `Authorization: Bearer <ADMIN_TOKEN>`, compared in constant time. Without a
 * configured token every admin call is refused, with a message saying how to set one.
 */
export function adminAuth(token: string | undefined): MiddlewareHandler {
  const expected = token ? Buffer.from(token) : null;
  return async (c, next) => {
    if (!expected)
      throw new AppError('forbidden', 'The admin API is disabled: set ADMIN_TOKEN to enable it.');
    const header = c.req.header('authorization') ?? '';
    const given = Buffer.from(header.startsWith('Bearer ') ? header.slice(7) : '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new AppError(
        'unauthorized',
        'Missing or wrong admin token (Authorization: Bearer <ADMIN_TOKEN>).',
      );
    }
    await next();
  };
}
