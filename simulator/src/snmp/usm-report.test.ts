import { describe, expect, it } from 'vitest';
import { children, integer, octets, oid, readInteger, readTlv, sequence } from './ber';
import { parseV3Header, USM_STATS_WRONG_DIGESTS, wrongDigestReport } from './usm-report';

/** An SNMPv3 message as a manager sends it (RFC 3412 §6), with a 12-byte digest. */
function request(): Buffer {
  const usm = sequence(
    octets(Buffer.from('80001f8880aabbccdd', 'hex')),
    integer(3),
    integer(1234),
    octets('quire'),
    octets(Buffer.alloc(12, 0xab)),
    octets(Buffer.alloc(8, 1)),
  );
  return sequence(
    integer(3),
    sequence(integer(77), integer(65507), octets(Buffer.from([0x07])), integer(3)),
    octets(usm),
    octets(Buffer.from('encrypted scoped pdu')),
  );
}

describe('BER', () => {
  it.each([0, 1, 127, 128, 255, 256, 65535, 2 ** 31 - 1, -1, -128, -129])('integer %d round-trips', (n) => {
    const b = integer(n);
    expect(readInteger(b, readTlv(b, 0))).toBe(n);
  });

  it('encodes OIDs and long lengths', () => {
    expect(oid('1.3.6.1.6.3.15.1.1.5.0').toString('hex')).toBe('060a2b060106030f01010500');
    // 2699 = 21 * 128 + 11: two base-128 digits, the first with its high bit set.
    expect(oid('1.3.6.1.4.1.2699').toString('hex')).toBe('06072b06010401950b');
    const long = octets(Buffer.alloc(300));
    expect(readTlv(long, 0)).toEqual({ tag: 4, start: 4, end: 304 });
  });

  it('refuses truncated input', () => {
    expect(() => readTlv(Buffer.from([0x30, 0x05, 0x01]), 0)).toThrow();
  });
});

describe('USM wrong-digest report', () => {
  it('reads the header of an SNMPv3 message, the digest as a view into it', () => {
    const msg = request();
    const h = parseV3Header(msg)!;
    expect(h).toMatchObject({ msgID: 77, flags: 7, engineBoots: 3, engineTime: 1234, userName: 'quire' });
    expect(h.engineID.toString('hex')).toBe('80001f8880aabbccdd');
    h.authParams.fill(0);
    expect(msg.includes(Buffer.alloc(12, 0xab))).toBe(false);
  });

  it('ignores what is not SNMPv3', () => {
    expect(parseV3Header(sequence(integer(1), octets('public')))).toBeNull();
    expect(parseV3Header(Buffer.from('garbage'))).toBeNull();
  });

  it('answers with usmStatsWrongDigests, same msgID, noAuthNoPriv', () => {
    const report = wrongDigestReport(parseV3Header(request())!, 4);
    const top = readTlv(report, 0);
    const [version, global, usm, scoped] = children(report, top);
    expect(readInteger(report, version!)).toBe(3);
    const [msgID, , flags] = children(report, global!);
    expect(readInteger(report, msgID!)).toBe(77);
    expect(report[flags!.start]).toBe(0);
    const params = children(report, readTlv(report, usm!.start));
    expect(report.subarray(params[3]!.start, params[3]!.end).toString()).toBe('quire');
    const [, , pdu] = children(report, scoped!);
    expect(pdu!.tag).toBe(0xa8);
    const varbinds = children(report, pdu!)[3]!;
    const [vb] = children(report, varbinds);
    const [name, value] = children(report, vb!);
    expect(report.subarray(name!.start - 2, name!.end)).toEqual(oid(USM_STATS_WRONG_DIGESTS));
    expect(value!.tag).toBe(0x41);
    expect(readInteger(report, value!)).toBe(4);
  });
});
