import { describe, expect, it } from 'vitest';
import { finishingsWords, reasonWords } from './words';

describe('kiosk words', () => {
  it.each([
    [[], 'no finishing'],
    [[4], 'staple'],
    [[4, 74], 'staple, two holes left'],
    [[999], 'finishing 999'],
  ])('finishings %j read "%s"', (fs, words) => {
    expect(finishingsWords(fs)).toBe(words);
  });

  it.each([
    ['media-jam-error', 'paper jam'],
    ['marker-supply-empty-error', 'out of toner'],
    ['offline-error', 'offline'],
    ['cover-open-warning', 'cover open'],
  ])('%s reads "%s"', (reason, words) => {
    expect(reasonWords(reason)).toBe(words);
  });
});
