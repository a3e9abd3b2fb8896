import { describe, expect, it } from 'vitest';
import { configDocumentSchema, configIssues, jsonPath } from './config-document';

describe('jsonPath', () => {
  it.each([
    [[], '$'],
    [['printers', 2, 'uri'], '$.printers[2].uri'],
    [['prices', 'pricing', 'mono'], '$.prices.pricing.mono'],
    [['odd key'], '$["odd key"]'],
  ])('%j is %s', (path, text) => {
    expect(jsonPath(path)).toBe(text);
  });
});

describe('configDocumentSchema', () => {
  const valid = {
    schemaVersion: 1,
    policies: {},
    prices: { currency: 'EUR', pricing: { kind: 'flat', mono: '0', color: '0' } },
    quotaDefinitions: [],
    quotaAssignments: [],
    quotaPolicy: {},
    retention: { unprintedJobsLifespanHours: 48, printAndKeepLifespanHours: 48 },
    badgeReader: {},
    printers: [],
    groups: [],
  };
  const problems = (patch: Record<string, unknown>) => {
    const parsed = configDocumentSchema.safeParse({ ...valid, ...patch });
    return parsed.success ? [] : configIssues(parsed.error.issues);
  };

  it('takes a minimal file', () => {
    expect(problems({})).toEqual([]);
  });

  it('names every problem by its path, in words', () => {
    expect(
      problems({
        schemaVersion: 2,
        policies: { delegaton: false },
        retention: { unprintedJobsLifespanHours: 0, printAndKeepLifespanHours: 'x' },
        prices: { currency: 'euro', pricing: { kind: 'flat', mono: '0.1', color: '0.2' } },
      }),
    ).toEqual([
      { path: '$.schemaVersion', message: 'must be 1' },
      { path: '$.policies', message: 'unknown field delegaton' },
      { path: '$.prices.currency', message: 'an ISO 4217 code such as EUR' },
      { path: '$.retention.unprintedJobsLifespanHours', message: 'must be at least 0.01 hours (36 seconds)' },
      { path: '$.retention.printAndKeepLifespanHours', message: 'expected number' },
    ]);
  });

  it('checks names across the file: duplicates, and quotas assigned but not defined', () => {
    expect(
      problems({
        groups: ['Sales', 'sales'],
        quotaAssignments: [{ scope: 'company', quota: 'none' }],
      }),
    ).toEqual([
      { path: '$.groups[1]', message: '"sales" appears again (first at [0])' },
      { path: '$.quotaAssignments[0].quota', message: 'quota "none" is assigned but not defined' },
    ]);
  });
});
