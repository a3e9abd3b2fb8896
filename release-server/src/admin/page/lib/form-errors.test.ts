import { priceListSchema, quotaDefinitionsSchema } from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { ApiError } from './api-client';
import { issueErrors, serverFieldError } from './form-errors';
import { STRINGS } from './i18n';

const en = STRINGS.en;
const fr = STRINGS.fr;

const errorsOf = (schema: z.ZodMiniType, v: unknown) =>
  issueErrors(schema.safeParse(v).error?.issues ?? [], en);

const prices = (over: Record<string, unknown>) => ({
  currency: 'EUR',
  pricing: { kind: 'flat', mono: '0.05', color: '0.15' },
  ...over,
});

describe('the protocol schema’s problems, by field, in words', () => {
  it.each([
    [
      'a money amount',
      prices({ pricing: { kind: 'flat', mono: 'five', color: '0.15' } }),
      'pricing.mono',
      en.form.rules.money,
    ],
    ['a currency', prices({ currency: 'euro' }), 'currency', en.form.rules.currency],
    [
      'a band that does not start at 1',
      prices({ pricing: { kind: 'tiered', bands: [{ from: 5, mono: '0', color: '0' }] } }),
      'pricing.bands',
      en.form.rules.bands,
    ],
    [
      'a band start that is no number',
      prices({ pricing: { kind: 'tiered', bands: [{ from: 'x', mono: '0', color: '0' }] } }),
      'pricing.bands.0.from',
      en.form.wholeNumber,
    ],
    [
      'a model named twice',
      prices({
        models: [
          { makeAndModel: 'HP X', pricing: { kind: 'flat', mono: '1', color: '1' } },
          { makeAndModel: 'hp x ', pricing: { kind: 'flat', mono: '1', color: '1' } },
        ],
      }),
      'models',
      en.form.rules.modelsOnce,
    ],
  ])('%s', (_, value, path, words) => {
    expect(errorsOf(priceListSchema, value)[path]).toBe(words);
  });

  it('says an empty name is required, and text where an amount goes', () => {
    const errors = errorsOf(quotaDefinitionsSchema, [
      { name: '', unit: 'money', schedule: 'every-month', limits: { total: 'lots' } },
    ]);
    expect(errors['0.name']).toBe(en.form.required);
    expect(errors['0.limits.total']).toBe(en.form.rules.money);
  });

  it('gives a number out of range its bound', () => {
    const errors = errorsOf(quotaDefinitionsSchema, [
      { name: 'a', unit: 'impressions', schedule: 'per-month', months: [] },
    ]);
    expect(errors['0.months']).toBe(en.form.tooShort(12));
  });
});

describe('a server refusal that names a field', () => {
  it('is put next to that field, in the page’s words when the rule is known', () => {
    const e = new ApiError(
      'bad-request',
      'pricing.mono: a decimal amount such as "0.10", at most 6 decimals.',
      400,
    );
    expect(serverFieldError(e, en)).toEqual({ path: 'pricing.mono', text: en.form.rules.money });
    expect(serverFieldError(e, fr)).toEqual({ path: 'pricing.mono', text: fr.form.rules.money });
  });

  it('keeps the server’s words for a rule the page does not know', () => {
    const e = new ApiError('bad-request', 'delegates: there is no user x@example.com.', 400);
    expect(serverFieldError(e, en)).toEqual({ path: 'delegates', text: 'there is no user x@example.com' });
  });

  it('is no field error when it names none, or is no bad request', () => {
    expect(
      serverFieldError(new ApiError('bad-request', 'quota "x" is assigned but not defined.', 400), en),
    ).toBe(null);
    expect(serverFieldError(new ApiError('bad-request', 'body: invalid.', 400), en)).toBe(null);
    expect(serverFieldError(new ApiError('forbidden', 'mode: no.', 403), en)).toBe(null);
    expect(serverFieldError(new Error('x'), en)).toBe(null);
  });
});
