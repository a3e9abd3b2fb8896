import type { ErrorCode } from '@quire/protocol';
import { unreachable } from '../job-state';

/**
 * Why a release is refused, or offered only in black and white. A closed set inside the domain; the
 * release service maps each to a protocol error code.
 */
export const QUOTA_REASONS = [
  'printing-disabled',
  'unknown-page-count',
  'quota-exhausted',
  'exceeds-quota',
  'color-disallowed',
  'color-quota-exhausted',
  'exceeds-color-quota',
] as const;
export type QuotaReason = (typeof QUOTA_REASONS)[number];

/** Each reason as a phrase a person at the printer understands, without the final punctuation. */
const PHRASES = {
  'printing-disabled': 'Printing is turned off for your account',
  'unknown-page-count':
    'The pages of this document cannot be counted before printing, and your quota needs a count',
  'quota-exhausted': 'Print quota used up for this month',
  'exceeds-quota': 'Not enough print quota left for this job',
  'color-disallowed': 'Colour printing is not allowed for your account',
  'color-quota-exhausted': 'Colour quota used up',
  'exceeds-color-quota': 'Not enough colour quota left for this job',
} as const satisfies Record<QuotaReason, string>;

/** "Print quota used up for this month." */
export const refusalWords = (reason: QuotaReason): string => `${PHRASES[reason]}.`;

/** "Colour quota used up: print in black and white?" (issue 3). */
export const monoOfferWords = (reason: QuotaReason): string =>
  `${PHRASES[reason]}: print in black and white?`;

/** The protocol error code for each reason a quota stands in the way. */
export function reasonCode(reason: QuotaReason): ErrorCode {
  switch (reason) {
    case 'printing-disabled':
      return 'printing-disabled';
    case 'unknown-page-count':
      return 'page-count-unknown';
    case 'quota-exhausted':
    case 'exceeds-quota':
      return 'quota-exceeded';
    case 'color-disallowed':
      return 'color-not-allowed';
    case 'color-quota-exhausted':
    case 'exceeds-color-quota':
      return 'color-quota-exceeded';
    default:
      return unreachable(reason);
  }
}
