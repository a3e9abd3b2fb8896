import { GroupTag, STRING_SYNTAXES, ValueTag } from './tags';
import type { IppAttribute, IppMessage, IppValue } from './types';

const MAX_LENGTH = 32767;

/** Encodes an IPP message (header + attribute groups + end-of-attributes-tag), RFC 8010 §3. */
export function encodeIpp(message: IppMessage): Buffer {
  const w = new Writer();
  w.u8(message.version.major);
  w.u8(message.version.minor);
  w.i16(message.code);
  w.i32(message.requestId);
  for (const group of message.groups) {
    w.u8(group.tag);
    for (const attribute of group.attributes) writeAttribute(w, attribute);
  }
  w.u8(GroupTag.end);
  return w.done();
}

function writeAttribute(w: Writer, attribute: IppAttribute): void {
  if (attribute.values.length === 0) throw new RangeError(`attribute "${attribute.name}" has no value`);
  attribute.values.forEach((value, i) => {
    writeValue(w, i === 0 ? attribute.name : '', value);
  });
}

function writeValue(w: Writer, name: string, v: IppValue): void {
  if (v.syntax === 'collection') {
    w.u8(ValueTag.begCollection);
    w.string(name);
    w.u16(0);
    for (const member of v.value) {
      w.u8(ValueTag.memberAttrName);
      w.u16(0);
      w.string(member.name);
      for (const value of member.values) writeValue(w, '', value);
    }
    w.u8(ValueTag.endCollection);
    w.u16(0);
    w.u16(0);
    return;
  }
  const [tag, data] = valueBytes(v);
  w.u8(tag);
  w.string(name);
  w.bytes(data);
}

function valueBytes(v: Exclude<IppValue, { syntax: 'collection' }>): [number, Buffer] {
  switch (v.syntax) {
    case 'integer':
    case 'enum': {
      const b = Buffer.alloc(4);
      b.writeInt32BE(v.value);
      return [v.syntax === 'integer' ? ValueTag.integer : ValueTag.enum, b];
    }
    case 'boolean':
      return [ValueTag.boolean, Buffer.from([v.value ? 1 : 0])];
    case 'octetString':
      return [ValueTag.octetString, v.value];
    case 'dateTime':
      return [ValueTag.dateTime, encodeDateTime(v.value)];
    case 'resolution': {
      const b = Buffer.alloc(9);
      b.writeInt32BE(v.value.x, 0);
      b.writeInt32BE(v.value.y, 4);
      b.writeUInt8(v.value.units, 8);
      return [ValueTag.resolution, b];
    }
    case 'rangeOfInteger': {
      const b = Buffer.alloc(8);
      b.writeInt32BE(v.value.lower, 0);
      b.writeInt32BE(v.value.upper, 4);
      return [ValueTag.rangeOfInteger, b];
    }
    case 'textWithLanguage':
    case 'nameWithLanguage': {
      const lang = Buffer.from(v.value.lang, 'utf8');
      const text = Buffer.from(v.value.text, 'utf8');
      const b = Buffer.alloc(4 + lang.length + text.length);
      b.writeUInt16BE(lang.length, 0);
      lang.copy(b, 2);
      b.writeUInt16BE(text.length, 2 + lang.length);
      text.copy(b, 4 + lang.length);
      return [v.syntax === 'textWithLanguage' ? ValueTag.textWithLanguage : ValueTag.nameWithLanguage, b];
    }
    case 'out-of-band':
      return [v.tag, Buffer.alloc(0)];
    case 'raw':
      return [v.tag, v.value];
    default:
      return [STRING_SYNTAXES[v.syntax], Buffer.from(v.value, 'utf8')];
  }
}

/** RFC 2579 DateAndTime, always written in UTC ('+' 0 0). Month is 1-12. */
function encodeDateTime(date: Date): Buffer {
  const b = Buffer.alloc(11);
  b.writeUInt16BE(date.getUTCFullYear(), 0);
  b[2] = date.getUTCMonth() + 1;
  b[3] = date.getUTCDate();
  b[4] = date.getUTCHours();
  b[5] = date.getUTCMinutes();
  b[6] = date.getUTCSeconds();
  b[7] = Math.floor(date.getUTCMilliseconds() / 100);
  b[8] = 0x2b;
  return b;
}

/** A growable big-endian byte writer. */
class Writer {
  private buf = Buffer.allocUnsafe(1024);
  private pos = 0;

  u8(n: number): void {
    this.ensure(1);
    this.buf[this.pos++] = n;
  }

  u16(n: number): void {
    this.ensure(2);
    this.buf.writeUInt16BE(n, this.pos);
    this.pos += 2;
  }

  i16(n: number): void {
    this.ensure(2);
    this.buf.writeInt16BE(n, this.pos);
    this.pos += 2;
  }

  i32(n: number): void {
    this.ensure(4);
    this.buf.writeInt32BE(n, this.pos);
    this.pos += 4;
  }

  /** A length-prefixed UTF-8 string. */
  string(s: string): void {
    this.bytes(Buffer.from(s, 'utf8'));
  }

  /** Length-prefixed bytes. */
  bytes(data: Buffer): void {
    if (data.length > MAX_LENGTH)
      throw new RangeError(`IPP value of ${data.length} bytes exceeds ${MAX_LENGTH}`);
    this.u16(data.length);
    this.ensure(data.length);
    data.copy(this.buf, this.pos);
    this.pos += data.length;
  }

  done(): Buffer {
    return this.buf.subarray(0, this.pos);
  }

  private ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + n));
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }
}
