/**
 * What an SNMP agent answered, without the library's types: the decoders work on this, so the same
 * decoding runs on answers from any agent (the simulator's, Debian's snmpd, a real printer).
 */
export type SnmpValue =
  | { type: 'integer' | 'counter' | 'gauge' | 'ticks'; value: number }
  | { type: 'string'; value: Uint8Array }
  | { type: 'oid'; value: string };

/** Every varbind read from one agent, by numeric OID without a leading dot. */
export type RawReading = ReadonlyMap<string, SnmpValue>;

/** The number at `oid`, or null when absent or not a number. */
export function numberAt(raw: RawReading, oid: string): number | null {
  const v = raw.get(oid);
  return v && typeof v.value === 'number' ? v.value : null;
}

/** The bytes at `oid`, or null when absent or not an OCTET STRING. */
export function bytesAt(raw: RawReading, oid: string): Uint8Array | null {
  const v = raw.get(oid);
  return v?.type === 'string' ? v.value : null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/**
 * An OCTET STRING as text. Printer MIB strings may be in a non-UTF-8 charset (STANDARDS.md §2,
 * `prtLocalizationCharacterSet`): valid UTF-8 is read as such, anything else as Latin-1, which never
 * fails. Trailing NULs and spaces, which some printers pad with, are dropped.
 */
export function textOf(bytes: Uint8Array): string {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    text = latin1.decode(bytes);
  }
  return text.replace(/[\0\s]+$/, '');
}

/** The text at `oid`, or null when absent. */
export function textAt(raw: RawReading, oid: string): string | null {
  const bytes = bytesAt(raw, oid);
  return bytes ? textOf(bytes) : null;
}

/**
 * The rows of a table column under `column.<prefix...>`: the instance suffix after `column.` split
 * into numbers, with the value. Sorted by instance.
 */
export function columnRows(raw: RawReading, column: string): { instance: number[]; value: SnmpValue }[] {
  const start = `${column}.`;
  const rows: { instance: number[]; value: SnmpValue }[] = [];
  for (const [oid, value] of raw) {
    if (oid.startsWith(start)) rows.push({ instance: oid.slice(start.length).split('.').map(Number), value });
  }
  return rows.sort((a, b) => compareInstances(a.instance, b.instance));
}

function compareInstances(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}
