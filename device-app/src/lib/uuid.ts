/**
 * A random UUID v4 (RFC 9562 §5.4) from `crypto.getRandomValues`. Not `crypto.randomUUID`: browsers only
 * offer that on secure origins, and printers serve the panel over plain http://192.168.x.x.
 */
export function uuidV4(
  fill: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (b) => crypto.getRandomValues(b),
): string {
  const b = fill(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40; // version 4
  b[8] = (b[8]! & 0x3f) | 0x80; // variant 10xx
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
