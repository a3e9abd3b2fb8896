import { AppError, type SnmpSettingsBody, snmpSettingsBodySchema } from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import { hostOfUri, mergeSnmpSettings, type StoredSnmpSettings, snmpSettingsView } from './snmp-settings';

const body = (b: unknown): SnmpSettingsBody => snmpSettingsBodySchema.parse(b);
const NOW = Date.parse('2025-03-01T10:00:00Z');

describe('mergeSnmpSettings', () => {
  const v2 = mergeSnmpSettings(null, body({ version: '2c', community: 'public' }), NOW);
  const v3 = mergeSnmpSettings(
    null,
    body({ version: '3', user: 'ops', authPassword: 'auth-secret', privPassword: 'priv-secret' }),
    NOW,
  );

  it('fills in the defaults', () => {
    expect(v2).toEqual({
      enabled: true,
      host: null,
      port: 161,
      version: '2c',
      community: 'public',
      updatedAt: NOW,
    });
    expect(v3).toMatchObject({ level: 'authPriv', authProtocol: 'sha', privProtocol: 'aes' });
  });

  it.each<[string, StoredSnmpSettings | null, unknown, string | null]>([
    ['community kept when left out', v2, { version: '2c', port: 1161 }, null],
    ['community kept from v2c to v1', v2, { version: '1' }, null],
    ['community needed the first time', null, { version: '2c' }, 'community'],
    ['community not taken from v3', v3, { version: '2c' }, 'community'],
    ['passwords kept for the same user', v3, { version: '3', user: 'ops', port: 10161 }, null],
    ['passwords not kept for another user', v3, { version: '3', user: 'other' }, 'authPassword'],
    [
      'priv password needed for authPriv',
      null,
      { version: '3', user: 'u', authPassword: 'auth-secret' },
      'privPassword',
    ],
    [
      'authNoPriv needs no priv password',
      null,
      { version: '3', user: 'u', level: 'authNoPriv', authPassword: 'auth-secret' },
      null,
    ],
    ['noAuthNoPriv needs nothing', null, { version: '3', user: 'u', level: 'noAuthNoPriv' }, null],
  ])('%s', (_name, previous, given, missing) => {
    const run = () => mergeSnmpSettings(previous, body(given), NOW);
    if (missing === null) expect(run).not.toThrow();
    else {
      expect(run).toThrow(AppError);
      expect(run).toThrow(new RegExp(`^${missing}: required`));
    }
  });

  it('keeps the passwords, never shows them', () => {
    const merged = mergeSnmpSettings(v3, body({ version: '3', user: 'ops', port: 10161 }), NOW);
    expect(merged).toMatchObject({ authPassword: 'auth-secret', privPassword: 'priv-secret', port: 10161 });
    const view = snmpSettingsView('p1', merged);
    expect(view).toEqual({
      printer: 'p1',
      enabled: true,
      version: '3',
      host: null,
      port: 10161,
      communitySet: false,
      user: 'ops',
      level: 'authPriv',
      authProtocol: 'sha',
      authPasswordSet: true,
      privProtocol: 'aes',
      privPasswordSet: true,
      updatedAt: '2025-03-01T10:00:00.000Z',
    });
    expect(JSON.stringify(view)).not.toContain('secret');
    expect(JSON.stringify(snmpSettingsView('p1', v2))).not.toContain('public');
  });

  it('rejects short passwords and unknown fields at the schema', () => {
    expect(snmpSettingsBodySchema.safeParse({ version: '3', user: 'u', authPassword: 'short' }).success).toBe(
      false,
    );
    expect(snmpSettingsBodySchema.safeParse({ version: '2c', community: 'x', secret: 1 }).success).toBe(
      false,
    );
    expect(snmpSettingsBodySchema.safeParse({ version: '4' }).success).toBe(false);
  });
});

it.each([
  ['ipp://192.168.1.20:631/ipp/print', '192.168.1.20'],
  ['ipps://printer.example.com/ipp/print', 'printer.example.com'],
  ['ipp://[::1]:631/ipp/print', '::1'],
  ['not a uri', null],
])('hostOfUri(%s) is %s', (uri, host) => expect(hostOfUri(uri)).toBe(host));
