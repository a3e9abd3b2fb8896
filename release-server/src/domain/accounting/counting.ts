import type { JobSettings, Sides } from '@quire/protocol';
import { unreachable } from '../job-state';
import { a4Weight } from './media-weight';

/** The settings that change how much paper and toner a job takes. */
export type CountedSettings = Pick<JobSettings, 'copies' | 'sides' | 'numberUp' | 'media'>;

/** A job's raw counts, all copies included (STANDARDS.md §4). Store these; weight at billing. */
export interface Counts {
  pages: number;
  copies: number;
  /** Sides of paper with toner on them: ceil(pages / n-up) per copy. */
  impressions: number;
  /** Pieces of paper: ceil(impressions per copy / sides per sheet) per copy. */
  sheets: number;
  /** Impressions with A3 and larger counted twice (PRODUCT.md §7). */
  a4Impressions: number;
}

/** Impressions one sheet can carry. */
export function sidesPerSheet(sides: Sides): 1 | 2 {
  switch (sides) {
    case 'one-sided':
      return 1;
    case 'two-sided-long-edge':
    case 'two-sided-short-edge':
      return 2;
    default:
      return unreachable(sides satisfies never);
  }
}

/**
 * Counts a job of `pages` document pages. Rounding is per copy, because each copy starts on a fresh
 * sheet: 7 pages 2-up two-sided is 4 impressions on 2 sheets per copy, so 3 copies take 12 and 6
 * (STANDARDS.md §4), not ceil(21 / 2) = 11 impressions.
 */
export function countJob(pages: number, settings: CountedSettings): Counts {
  const { copies, numberUp } = settings;
  for (const [name, value, min] of [
    ['pages', pages, 0],
    ['copies', copies, 1],
    ['number-up', numberUp, 1],
  ] as const) {
    if (!Number.isSafeInteger(value) || value < min)
      throw new RangeError(`${name} must be a whole number >= ${min}: ${value}`);
  }
  const perCopy = Math.ceil(pages / numberUp);
  const sheetsPerCopy = Math.ceil(perCopy / sidesPerSheet(settings.sides));
  const impressions = perCopy * copies;
  return {
    pages,
    copies,
    impressions,
    sheets: sheetsPerCopy * copies,
    a4Impressions: impressions * a4Weight(settings.media),
  };
}
