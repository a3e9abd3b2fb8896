import { describe, expect, it } from 'vitest';
import { monoOfferWords, QUOTA_REASONS, refusalWords } from './reasons';

describe('reasons in words', () => {
  it('says the issue 3 words for a colour quota used up', () => {
    expect(monoOfferWords('color-quota-exhausted')).toBe('Colour quota used up: print in black and white?');
  });

  it.each(QUOTA_REASONS)('%s has a sentence and a question', (reason) => {
    expect(refusalWords(reason)).toMatch(/^[A-Z][^:]+\.$/);
    expect(monoOfferWords(reason)).toMatch(/^[A-Z][^:]+: print in black and white\?$/);
  });
});
