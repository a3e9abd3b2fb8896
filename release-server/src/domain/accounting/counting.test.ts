import type { Sides } from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import { type CountedSettings, countJob, sidesPerSheet } from './counting';

const A4 = 'iso_a4_210x297mm';
const A3 = 'iso_a3_297x420mm';
const job = (
  copies: number,
  sides: Sides,
  numberUp: CountedSettings['numberUp'],
  media: string | null = A4,
) => ({
  copies,
  sides,
  numberUp,
  media,
});

describe('countJob: impressions and sheets from pages, copies, n-up and sides (STANDARDS.md §4)', () => {
  it.each([
    // name, pages, settings, impressions, sheets
    ['the standard example: 7 pages 2-up duplex x3', 7, job(3, 'two-sided-long-edge', 2), 12, 6],
    ['1 page duplex is one sheet', 1, job(1, 'two-sided-long-edge', 1), 1, 1],
    ['1 page duplex x5 is five sheets, not three', 1, job(5, 'two-sided-short-edge', 1), 5, 5],
    ['simplex: one impression per page', 10, job(1, 'one-sided', 1), 10, 10],
    ['duplex halves sheets, not impressions', 10, job(1, 'two-sided-long-edge', 1), 10, 5],
    ['odd pages duplex: the last sheet has one side', 11, job(2, 'two-sided-long-edge', 1), 22, 12],
    ['copies round per copy: 3 pages duplex x2', 3, job(2, 'two-sided-long-edge', 1), 6, 4],
    ['n-up 16: 33 pages on 3 impressions', 33, job(1, 'one-sided', 16), 3, 3],
    ['n-up 16 duplex: 33 pages on 2 sheets', 33, job(1, 'two-sided-long-edge', 16), 3, 2],
    ['n-up 16, fewer pages than slots', 5, job(1, 'one-sided', 16), 1, 1],
    ['n-up 4, 9 pages duplex x10', 9, job(10, 'two-sided-long-edge', 4), 30, 20],
    ['n-up 6 and 9', 10, job(1, 'one-sided', 6), 2, 2],
    ['copies 999', 1, job(999, 'one-sided', 1), 999, 999],
    ['copies 999, 7 pages 2-up duplex', 7, job(999, 'two-sided-long-edge', 2), 3996, 1998],
    ['copies 999 x 100 pages duplex', 100, job(999, 'two-sided-short-edge', 1), 99900, 49950],
    ['zero pages count nothing', 0, job(3, 'one-sided', 1), 0, 0],
  ])('%s', (_name, pages, settings, impressions, sheets) => {
    expect(countJob(pages, settings)).toMatchObject({ pages, copies: settings.copies, impressions, sheets });
  });

  it.each([
    ['A4 counts once', A4, 12],
    ['A3 counts twice', A3, 24],
    ['unknown media counts once', null, 12],
  ])('A4 equivalents: %s', (_name, media, a4Impressions) => {
    expect(countJob(7, job(3, 'two-sided-long-edge', 2, media)).a4Impressions).toBe(a4Impressions);
  });

  it.each([
    ['negative pages', -1, job(1, 'one-sided', 1)],
    ['fractional pages', 1.5, job(1, 'one-sided', 1)],
    ['NaN pages', Number.NaN, job(1, 'one-sided', 1)],
    ['zero copies', 1, job(0, 'one-sided', 1)],
  ])('refuses %s rather than count it as nothing', (_name, pages, settings) => {
    expect(() => countJob(pages, settings)).toThrow(RangeError);
  });
});

describe('sidesPerSheet', () => {
  it.each([
    ['one-sided', 1],
    ['two-sided-long-edge', 2],
    ['two-sided-short-edge', 2],
  ] as const)('%s -> %i', (sides, n) => {
    expect(sidesPerSheet(sides)).toBe(n);
  });
});
