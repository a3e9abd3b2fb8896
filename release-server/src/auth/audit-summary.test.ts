import { describe, expect, it } from 'vitest';
import { auditSummary } from './audit-summary';

describe('auditSummary', () => {
  it('keeps the names of the fields an SNMP settings body set, never the secrets in them', () => {
    const body = JSON.stringify({
      version: '3',
      user: 'monitor',
      authPassword: 'correct horse battery',
      privPassword: 'staple-secret-42',
    });
    const summary = auditSummary({ bodyText: body });
    expect(summary).toEqual({ fields: ['authPassword', 'privPassword', 'user', 'version'] });
    expect(JSON.stringify(summary)).not.toMatch(/correct horse|staple-secret|monitor/);
  });

  it.each([
    ['an array body by its length', { bodyText: '[{"scope":"company","quota":"Q"}]' }, { items: 1 }],
    ['a body that is not JSON as nothing', { bodyText: 'EMAIL,OPERATION\n' }, null],
    ['no body and no query as nothing', {}, null],
    [
      'plain query switches, and hides free text',
      { query: { mode: 'apply-valid', dryRun: '1', note: 'my password is hunter2' } },
      { query: { mode: 'apply-valid', dryRun: '1', note: '(set)' } },
    ],
    [
      'the facts a route adds',
      { bodyText: '{"role":"helpdesk"}', note: { from: 'user', to: 'helpdesk' } },
      { fields: ['role'], from: 'user', to: 'helpdesk' },
    ],
  ])('keeps %s', (_, input, expected) => {
    expect(auditSummary(input)).toEqual(expected);
  });

  it('keeps at most 50 field names and counts the rest', () => {
    const body = Object.fromEntries(
      Array.from({ length: 60 }, (_, i) => [`f${String(i).padStart(2, '0')}`, i]),
    );
    const summary = auditSummary({ bodyText: JSON.stringify(body) }) ?? {};
    expect(summary.fields).toHaveLength(50);
    expect(summary.moreFields).toBe(10);
  });
});
