import { AppError, type ErrorCode } from '@quire/protocol';
import type { AttemptLimiter } from '../../services/attempt-limiter';

/** Failures that count as guessing: an unknown badge, a wrong password. */
const GUESSES: ReadonlySet<ErrorCode> = new Set(['unknown-badge', 'bad-credentials']);

/**
 * Runs one sign-in attempt under the attempt limit (PRODUCT.md §12: badge and PIN attempts are
 * rate-limited). The key names the panel and where it connects from, so nobody can lock a printer's
 * panel from elsewhere on the network. The attempt is counted before it runs, so parallel sockets
 * cannot all pass the check; it is taken back when it was not a guess.
 */
export async function guardSignIn<T>(
  limiter: AttemptLimiter,
  key: string,
  attempt: () => Promise<T>,
): Promise<T> {
  const wait = limiter.begin(key);
  if (wait > 0) {
    throw new AppError(
      'too-many-attempts',
      `Too many failed sign-ins. Try again in ${Math.ceil(wait / 1000)} seconds.`,
    );
  }
  try {
    const result = await attempt();
    limiter.refund(key);
    return result;
  } catch (error) {
    if (error instanceof AppError && GUESSES.has(error.code)) limiter.fail(key);
    else limiter.refund(key);
    throw error;
  }
}
