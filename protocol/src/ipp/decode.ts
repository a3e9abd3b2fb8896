import { GroupTag, isDelimiter, isOutOfBand, STRING_SYNTAX_BY_TAG, ValueTag } from './tags';
import type { IppAttribute, IppGroup, IppMessage, IppValue } from './types';

/**
 * Bounds on what the decoder accepts. Every length in an IPP message comes from the network, so each is
 * checked before it is trusted.
 */
export interface DecodeLimits {
  /** Largest attribute section (everything before the document data). @default 1 MiB */
  maxHeaderBytes: number;
  /** Largest single name or value; lengths are SIGNED-SHORT (RFC 8010 §3.1.4-3.1.5). @default 32767 */
  maxValueBytes: number;
  /** Most attributes in the whole message, collection members included. @default 10000 */
  maxAttributes: number;
  /** Deepest collection nesting. @default 8 */
  maxDepth: number;
  /**
   * Requests must not repeat an attribute name inside one group (RFC 8011 §4.1.3 / 8010 §3.1.3);
   * answers from printers in the field sometimes do, so the client can be lenient. @default false
   */
  allowDuplicateNames: boolean;
}

export const DEFAULT_LIMITS: DecodeLimits = Object.freeze({
  maxHeaderBytes: 1024 * 1024,
  maxValueBytes: 32767,
  maxAttributes: 10000,
  maxDepth: 8,
  allowDuplicateNames: false,
});

export type DecodeErrorKind = 'truncated' | 'malformed' | 'too-large';

export class IppDecodeError extends Error {
  constructor(
    readonly kind: DecodeErrorKind,
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'IppDecodeError';
  }
}

export interface Decoded {
  message: IppMessage;
  /** Where the document data starts (just after the end-of-attributes tag). */
  dataOffset: number;
}

/** Decodes the fixed header and attribute groups of one IPP message. Throws {@link IppDecodeError}. */
export function decodeIpp(buf: Buffer, limits: Partial<DecodeLimits> = {}): Decoded {
  return new Decoder(buf, { ...DEFAULT_LIMITS, ...limits }).message();
}

/**
 * Reads just the fixed 8-byte header, for answering a request whose attributes cannot be decoded
 * (the response must echo the request-id). Returns null when fewer than 8 bytes arrived.
 */
export function peekHeader(buf: Buffer): Pick<IppMessage, 'version' | 'code' | 'requestId'> | null {
  if (buf.length < 8) return null;
  return {
    version: { major: buf[0]!, minor: buf[1]! },
    code: buf.readInt16BE(2),
    requestId: buf.readInt32BE(4),
  };
}

class Decoder {
  private pos = 0;
  private attributeCount = 0;

  constructor(
    private readonly buf: Buffer,
    private readonly limits: DecodeLimits,
  ) {}

  message(): Decoded {
    const header = peekHeader(this.buf);
    if (!header) this.fail('truncated', 'message is shorter than the 8-byte IPP header');
    this.pos = 8;
    const groups: IppGroup[] = [];
    let group: IppGroup | null = null;
    let names = new Set<string>();
    let current: IppAttribute | null = null;
    for (;;) {
      this.checkHeaderSize();
      const tag = this.u8();
      if (tag === GroupTag.end) {
        return { message: { ...header!, groups }, dataOffset: this.pos };
      }
      if (isDelimiter(tag)) {
        if (tag === 0x00) this.fail('malformed', 'reserved delimiter tag 0x00', this.pos - 1);
        group = { tag, attributes: [] };
        groups.push(group);
        names = new Set();
        current = null;
        continue;
      }
      if (!group) this.fail('malformed', `value tag 0x${hex(tag)} before any attribute group`, this.pos - 1);
      const name = this.lengthPrefixed('name').toString('utf8');
      if (tag === ValueTag.endCollection || tag === ValueTag.memberAttrName) {
        this.fail('malformed', `0x${hex(tag)} outside a collection`, this.pos);
      }
      const value = this.value(tag, 0);
      if (name.length === 0) {
        if (!current) this.fail('malformed', 'additional value without an attribute', this.pos);
        current!.values.push(value);
        continue;
      }
      if (names.has(name) && !this.limits.allowDuplicateNames) {
        this.fail('malformed', `attribute "${name}" appears twice in one group`, this.pos);
      }
      names.add(name);
      current = { name, values: [value] };
      this.countAttribute();
      group!.attributes.push(current);
    }
  }

  private value(tag: number, depth: number): IppValue {
    if (tag === ValueTag.begCollection) {
      this.lengthPrefixed('value'); // begCollection carries no value of its own (RFC 8010 §3.1.6)
      return { syntax: 'collection', value: this.collection(depth + 1) };
    }
    const start = this.pos;
    const data = this.lengthPrefixed('value');
    const bad = (what: string): never => this.fail('malformed', `${what} (tag 0x${hex(tag)})`, start);
    if (isOutOfBand(tag)) return { syntax: 'out-of-band', tag, value: null };
    const stringSyntax = STRING_SYNTAX_BY_TAG.get(tag);
    if (stringSyntax) return { syntax: stringSyntax, value: data.toString('utf8') };
    switch (tag) {
      case ValueTag.integer:
      case ValueTag.enum:
        if (data.length !== 4) bad('integer value must be 4 bytes');
        return { syntax: tag === ValueTag.integer ? 'integer' : 'enum', value: data.readInt32BE(0) };
      case ValueTag.boolean:
        if (data.length !== 1 || data[0]! > 1) bad('boolean value must be one byte, 0 or 1');
        return { syntax: 'boolean', value: data[0] === 1 };
      case ValueTag.octetString:
        return { syntax: 'octetString', value: Buffer.from(data) };
      case ValueTag.dateTime:
        if (data.length !== 11) bad('dateTime value must be 11 bytes');
        return { syntax: 'dateTime', value: decodeDateTime(data) ?? bad('dateTime value out of range') };
      case ValueTag.resolution:
        if (data.length !== 9) bad('resolution value must be 9 bytes');
        return {
          syntax: 'resolution',
          value: { x: data.readInt32BE(0), y: data.readInt32BE(4), units: data[8]! },
        };
      case ValueTag.rangeOfInteger:
        if (data.length !== 8) bad('rangeOfInteger value must be 8 bytes');
        return {
          syntax: 'rangeOfInteger',
          value: { lower: data.readInt32BE(0), upper: data.readInt32BE(4) },
        };
      case ValueTag.textWithLanguage:
      case ValueTag.nameWithLanguage: {
        const pair = withLanguage(data) ?? bad('language-tagged string has inconsistent lengths');
        return {
          syntax: tag === ValueTag.textWithLanguage ? 'textWithLanguage' : 'nameWithLanguage',
          value: pair,
        };
      }
      default:
        // Unknown value tags are skipped by their length and kept raw (RFC 8010 §3.5.2).
        return { syntax: 'raw', tag, value: Buffer.from(data) };
    }
  }

  private collection(depth: number): IppAttribute[] {
    if (depth > this.limits.maxDepth)
      this.fail('too-large', `collections nested deeper than ${this.limits.maxDepth}`);
    const members: IppAttribute[] = [];
    let member: IppAttribute | null = null;
    for (;;) {
      this.checkHeaderSize();
      const tagAt = this.pos;
      const tag = this.u8();
      if (isDelimiter(tag)) this.fail('malformed', 'collection not closed by endCollection', tagAt);
      const name = this.lengthPrefixed('name');
      if (name.length !== 0) this.fail('malformed', 'collection member value has a name', tagAt);
      if (tag === ValueTag.endCollection) {
        this.lengthPrefixed('value');
        if (member && member.values.length === 0)
          this.fail('malformed', 'collection member without a value', tagAt);
        return members;
      }
      if (tag === ValueTag.memberAttrName) {
        if (member && member.values.length === 0)
          this.fail('malformed', 'collection member without a value', tagAt);
        const memberName = this.lengthPrefixed('value').toString('utf8');
        if (memberName.length === 0) this.fail('malformed', 'empty collection member name', tagAt);
        member = { name: memberName, values: [] };
        this.countAttribute();
        members.push(member);
        continue;
      }
      if (!member) this.fail('malformed', 'collection value before memberAttrName', tagAt);
      member!.values.push(this.value(tag, depth));
    }
  }

  private lengthPrefixed(what: 'name' | 'value'): Buffer {
    const at = this.pos;
    const length = this.u16();
    if (length > this.limits.maxValueBytes) {
      this.fail('too-large', `${what} of ${length} bytes exceeds ${this.limits.maxValueBytes}`, at);
    }
    if (this.pos + length > this.buf.length)
      this.fail('truncated', `${what} runs past the end of the message`, at);
    const out = this.buf.subarray(this.pos, this.pos + length);
    this.pos += length;
    return out;
  }

  private u8(): number {
    if (this.pos >= this.buf.length) this.fail('truncated', 'message ended before end-of-attributes-tag');
    return this.buf[this.pos++]!;
  }

  private u16(): number {
    if (this.pos + 2 > this.buf.length) this.fail('truncated', 'message ended inside a length field');
    const v = this.buf.readUInt16BE(this.pos);
    this.pos += 2;
    return v;
  }

  private countAttribute(): void {
    if (++this.attributeCount > this.limits.maxAttributes) {
      this.fail('too-large', `more than ${this.limits.maxAttributes} attributes`);
    }
  }

  private checkHeaderSize(): void {
    if (this.pos > this.limits.maxHeaderBytes) {
      this.fail('too-large', `attribute section longer than ${this.limits.maxHeaderBytes} bytes`);
    }
  }

  private fail(kind: DecodeErrorKind, message: string, offset = this.pos): never {
    throw new IppDecodeError(kind, message, offset);
  }
}

function withLanguage(data: Buffer): { lang: string; text: string } | null {
  if (data.length < 4) return null;
  const langLength = data.readUInt16BE(0);
  if (2 + langLength + 2 > data.length) return null;
  const textLength = data.readUInt16BE(2 + langLength);
  if (2 + langLength + 2 + textLength !== data.length) return null;
  return {
    lang: data.toString('utf8', 2, 2 + langLength),
    text: data.toString('utf8', 4 + langLength),
  };
}

/** RFC 2579 DateAndTime: year(2) month day hour minutes seconds deci-seconds direction hours minutes. */
function decodeDateTime(d: Buffer): Date | null {
  const [month, day, hour, minute, second, deci, dir, offH, offM] = [
    d[2]!,
    d[3]!,
    d[4]!,
    d[5]!,
    d[6]!,
    d[7]!,
    d[8]!,
    d[9]!,
    d[10]!,
  ];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60 || deci > 9)
    return null;
  if (dir !== 0x2b && dir !== 0x2d) return null; // '+' or '-'
  const utc = Date.UTC(d.readUInt16BE(0), month - 1, day, hour, minute, second, deci * 100);
  const offset = (offH * 60 + offM) * 60_000 * (dir === 0x2b ? 1 : -1);
  return new Date(utc - offset);
}

function hex(n: number): string {
  return n.toString(16).padStart(2, '0');
}
