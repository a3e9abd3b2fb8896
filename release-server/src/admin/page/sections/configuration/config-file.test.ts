import type { ConfigSectionDiff } from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import { configFileName, deletions, readJson, valueText } from './config-file';

const part = (o: Partial<ConfigSectionDiff> & Pick<ConfigSectionDiff, 'section'>): ConfigSectionDiff => ({
  added: [],
  removed: [],
  changed: [],
  ...o,
});

describe('configFileName', () => {
  it('names the file after the local day, with leading zeros', () => {
    expect(configFileName(new Date(2031, 0, 5, 23, 59))).toBe('quire-config-2031-01-05.json');
    expect(configFileName(new Date(2031, 11, 31, 0, 0))).toBe('quire-config-2031-12-31.json');
  });
});

describe('readJson', () => {
  it('reads JSON, and says where a broken file stops being JSON', () => {
    expect(readJson('{"a": [1, null]}')).toEqual({ ok: true, value: { a: [1, null] } });
    const broken = readJson('{"prices": ');
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.reason).toMatch(/JSON/);
  });
});

describe('valueText', () => {
  it.each([
    ['0.05', '"0.05"'],
    [true, 'true'],
    [null, 'null'],
    [12, '12'],
    [['a', 'b'], '["a","b"]'],
    [{}, '{}'],
    [undefined, '(not set)'],
  ])('%j is shown as %s', (value, text) => {
    expect(valueText(value, '(not set)')).toBe(text);
  });
});

describe('a diff in parts', () => {
  const diff = [
    part({
      section: 'prices',
      changed: [
        {
          key: 'prices',
          fields: [
            { field: 'pricing.mono', before: '0', after: '0.05' },
            { field: 'currency', before: 'EUR', after: 'CHF' },
          ],
        },
      ],
    }),
    part({
      section: 'printers',
      added: [{ key: 'new', value: {} }],
      removed: [
        { key: 'eve', value: {} },
        { key: 'old', value: {} },
      ],
    }),
    part({ section: 'groups', removed: [{ key: 'Finance', value: { name: 'Finance' } }] }),
  ];

  it('lists what applying deletes, part by part', () => {
    expect(deletions(diff)).toEqual([
      { section: 'printers', keys: ['eve', 'old'] },
      { section: 'groups', keys: ['Finance'] },
    ]);
  });
});
