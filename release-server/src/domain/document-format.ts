/**
 * Document formats the queue accepts and forwards unchanged (`document-format-supported`).
 * `application/octet-stream` means "find out": see {@link sniffFormat}.
 */
export const ACCEPTED_FORMATS = [
  'application/octet-stream',
  'application/pdf',
  'application/postscript',
  'application/vnd.hp-pcl',
  'image/jpeg',
  'image/pwg-raster',
  'image/urf',
] as const;

const SIGNATURES: readonly [string, Buffer][] = [
  ['application/pdf', Buffer.from('%PDF-')],
  ['application/postscript', Buffer.from('%!')],
  ['application/vnd.hp-pcl', Buffer.from('\x1b%-12345X')], // PJL/UEL, followed by PCL, PS or PDF
  ['application/vnd.hp-pcl', Buffer.from('\x1bE')],
  ['image/pwg-raster', Buffer.from('RaS2')],
  ['image/urf', Buffer.from('UNIRAST\0')],
  ['image/jpeg', Buffer.from([0xff, 0xd8, 0xff])],
];

/** Names the format of a document from its first bytes; `application/octet-stream` when unknown. */
export function sniffFormat(head: Buffer): string {
  for (const [format, magic] of SIGNATURES) {
    if (head.length >= magic.length && head.subarray(0, magic.length).equals(magic)) return format;
  }
  return 'application/octet-stream';
}

/** The format a job is stored under: what the client declared, or what the bytes say when it did not say. */
export function resolveFormat(declared: string | undefined, head: Buffer): string {
  if (!declared || declared === 'application/octet-stream') return sniffFormat(head);
  return declared;
}

export const isAcceptedFormat = (format: string): boolean =>
  (ACCEPTED_FORMATS as readonly string[]).includes(format);
