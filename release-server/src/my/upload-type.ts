import type { MyUploadType } from '@quire/protocol';

/** How many first bytes {@link uploadTypeOf} needs. */
export const TYPE_BYTES = 8;

const SIGNATURES: readonly [MyUploadType, Buffer][] = [
  // ISO 32000-1 §7.5.2: the file begins with the header `%PDF-1.n`.
  ['application/pdf', Buffer.from('%PDF-')],
  // JPEG SOI marker followed by another marker (ITU T.81 §B.1.1.3).
  ['image/jpeg', Buffer.from([0xff, 0xd8, 0xff])],
  // The PNG signature (ISO 15948 §5.2).
  ['image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
];

/**
 * What an upload is, from its first bytes: the name and the Content-Type a browser sends are guesses
 * (a `.pdf` may be a web page saved under that name), the bytes are not. Null for anything else.
 */
export function uploadTypeOf(head: Buffer): MyUploadType | null {
  for (const [type, magic] of SIGNATURES) {
    if (head.length >= magic.length && head.subarray(0, magic.length).equals(magic)) return type;
  }
  return null;
}
