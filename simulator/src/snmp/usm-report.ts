import { children, integer, octets, oid, readInteger, readTlv, sequence, tlv } from './ber';

/** What the User-based Security Model needs from an incoming SNMPv3 message (RFC 3412 §6, RFC 3414 §2.4). */
export interface V3Header {
  msgID: number;
  flags: number;
  engineID: Buffer;
  engineBoots: number;
  engineTime: number;
  userName: string;
  /** msgAuthenticationParameters, as a view into the message (zeroed in place to check the digest). */
  authParams: Buffer;
}

export const FLAG_AUTH = 0x01;
export const FLAG_REPORTABLE = 0x04;

/** usmStatsWrongDigests.0 (RFC 3414 §5). */
export const USM_STATS_WRONG_DIGESTS = '1.3.6.1.6.3.15.1.1.5.0';

/** The header of an SNMPv3 message with the USM; null for anything else or anything malformed. */
export function parseV3Header(buf: Buffer): V3Header | null {
  try {
    const message = readTlv(buf, 0);
    const [version, global, security] = children(buf, message);
    if (!version || !global || !security || readInteger(buf, version) !== 3) return null;
    const [msgID, , flags, model] = children(buf, global);
    if (!msgID || !flags || !model || readInteger(buf, model) !== 3) return null;
    const usm = readTlv(buf, security.start, security.end);
    const [engineID, boots, time, user, auth] = children(buf, usm);
    if (!engineID || !boots || !time || !user || !auth) return null;
    return {
      msgID: readInteger(buf, msgID),
      flags: buf[flags.start] ?? 0,
      engineID: buf.subarray(engineID.start, engineID.end),
      engineBoots: readInteger(buf, boots),
      engineTime: readInteger(buf, time),
      userName: buf.subarray(user.start, user.end).toString(),
      authParams: buf.subarray(auth.start, auth.end),
    };
  } catch {
    return null;
  }
}

/**
 * The Report a USM sends back for a message whose digest is wrong (RFC 3414 §3.2 step 6, RFC 3412 §7.2
 * step 3): noAuthNoPriv, same msgID, and usmStatsWrongDigests in a Report-PDU. This is how a manager
 * learns that its password is wrong instead of waiting for a timeout; Debian's snmpd does the same
 * ("Authentication failure (incorrect password, community or key)").
 */
export function wrongDigestReport(request: V3Header, count: number): Buffer {
  const usm = sequence(
    octets(request.engineID),
    integer(request.engineBoots),
    integer(request.engineTime),
    octets(request.userName),
    octets(''),
    octets(''),
  );
  const varbind = sequence(oid(USM_STATS_WRONG_DIGESTS), integer(count, 0x41));
  // The request's own request-id is inside its encrypted (or unauthenticated) scoped PDU: 0 it is.
  const report = tlv(0xa8, Buffer.concat([integer(0), integer(0), integer(0), sequence(varbind)]));
  return sequence(
    integer(3),
    sequence(integer(request.msgID), integer(65507), octets(Buffer.from([0])), integer(3)),
    octets(usm),
    sequence(octets(request.engineID), octets(''), report),
  );
}
