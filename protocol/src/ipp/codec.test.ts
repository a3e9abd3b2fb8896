import { describe, expect, it } from 'vitest';
import { A, AttributeMap } from './attributes';
import { Operation } from './constants';
import { decodeIpp, IppDecodeError, peekHeader } from './decode';
import { encodeIpp } from './encode';
import { GroupTag } from './tags';
import type { IppMessage } from './types';

const request = (): IppMessage => ({
  version: { major: 2, minor: 0 },
  code: Operation.PrintJob,
  requestId: 42,
  groups: [
    {
      tag: GroupTag.operation,
      attributes: [
        A.charset('attributes-charset', 'utf-8'),
        A.naturalLanguage('attributes-natural-language', 'en'),
        A.uri('printer-uri', 'ipp://127.0.0.1:8080/ipp/print'),
        A.name('requesting-user-name', 'Zoë'),
        A.keyword('requested-attributes', 'job-id', 'job-state'),
      ],
    },
    {
      tag: GroupTag.job,
      attributes: [
        A.integer('copies', 3),
        A.enum('finishings', 4, 20),
        A.boolean('ipp-attribute-fidelity', false),
        A.range('copies-supported', 1, 999),
        A.resolution('printer-resolution', 600, 600),
        A.dateTime('time-at-creation', new Date('2026-12-31T23:59:58.700Z')),
        { name: 'job-name', values: [{ syntax: 'nameWithLanguage', value: { lang: 'fr', text: 'Relevé' } }] },
        A.collection('media-col', [
          A.collection('media-size', [A.integer('x-dimension', 21000), A.integer('y-dimension', 29700)]),
          A.keyword('media-type', 'stationery'),
        ]),
        A.outOfBand('media', 0x13),
      ],
    },
  ],
});

describe('IPP codec', () => {
  it('round-trips every syntax byte for byte', () => {
    const bytes = encodeIpp(request());
    const { message, dataOffset } = decodeIpp(Buffer.concat([bytes, Buffer.from('%PDF-')]));
    expect(dataOffset).toBe(bytes.length);
    expect(message).toEqual(request());
    expect(encodeIpp(message).equals(bytes)).toBe(true);
  });

  it('writes dateTime months 1-12 (a known npm encoder bug writes 0-11)', () => {
    const bytes = encodeIpp({
      ...request(),
      groups: [{ tag: GroupTag.job, attributes: [A.dateTime('d', new Date('2026-01-15T10:00:00Z'))] }],
    });
    const at = bytes.indexOf(Buffer.from([0x07, 0xea])); // year 2026
    expect(bytes[at + 2]).toBe(1);
  });

  it('reads dateTime with a timezone offset as the right instant', () => {
    const raw = Buffer.from([0x07, 0xea, 3, 1, 12, 30, 0, 5, 0x2d, 5, 0]); // 12:30:00.5 at UTC-5
    const msg = Buffer.concat([
      Buffer.from([2, 0, 0, 0, 0, 0, 0, 1, 0x01, 0x31, 0, 1, 0x64, 0, 11]),
      raw,
      Buffer.from([0x03]),
    ]);
    const v = decodeIpp(msg).message.groups[0]!.attributes[0]!.values[0]!;
    expect(v).toEqual({ syntax: 'dateTime', value: new Date('2026-03-01T17:30:00.500Z') });
  });

  it('gives typed access through AttributeMap', () => {
    const ops = AttributeMap.of(request().groups[0]);
    expect(ops.string('requesting-user-name')).toBe('Zoë');
    expect(ops.strings('requested-attributes')).toEqual(['job-id', 'job-state']);
    expect(ops.int('requesting-user-name')).toBeUndefined();
    const job = AttributeMap.of(request().groups[1]);
    expect(job.ints('finishings')).toEqual([4, 20]);
    expect(job.string('job-name')).toBe('Relevé');
    expect(job.range('copies-supported')).toEqual({ lower: 1, upper: 999 });
  });

  it('peeks the header of a message it cannot decode', () => {
    expect(peekHeader(Buffer.from([1, 1, 0, 0x0b, 0, 0, 0, 7]))).toEqual({
      version: { major: 1, minor: 1 },
      code: 0x0b,
      requestId: 7,
    });
    expect(peekHeader(Buffer.from([1, 1, 0]))).toBeNull();
  });

  const header = [2, 0, 0, 0x0b, 0, 0, 0, 1];
  const cases: [string, number[], string, RegExp][] = [
    ['empty message', [], 'truncated', /shorter than/],
    ['no end-of-attributes', [...header, 0x01], 'truncated', /ended before/],
    ['name length past the end', [...header, 0x01, 0x47, 0, 50, 0x61], 'truncated', /name runs past/],
    [
      'value length past the end',
      [...header, 0x01, 0x47, 0, 1, 0x61, 0, 9, 0x61, 3],
      'truncated',
      /value runs past/,
    ],
    ['integer of 3 bytes', [...header, 0x01, 0x21, 0, 1, 0x61, 0, 3, 0, 0, 1, 3], 'malformed', /4 bytes/],
    ['boolean of 2', [...header, 0x01, 0x22, 0, 1, 0x61, 0, 1, 2, 3], 'malformed', /boolean/],
    ['value before a group', [...header, 0x21, 0, 1, 0x61, 0, 4, 0, 0, 0, 1, 3], 'malformed', /before any/],
    ['additional value first', [...header, 0x01, 0x21, 0, 0, 0, 4, 0, 0, 0, 1, 3], 'malformed', /without an/],
    [
      'duplicate name',
      [...header, 0x01, 0x21, 0, 1, 0x61, 0, 4, 0, 0, 0, 1, 0x21, 0, 1, 0x61, 0, 4, 0, 0, 0, 1, 3],
      'malformed',
      /twice/,
    ],
    ['value longer than 32767', [...header, 0x01, 0x41, 0, 1, 0x61, 0x80, 0x00], 'too-large', /exceeds/],
    ['unclosed collection', [...header, 0x01, 0x34, 0, 1, 0x61, 0, 0, 0x03], 'malformed', /not closed/],
    [
      'member without name',
      [...header, 0x01, 0x34, 0, 1, 0x61, 0, 0, 0x21, 0, 0, 0, 4, 0, 0, 0, 1, 0x37, 0, 0, 0, 0, 3],
      'malformed',
      /before memberAttrName/,
    ],
    [
      'endCollection outside',
      [...header, 0x01, 0x37, 0, 0, 0, 0, 3],
      'malformed',
      /additional value|outside/,
    ],
  ];
  it.each(cases)('rejects %s', (_name, bytes, kind, message) => {
    let caught: unknown;
    try {
      decodeIpp(Buffer.from(bytes));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(IppDecodeError);
    expect((caught as IppDecodeError).kind).toBe(kind);
    expect((caught as IppDecodeError).message).toMatch(message);
  });

  it('bounds collection depth and attribute count', () => {
    let deep = [A.integer('x', 1)];
    for (let i = 0; i < 10; i++) deep = [A.collection('c', deep)];
    const bytes = encodeIpp({ ...request(), groups: [{ tag: GroupTag.job, attributes: deep }] });
    expect(() => decodeIpp(bytes)).toThrow(/nested deeper/);
    const many = Array.from({ length: 50 }, (_, i) => A.integer(`a${i}`, i));
    const bytes2 = encodeIpp({ ...request(), groups: [{ tag: GroupTag.job, attributes: many }] });
    expect(() => decodeIpp(bytes2, { maxAttributes: 10 })).toThrow(/more than 10/);
  });

  it('keeps unknown value tags raw and re-encodes them unchanged', () => {
    const bytes = Buffer.from([...header, 0x01, 0x38, 0, 1, 0x61, 0, 2, 0xbe, 0xef, 3]);
    const { message } = decodeIpp(bytes);
    expect(message.groups[0]!.attributes[0]!.values[0]).toEqual({
      syntax: 'raw',
      tag: 0x38,
      value: Buffer.from([0xbe, 0xef]),
    });
    expect(encodeIpp(message).equals(bytes)).toBe(true);
  });
});
