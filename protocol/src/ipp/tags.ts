/** Delimiter (group) tags, RFC 8010 §3.5.1. */
export const GroupTag = {
  operation: 0x01,
  job: 0x02,
  end: 0x03,
  printer: 0x04,
  unsupported: 0x05,
} as const;

/** Value tags, RFC 8010 §3.5.2. */
export const ValueTag = {
  unsupported: 0x10,
  unknown: 0x12,
  noValue: 0x13,
  integer: 0x21,
  boolean: 0x22,
  enum: 0x23,
  octetString: 0x30,
  dateTime: 0x31,
  resolution: 0x32,
  rangeOfInteger: 0x33,
  begCollection: 0x34,
  textWithLanguage: 0x35,
  nameWithLanguage: 0x36,
  endCollection: 0x37,
  text: 0x41,
  name: 0x42,
  keyword: 0x44,
  uri: 0x45,
  uriScheme: 0x46,
  charset: 0x47,
  naturalLanguage: 0x48,
  mimeMediaType: 0x49,
  memberAttrName: 0x4a,
  extension: 0x7f,
} as const;

/** Value syntaxes whose value is a plain string. */
export const STRING_SYNTAXES = {
  text: ValueTag.text,
  name: ValueTag.name,
  keyword: ValueTag.keyword,
  uri: ValueTag.uri,
  uriScheme: ValueTag.uriScheme,
  charset: ValueTag.charset,
  naturalLanguage: ValueTag.naturalLanguage,
  mimeMediaType: ValueTag.mimeMediaType,
} as const;
export type StringSyntax = keyof typeof STRING_SYNTAXES;

export const STRING_SYNTAX_BY_TAG = new Map<number, StringSyntax>(
  Object.entries(STRING_SYNTAXES).map(([k, v]) => [v, k as StringSyntax]),
);

/** Out-of-band values carry no data (RFC 8010 §3.8): 0x10-0x1F. */
export const isOutOfBand = (tag: number): boolean => tag >= 0x10 && tag <= 0x1f;
/** Delimiter tags are 0x00-0x0F. */
export const isDelimiter = (tag: number): boolean => tag <= 0x0f;
