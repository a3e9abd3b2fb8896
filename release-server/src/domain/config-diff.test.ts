import { type ConfigDocument, configDocumentSchema, configIssues } from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import { changeCount, diffConfig, fieldChanges } from './config-diff';

const caps = {
  makeAndModel: 'Acme Duplex 1',
  colorModes: ['color', 'monochrome'],
  sides: ['one-sided'],
  copiesMax: 99,
  finishings: [],
  media: ['iso_a4_210x297mm'],
  mediaDefault: 'iso_a4_210x297mm',
  numberUp: [1],
  documentFormats: ['application/pdf'],
};

const base: ConfigDocument = configDocumentSchema.parse({
  schemaVersion: 1,
  policies: {},
  prices: { currency: 'EUR', pricing: { kind: 'flat', mono: '0.10', color: '0.20' } },
  quotaDefinitions: [{ name: 'five', unit: 'impressions', schedule: 'every-month', limits: { total: 5 } }],
  quotaAssignments: [{ scope: 'company', quota: 'five' }],
  quotaPolicy: {},
  retention: { unprintedJobsLifespanHours: 48, printAndKeepLifespanHours: 48 },
  badgeReader: {},
  printers: [
    {
      name: 'eve',
      uri: 'ipp://127.0.0.1:631/ipp/print',
      capabilities: caps,
      panel: {},
      snmp: { version: '2c', port: 161 },
    },
  ],
  groups: ['Sales', 'Lab'],
});

const clone = (): ConfigDocument => structuredClone(base);

describe('diffConfig', () => {
  it('finds nothing between a file and itself', () => {
    expect(diffConfig(base, clone())).toEqual([]);
  });

  it('lists each change in its section, with before and after', () => {
    const next = clone();
    next.policies.delegation = false;
    next.prices.pricing = { kind: 'flat', mono: '0.10', color: '0.25' };
    next.groups = ['sales', 'Finance'];
    next.printers[0]!.uri = 'ipp://10.0.0.9/ipp/print';
    next.printers.push({ ...next.printers[0]!, name: 'lab', snmp: null });
    next.quotaAssignments = [{ scope: 'department', department: 'Lab', quota: 'five' }];
    const diff = diffConfig(base, next);
    expect(diff.map((d) => d.section)).toEqual([
      'policies',
      'prices',
      'quotaAssignments',
      'printers',
      'groups',
    ]);
    expect(diff[0]!.changed).toEqual([
      { key: 'policies', fields: [{ field: 'delegation', before: true, after: false }] },
    ]);
    expect(diff[1]!.changed[0]!.fields).toEqual([{ field: 'pricing.color', before: '0.20', after: '0.25' }]);
    expect(diff[2]).toMatchObject({
      added: [{ key: 'department:lab' }],
      removed: [{ key: 'company', value: { scope: 'company', quota: 'five' } }],
    });
    expect(diff[3]).toMatchObject({
      added: [{ key: 'lab' }],
      changed: [
        {
          key: 'eve',
          fields: [
            { field: 'uri', before: 'ipp://127.0.0.1:631/ipp/print', after: 'ipp://10.0.0.9/ipp/print' },
          ],
        },
      ],
    });
    // Names match without regard to case, as the database compares them; a new spelling is a change.
    expect(diff[4]).toEqual({
      section: 'groups',
      added: [{ key: 'Finance', value: { name: 'Finance' } }],
      removed: [{ key: 'Lab', value: { name: 'Lab' } }],
      changed: [{ key: 'sales', fields: [{ field: 'name', before: 'Sales', after: 'sales' }] }],
    });
    expect(changeCount(diff)).toBe(9);
  });

  it('never shows a secret the file gives', () => {
    const next = clone();
    next.printers[0]!.snmp = { version: '2c', port: 161, enabled: true, host: null, community: 'hunter2' };
    const text = JSON.stringify(diffConfig(base, next));
    expect(text).not.toContain('hunter2');
    expect(diffConfig(base, next)[0]!.changed[0]!.fields).toEqual([
      { field: 'snmp.community', after: '(secret)' },
    ]);
  });

  it('names a printer’s home button icon; a file from before the icon gives the default', () => {
    // `base` has `panel: {}`, as a file exported before the icon existed.
    expect(base.printers[0]!.panel.homeIcon).toBe('print');
    const next = clone();
    next.printers[0]!.panel.homeIcon = 'badge';
    expect(diffConfig(base, next)).toEqual([
      {
        section: 'printers',
        added: [],
        removed: [],
        changed: [{ key: 'eve', fields: [{ field: 'panel.homeIcon', before: 'print', after: 'badge' }] }],
      },
    ]);
    const unknown = configDocumentSchema.safeParse({
      ...base,
      printers: [{ ...base.printers[0], panel: { homeIcon: 'rocket' } }],
    });
    expect(unknown.success ? [] : configIssues(unknown.error.issues)).toEqual([
      {
        path: '$.printers[0].panel.homeIcon',
        message: 'must be "print" or "badge" or "lock" or "document" or "star"',
      },
    ]);
  });
});

describe('fieldChanges', () => {
  it('compares arrays whole and reports fields that appear or go', () => {
    expect(fieldChanges({ a: [1, 2], b: { c: 1 } }, { a: [2, 1], d: null })).toEqual([
      { field: 'a', before: [1, 2], after: [2, 1] },
      { field: 'b.c', before: 1 },
      { field: 'd', after: null },
    ]);
  });
});
