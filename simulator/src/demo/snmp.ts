import type { SnmpSettingsBody } from '@quire/protocol';
import type { SnmpAgentInput } from '../snmp';

/** The demo's SNMPv3 user on sim-color (authPriv, SHA + AES-128). Demo values, printed in the banner. */
export const DEMO_SNMP_V3 = {
  user: 'quire',
  authPassword: 'quire-auth-demo',
  privPassword: 'quire-priv-demo',
};

/**
 * Each demo printer's SNMP agent, on the same port number as its IPP server but over UDP: sim-mono
 * speaks v1/v2c with the community `public`; sim-color also has the SNMPv3 user, and the release
 * server polls it with that user to show v3 at work.
 */
export const DEMO_SNMP: Readonly<Record<string, Omit<SnmpAgentInput, 'port'>>> = {
  'sim-mono': {
    community: 'public',
    serial: 'QSM30-0042117',
    lifeCount: 15_320,
    levels: { black: 62, drum: 81 },
  },
  'sim-color': {
    community: 'public',
    v3: DEMO_SNMP_V3,
    serial: 'QSC60-0073904',
    lifeCount: 48_211,
    levels: { black: 74, cyan: 55, magenta: 9, yellow: 38, waste: 70, drum: 64 },
  },
};

/** What the demo registers in the release server for each printer's agent. */
export function demoSnmpSettings(name: string, port: number): SnmpSettingsBody {
  const base = { enabled: true, host: '127.0.0.1', port };
  return name === 'sim-color'
    ? { ...base, version: '3', level: 'authPriv', authProtocol: 'sha', privProtocol: 'aes', ...DEMO_SNMP_V3 }
    : { ...base, version: '2c', community: 'public' };
}

/** A few words for the banner: how to reach the agent. */
export function snmpSummary(name: string, port: number): string {
  const v3 = DEMO_SNMP[name]?.v3;
  const user = v3 ? `; v3 user ${v3.user} (SHA/AES, ${v3.authPassword} / ${v3.privPassword})` : '';
  return `SNMP udp 127.0.0.1:${port} (v2c community public${user})`;
}
