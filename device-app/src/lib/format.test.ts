import type { JobView } from '@quire/protocol';
import { DEFAULT_SETTINGS } from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import { jobSummary, submittedText } from './format';
import { STRINGS } from './i18n';

const t = STRINGS.en.jobs;
const now = new Date(2026, 2, 10, 15, 30, 0);
const ago = (ms: number): string => new Date(now.getTime() - ms).toISOString();

describe('submittedText', () => {
  it.each([
    ['a few seconds ago', ago(20_000), 'just now'],
    ['slightly in the future', ago(-30_000), 'just now'],
    ['5 minutes ago', ago(5 * 60_000), '5 min ago'],
    ['59 minutes ago', ago(59 * 60_000 + 59_000), '59 min ago'],
    ['earlier today', new Date(2026, 2, 10, 9, 5).toISOString(), '09:05'],
    ['another day', new Date(2026, 2, 3, 14, 5).toISOString(), '3 Mar 14:05'],
    ['garbage', 'not a date', ''],
  ])('%s', (_, iso, expected) => {
    expect(submittedText(iso, now, t)).toBe(expected);
  });
});

const job = (over: Partial<JobView> = {}): JobView => ({
  id: 1,
  name: 'Report.pdf',
  owner: 'ada',
  submittedAt: new Date(2026, 2, 10, 9, 5).toISOString(),
  pages: 12,
  submittedColor: 'color',
  settings: { ...DEFAULT_SETTINGS },
  size: 1000,
  source: 'ipp',
  state: 'held',
  lastError: null,
  cost: null,
  ...over,
});

describe('jobSummary', () => {
  it.each([
    ['defaults', job(), '09:05 · 12 pages · Colour · One-sided · 1 copy'],
    ['unknown pages', job({ pages: null }), '09:05 · ? pages · Colour · One-sided · 1 copy'],
    ['one page', job({ pages: 1 }), '09:05 · 1 page · Colour · One-sided · 1 copy'],
    [
      'mono, two-sided, 3 copies',
      job({
        settings: { ...DEFAULT_SETTINGS, colorMode: 'monochrome', sides: 'two-sided-short-edge', copies: 3 },
      }),
      '09:05 · 12 pages · Black and white · Two-sided · 3 copies',
    ],
  ])('%s', (_, j, expected) => {
    expect(jobSummary(j, now, t)).toBe(expected);
  });
});
