import { AppError, type SnmpSettingsBody, type SnmpSettingsView } from '@quire/protocol';

/** A printer's SNMP settings as stored: the body with the secrets it needs, all present. */
export type StoredSnmpSettings = SnmpSettingsBody & { updatedAt: number };

/**
 * The settings a PUT leaves stored. A secret left out keeps the stored one when it still applies (same
 * version family; for v3 the same user), so an admin can change the port without retyping a password;
 * a secret the new settings need and nobody gave is a `bad-request` naming it.
 */
export function mergeSnmpSettings(
  previous: StoredSnmpSettings | null,
  body: SnmpSettingsBody,
  now: number,
): StoredSnmpSettings {
  if (body.version !== '3') {
    const community =
      body.community ?? (previous && previous.version !== '3' ? previous.community : undefined);
    if (!community) throw new AppError('bad-request', 'community: required for SNMP v1 and v2c.');
    return { ...body, community, updatedAt: now };
  }
  const same = previous?.version === '3' && previous.user === body.user ? previous : null;
  const authPassword = body.authPassword ?? same?.authPassword;
  const privPassword = body.privPassword ?? same?.privPassword;
  if (body.level !== 'noAuthNoPriv' && !authPassword)
    throw new AppError('bad-request', `authPassword: required for security level ${body.level}.`);
  if (body.level === 'authPriv' && !privPassword)
    throw new AppError('bad-request', 'privPassword: required for security level authPriv.');
  return {
    ...body,
    ...(body.level !== 'noAuthNoPriv' && { authPassword }),
    ...(body.level === 'authPriv' && { privPassword }),
    updatedAt: now,
  };
}

/** What the admin API shows of stored settings: which secrets are set, never what they are. */
export function snmpSettingsView(printer: string, s: StoredSnmpSettings): SnmpSettingsView {
  const v3 = s.version === '3' ? s : null;
  return {
    printer,
    enabled: s.enabled,
    version: s.version,
    host: s.host,
    port: s.port,
    communitySet: s.version !== '3' && Boolean(s.community),
    user: v3?.user ?? null,
    level: v3?.level ?? null,
    authProtocol: v3 && v3.level !== 'noAuthNoPriv' ? v3.authProtocol : null,
    authPasswordSet: Boolean(v3?.authPassword),
    privProtocol: v3 && v3.level === 'authPriv' ? v3.privProtocol : null,
    privPasswordSet: Boolean(v3?.privPassword),
    updatedAt: new Date(s.updatedAt).toISOString(),
  };
}

/** The host of a printer's IPP URI (`ipp://host:631/...`), where its SNMP agent usually is too. */
export function hostOfUri(uri: string): string | null {
  try {
    const host = new URL(uri.replace(/^ipps?:/, 'http:')).hostname;
    return host.replace(/^\[(.*)\]$/, '$1') || null;
  } catch {
    return null;
  }
}
