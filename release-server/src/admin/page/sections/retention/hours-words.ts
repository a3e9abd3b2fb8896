import type { Retention } from '@quire/protocol';
import type { FieldErrors } from '../../lib/form-errors';
import { formatNumber } from '../../lib/format';
import type { Strings } from '../../lib/i18n';
import {
  durationParts,
  type HoursProblem,
  hoursText,
  MAX_HOURS,
  MIN_HOURS,
  retentionProblems,
} from './hours';
import type { RetentionWords } from './words';

/** A lifespan as a person says it: 36 → "1 day and 12 hours", "1 jour et 12 heures". */
export function durationText(hours: number, w: RetentionWords, t: Strings): string {
  const parts = durationParts(hours).map((p) => w.units[p.unit](p.n, formatNumber(p.n, t)));
  return new Intl.ListFormat(t.locale, { type: 'conjunction' }).format(parts);
}

/** One problem in words, with the bound it broke and how long that is. */
export function problemText(problem: HoursProblem, w: RetentionWords, t: Strings): string {
  switch (problem) {
    case 'number':
      return w.problems.number;
    case 'tooSmall':
      return w.problems.tooSmall(MIN_HOURS, hoursText(MIN_HOURS, t.locale), durationText(MIN_HOURS, w, t));
    case 'tooBig':
      return w.problems.tooBig(MAX_HOURS, formatNumber(MAX_HOURS, t), durationText(MAX_HOURS, w, t));
    default:
      return problem satisfies never;
  }
}

/** The form's own errors, worded from the draft as it is now (so a switch of language rewords them). */
export function retentionErrors(draft: Retention, w: RetentionWords, t: Strings): FieldErrors {
  return Object.fromEntries(retentionProblems(draft).map(([field, p]) => [field, problemText(p, w, t)]));
}
