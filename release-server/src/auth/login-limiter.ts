import { AppError, type ErrorCode } from '@quire/protocol';
import { AttemptLimiter } from '../services/attempt-limiter';

/** A wrong password is a guess; anything else (a bad body, a server fault) is not counted. */
const GUESSES: ReadonlySet<ErrorCode> = new Set(['bad-credentials']);

/**
 * The limiter's refusal, with when to try again: the HTTP answer carries it as `Retry-After` (RFC 6585
 * §4, in whole seconds as RFC 9110 §10.2.3 says), the message says it in words.
 */
export class TooManyAttempts extends AppError {
  /** Whole seconds until the next try may pass, at least 1. */
  readonly retryAfterSeconds: number;

  constructor(waitMs: number) {
    const seconds = Math.max(1, Math.ceil(waitMs / 1000));
    super('too-many-attempts', `Too many failed sign-ins. Try again in ${seconds} seconds.`);
    this.name = 'TooManyAttempts';
    this.retryAfterSeconds = seconds;
  }
}

/**
 * Web sign-in attempts (issue 5, PRODUCT.md §12), limited per account and per remote address. The
 * account limit stops guessing one person's password from many places: its 6th wrong password in a
 * minute is refused, right or wrong, and so is every try for a minute after. The address limit,
 * looser so that a shared office address is not locked by one person's typos, stops one place trying
 * many accounts. Both are counted before the password is checked (see {@link AttemptLimiter}).
 */
export class LoginLimiter {
  constructor(
    /** @default 5 failures a minute, then blocked for a minute */
    private readonly perAccount = new AttemptLimiter(5, 60_000, 60_000),
    /** @default 30 failures a minute, then blocked for a minute */
    private readonly perAddress = new AttemptLimiter(30, 60_000, 60_000),
  ) {}

  /**
   * Runs one sign-in attempt. `account` names the account tried (its email when it exists, else what
   * was typed, lower-cased), `address` where the request came from.
   */
  async guard<T>(account: string, address: string, attempt: () => Promise<T>): Promise<T> {
    const a = `account:${account}`;
    const r = `address:${address}`;
    const waitAccount = this.perAccount.begin(a);
    const waitAddress = waitAccount > 0 ? 0 : this.perAddress.begin(r);
    const wait = Math.max(waitAccount, waitAddress);
    if (wait > 0) {
      if (waitAccount === 0) this.perAccount.refund(a);
      throw new TooManyAttempts(wait);
    }
    try {
      const result = await attempt();
      this.perAccount.refund(a);
      this.perAddress.refund(r);
      return result;
    } catch (error) {
      if (error instanceof AppError && GUESSES.has(error.code)) {
        this.perAccount.fail(a);
        this.perAddress.fail(r);
      } else {
        this.perAccount.refund(a);
        this.perAddress.refund(r);
      }
      throw error;
    }
  }
}
