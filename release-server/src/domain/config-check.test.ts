import { type ConfigDocument, configDocumentSchema } from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import { configProblems } from './config-check';

const doc = (patch: Partial<Record<keyof ConfigDocument, unknown>>): ConfigDocument =>
  configDocumentSchema.parse({
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
    ...patch,
  });

const printer = (snmp: unknown, name = 'eve') => ({
  name,
  uri: 'ipp://127.0.0.1/ipp/print',
  capabilities: {
    makeAndModel: 'x',
    colorModes: ['monochrome'],
    sides: ['one-sided'],
    copiesMax: 1,
    finishings: [],
    media: [],
    mediaDefault: null,
    numberUp: [1],
    documentFormats: [],
  },
  panel: {},
  snmp,
});

describe('configProblems', () => {
  it('accepts group names the users import would keep as they are', () => {
    expect(configProblems(doc({ groups: ['Équipe Été', 'Sales'] }), new Map(), 0)).toEqual([]);
  });

  it.each([
    ['R&D', 'write it "R_D", as the users import would'],
    [' Sales', 'write it "Sales", as the users import would'],
    ['a,b', 'a group name may not contain a comma'],
  ])('refuses the group name %j', (name, words) => {
    const [issue] = configProblems(doc({ groups: ['ok', name] }), new Map(), 0);
    expect(issue?.path).toBe('$.groups[1]');
    expect(issue?.message).toContain(words);
  });

  it('refuses a badge pattern that is not a regular expression, where it is', () => {
    const found = configProblems(
      doc({ badgeReader: { pattern: '(' }, printers: [printer(null)] }),
      new Map(),
      0,
    );
    expect(found.map((i) => i.path)).toEqual(['$.badgeReader.pattern']);
  });

  it('asks for an SNMP secret only when the server has none to keep', () => {
    const file = doc({ printers: [printer({ version: '2c' })] });
    expect(configProblems(file, new Map(), 0)).toEqual([
      {
        path: '$.printers[0].snmp.community',
        message:
          'required for SNMP v1 and v2c; the server has none for this printer, so the file must give it',
      },
    ]);
    const stored = {
      version: '2c' as const,
      enabled: true,
      host: null,
      port: 161,
      community: 'public',
      updatedAt: 0,
    };
    expect(configProblems(file, new Map([['eve', stored]]), 0)).toEqual([]);
  });
});
