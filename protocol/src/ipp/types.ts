import type { StringSyntax } from './tags';

/** One attribute value with its syntax. Unknown tags are kept as raw bytes so nothing is lost. */
export type IppValue =
  | { syntax: 'integer' | 'enum'; value: number }
  | { syntax: 'boolean'; value: boolean }
  | { syntax: StringSyntax; value: string }
  | { syntax: 'textWithLanguage' | 'nameWithLanguage'; value: { lang: string; text: string } }
  | { syntax: 'octetString'; value: Buffer }
  | { syntax: 'dateTime'; value: Date }
  | { syntax: 'resolution'; value: { x: number; y: number; units: number } }
  | { syntax: 'rangeOfInteger'; value: { lower: number; upper: number } }
  | { syntax: 'collection'; value: IppAttribute[] }
  | { syntax: 'out-of-band'; tag: number; value: null }
  | { syntax: 'raw'; tag: number; value: Buffer };

export interface IppAttribute {
  name: string;
  values: IppValue[];
}

export interface IppGroup {
  tag: number;
  attributes: IppAttribute[];
}

/** A request (`code` = operation-id) or a response (`code` = status-code), RFC 8010 §3.1.1. */
export interface IppMessage {
  version: { major: number; minor: number };
  code: number;
  requestId: number;
  groups: IppGroup[];
}
