/**
 * Just enough BER (X.690) to read the header of an SNMPv3 message and write a Report (RFC 3412 §6,
 * RFC 3414 §2.4): definite lengths only, as SNMP requires (RFC 3417 §8).
 */

export interface Tlv {
  tag: number;
  /** First byte of the content. */
  start: number;
  /** One past the last byte of the content, which is where the next TLV starts. */
  end: number;
}

export class BerError extends Error {
  override name = 'BerError';
}

export function readTlv(buf: Uint8Array, offset: number, limit = buf.length): Tlv {
  if (offset + 2 > limit) throw new BerError('truncated');
  const tag = buf[offset]!;
  let length = buf[offset + 1]!;
  let start = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4 || start + count > limit) throw new BerError('bad length');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + buf[start + i]!;
    start += count;
  }
  if (start + length > limit) throw new BerError('truncated');
  return { tag, start, end: start + length };
}

/** The TLVs inside a constructed TLV, in order. */
export function children(buf: Uint8Array, parent: Tlv): Tlv[] {
  const out: Tlv[] = [];
  for (let at = parent.start; at < parent.end; ) {
    const t = readTlv(buf, at, parent.end);
    out.push(t);
    at = t.end;
  }
  return out;
}

export function readInteger(buf: Uint8Array, t: Tlv): number {
  if (t.end - t.start > 5 || t.end === t.start) throw new BerError('bad integer');
  let n = buf[t.start]! & 0x80 ? -1 : 0;
  for (let i = t.start; i < t.end; i++) n = n * 256 + buf[i]!;
  return n;
}

const length = (n: number): Buffer => {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
};

export const tlv = (tag: number, content: Uint8Array): Buffer =>
  Buffer.concat([Buffer.from([tag]), length(content.length), content]);

export const sequence = (...parts: Uint8Array[]): Buffer => tlv(0x30, Buffer.concat(parts));

export const octets = (value: Uint8Array | string): Buffer =>
  tlv(0x04, typeof value === 'string' ? Buffer.from(value) : value);

/** A two's complement INTEGER (or an application type such as Counter32 with `tag`), minimal. */
export function integer(n: number, tag = 0x02): Buffer {
  const bytes: number[] = [];
  let v = BigInt(n);
  for (;;) {
    const byte = Number(v & 0xffn);
    bytes.unshift(byte);
    v >>= 8n;
    if ((v === 0n && !(byte & 0x80)) || (v === -1n && byte & 0x80)) break;
  }
  return tlv(tag, Buffer.from(bytes));
}

export function oid(dotted: string): Buffer {
  const arcs = dotted.replace(/^\./, '').split('.').map(Number);
  const out: number[] = [arcs[0]! * 40 + arcs[1]!];
  for (const arc of arcs.slice(2)) {
    const chunk: number[] = [arc & 0x7f];
    for (let v = Math.floor(arc / 128); v > 0; v = Math.floor(v / 128)) chunk.unshift(0x80 | (v & 0x7f));
    out.push(...chunk);
  }
  return tlv(0x06, Buffer.from(out));
}
