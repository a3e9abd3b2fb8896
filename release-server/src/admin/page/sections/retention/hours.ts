import type { Retention } from '@quire/protocol';
import type * as z from 'zod/mini';

/**
 * Lifespans in hours as the retention form handles them (PRODUCT.md §4 UnprintedJobsLifespan and
 * PrintAndKeepLifespan): what is typed read as a number (a decimal comma too), checked against the
 * protocol's bounds, and said as days, hours and minutes.
 */

/** The protocol's bounds (protocol/src/config-document.ts `hours`): 36 seconds to a leap year. */
export const MIN_HOURS = 0.01;
export const MAX_HOURS = 24 * 366;

export const RETENTION_FIELDS = ['unprintedJobsLifespanHours', 'printAndKeepLifespanHours'] as const;
export type RetentionField = (typeof RETENTION_FIELDS)[number];

/**
 * "48" → 48, "0,5" → 0.5; anything else stays the text (cast, as lib/draft.ts does), for the check
 * before sending to name next to the field.
 */
export function readHours(text: string): number {
  const v = text.trim();
  return (/^\d{1,6}([.,]\d{0,6})?$/.test(v) ? Number(v.replace(',', '.')) : v) as number;
}

/** A number of hours as typed back in the page's language: 0.5 → "0,5" in French, no grouping. */
export function hoursText(value: number, locale: string): string {
  if (typeof value !== 'number') return String(value);
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 6, useGrouping: false }).format(value);
}

export type HoursProblem = 'number' | 'tooSmall' | 'tooBig';

/** What is wrong with a lifespan, in the protocol's terms; null when it would be accepted. */
export function hoursProblem(value: unknown): HoursProblem | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'number';
  if (value < MIN_HOURS) return 'tooSmall';
  if (value > MAX_HOURS) return 'tooBig';
  return null;
}

/** Each field's problem, in field order. */
export function retentionProblems(draft: Retention): [RetentionField, HoursProblem][] {
  return RETENTION_FIELDS.flatMap((f) => {
    const problem = hoursProblem(draft[f]);
    return problem ? [[f, problem] as [RetentionField, HoursProblem]] : [];
  });
}

/**
 * The form's own check before the protocol schema's (lib/use-settings.ts `precheck`): it keeps a bad
 * value from being sent, and the section words each problem itself (a lifespan may have decimals,
 * where the shared words say "whole number").
 */
export const retentionPrecheck = (draft: Retention): z.core.$ZodIssue[] =>
  retentionProblems(draft).map(([field, problem]) => ({
    code: 'custom',
    path: [field],
    message: problem,
    input: draft[field],
  }));

export type DurationUnit = 'days' | 'hours' | 'minutes' | 'seconds';

/**
 * A lifespan in whole days, hours, minutes and seconds (to the second), largest first, zeros left out:
 * 36 → 1 day 12 hours; 0.01 → 36 seconds.
 */
export function durationParts(hours: number): { unit: DurationUnit; n: number }[] {
  let s = Math.round(hours * 3600);
  const parts: { unit: DurationUnit; n: number }[] = [];
  for (const [unit, size] of [
    ['days', 86_400],
    ['hours', 3600],
    ['minutes', 60],
    ['seconds', 1],
  ] as const) {
    const n = Math.floor(s / size);
    s -= n * size;
    if (n > 0) parts.push({ unit, n });
  }
  return parts;
}
