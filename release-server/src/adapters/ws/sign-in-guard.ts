import { AppError, type ErrorCode } from '@quire/protocol';
import type { AttemptLimiter } from '../../services/attempt-limiter';

/** Failures that count as guessing: an unknown badge, a wrong password. */
const GUESSES: ReadonlySet<ErrorCode> = new Set(['unknown-badge', 'bad-credentials']);

/**
 * Runs one sign-in attempt at a printer's panel under the attempt limit (PRODUCT.md §12: badge and PIN
 * attempts are rate-limited): refused at once while the panel is blocked, counted when it fails.
 */
export async function guardSignIn<T>(
  limiter: AttemptLimiter,
  printer: string,
  attempt: () => Promise<T>,
): Promise<T> {
  const wait = limiter.retryAfter(printer);
  if (wait > 0) {
    throw new AppError(
      'too-many-attempts',
      `Too many failed sign-ins. Try again in ${Math.ceil(wait / 1000)} seconds.`,
    );
  }
  try {
    const result = await attempt();
    limiter.succeed(printer);
    return result;
  } catch (error) {
    if (error instanceof AppError && GUESSES.has(error.code)) limiter.fail(printer);
    throw error;
  }
}
