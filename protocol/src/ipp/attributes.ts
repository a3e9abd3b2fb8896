import type { StringSyntax } from './tags';
import type { IppAttribute, IppGroup, IppMessage, IppValue } from './types';

const strings =
  (syntax: StringSyntax) =>
  (name: string, ...values: string[]): IppAttribute => ({
    name,
    values: values.map((value) => ({ syntax, value })),
  });

const numbers =
  (syntax: 'integer' | 'enum') =>
  (name: string, ...values: number[]): IppAttribute => ({
    name,
    values: values.map((value) => ({ syntax, value })),
  });

/** Builders for attributes: `A.keyword('sides', 'one-sided')`, `A.integer('copies', 3)`. */
export const A = {
  integer: numbers('integer'),
  enum: numbers('enum'),
  text: strings('text'),
  name: strings('name'),
  keyword: strings('keyword'),
  uri: strings('uri'),
  uriScheme: strings('uriScheme'),
  charset: strings('charset'),
  naturalLanguage: strings('naturalLanguage'),
  mimeMediaType: strings('mimeMediaType'),
  boolean: (name: string, ...values: boolean[]): IppAttribute => ({
    name,
    values: values.map((value) => ({ syntax: 'boolean', value })),
  }),
  range: (name: string, lower: number, upper: number): IppAttribute => ({
    name,
    values: [{ syntax: 'rangeOfInteger', value: { lower, upper } }],
  }),
  resolution: (name: string, x: number, y: number, units = 3): IppAttribute => ({
    name,
    values: [{ syntax: 'resolution', value: { x, y, units } }],
  }),
  dateTime: (name: string, value: Date): IppAttribute => ({ name, values: [{ syntax: 'dateTime', value }] }),
  octetString: (name: string, value: Buffer): IppAttribute => ({
    name,
    values: [{ syntax: 'octetString', value }],
  }),
  collection: (name: string, ...values: IppAttribute[][]): IppAttribute => ({
    name,
    values: values.map((value) => ({ syntax: 'collection', value })),
  }),
  /** An out-of-band value: 0x10 unsupported, 0x12 unknown, 0x13 no-value (RFC 8010 §3.8). */
  outOfBand: (name: string, tag: 0x10 | 0x12 | 0x13): IppAttribute => ({
    name,
    values: [{ syntax: 'out-of-band', tag, value: null }],
  }),
};

/** Read access to one attribute group by name, with typed getters that return undefined on a wrong syntax. */
export class AttributeMap {
  private readonly byName: Map<string, IppAttribute>;

  constructor(readonly attributes: readonly IppAttribute[]) {
    this.byName = new Map(attributes.map((a) => [a.name, a]));
  }

  static of(group: IppGroup | undefined): AttributeMap {
    return new AttributeMap(group?.attributes ?? []);
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  get(name: string): IppAttribute | undefined {
    return this.byName.get(name);
  }

  /** The first value as a string, for the string syntaxes and the with-language ones. */
  string(name: string): string | undefined {
    return this.strings(name)[0];
  }

  strings(name: string): string[] {
    return (this.byName.get(name)?.values ?? []).flatMap((v) => {
      const s = stringOf(v);
      return s === undefined ? [] : [s];
    });
  }

  int(name: string): number | undefined {
    return this.ints(name)[0];
  }

  ints(name: string): number[] {
    return (this.byName.get(name)?.values ?? []).flatMap((v) =>
      v.syntax === 'integer' || v.syntax === 'enum' ? [v.value] : [],
    );
  }

  bool(name: string): boolean | undefined {
    const v = this.byName.get(name)?.values[0];
    return v?.syntax === 'boolean' ? v.value : undefined;
  }

  range(name: string): { lower: number; upper: number } | undefined {
    const v = this.byName.get(name)?.values[0];
    return v?.syntax === 'rangeOfInteger' ? v.value : undefined;
  }
}

export function stringOf(v: IppValue): string | undefined {
  switch (v.syntax) {
    case 'text':
    case 'name':
    case 'keyword':
    case 'uri':
    case 'uriScheme':
    case 'charset':
    case 'naturalLanguage':
    case 'mimeMediaType':
      return v.value;
    case 'textWithLanguage':
    case 'nameWithLanguage':
      return v.value.text;
    default:
      return undefined;
  }
}

/** Every group with this tag, in message order (Get-Jobs answers one job group per job). */
export const groupsOf = (message: IppMessage, tag: number): IppGroup[] =>
  message.groups.filter((g) => g.tag === tag);

export const groupOf = (message: IppMessage, tag: number): AttributeMap =>
  AttributeMap.of(message.groups.find((g) => g.tag === tag));
