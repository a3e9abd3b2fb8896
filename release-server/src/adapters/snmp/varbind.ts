import * as snmp from 'net-snmp';
import type { SnmpValue } from '../../domain/fleet';

/** A net-snmp varbind as a plain {@link SnmpValue}; null for errors (noSuchObject, endOfMibView...). */
export function toSnmpValue(vb: snmp.Varbind): SnmpValue | null {
  if (snmp.isVarbindError(vb)) return null;
  const v = vb.value;
  switch (vb.type) {
    case snmp.ObjectType.Integer:
      return typeof v === 'number' ? { type: 'integer', value: v } : null;
    case snmp.ObjectType.Counter:
      return typeof v === 'number' ? { type: 'counter', value: v } : null;
    case snmp.ObjectType.Gauge:
      return typeof v === 'number' ? { type: 'gauge', value: v } : null;
    case snmp.ObjectType.TimeTicks:
      return typeof v === 'number' ? { type: 'ticks', value: v } : null;
    case snmp.ObjectType.Counter64:
      // net-snmp hands Counter64 over as big-endian bytes; a page counter never nears 2^53.
      return Buffer.isBuffer(v) ? { type: 'counter', value: Number(bigEndian(v)) } : null;
    case snmp.ObjectType.OctetString:
    case snmp.ObjectType.Opaque:
      return Buffer.isBuffer(v)
        ? { type: 'string', value: new Uint8Array(v) }
        : typeof v === 'string'
          ? { type: 'string', value: new TextEncoder().encode(v) }
          : null;
    case snmp.ObjectType.OID:
      return typeof v === 'string' ? { type: 'oid', value: v } : null;
    default:
      return null;
  }
}

function bigEndian(bytes: Buffer): bigint {
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  return n;
}
