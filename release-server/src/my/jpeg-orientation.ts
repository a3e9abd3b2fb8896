/**
 * The EXIF orientation of a JPEG (CIPA DC-008 §4.6.4, tag 0x0112): how the stored pixels must be turned
 * to be seen upright. Phones store photos as the sensor saw them and set this tag, so a portrait photo
 * printed without it comes out on its side. 1 when absent or unreadable.
 */
export function jpegOrientation(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let i = 2; // after SOI
  while (i + 4 <= bytes.length) {
    if (bytes[i] !== 0xff) return 1;
    const marker = bytes[i + 1]!;
    if (marker === 0xff) {
      i += 1; // fill byte (ITU T.81 §B.1.1.2)
      continue;
    }
    // Start of scan or end of image: the headers are over.
    if (marker === 0xda || marker === 0xd9) return 1;
    const length = view.getUint16(i + 2);
    const app1 = i + 4;
    if (marker === 0xe1 && length >= 16 && ascii(bytes, app1, 6) === 'Exif\0\0') {
      return tiffOrientation(view, app1 + 6, Math.min(i + 2 + length, bytes.length));
    }
    i += 2 + length;
  }
  return 1;
}

function ascii(bytes: Uint8Array, at: number, n: number): string {
  return String.fromCharCode(...bytes.subarray(at, at + n));
}

/** Tag 0x0112 of IFD0 in the TIFF structure at [start, end) (TIFF 6.0 §2). */
function tiffOrientation(view: DataView, start: number, end: number): number {
  if (start + 8 > end) return 1;
  const order = view.getUint16(start);
  if (order !== 0x4949 && order !== 0x4d4d) return 1;
  const little = order === 0x4949;
  const u16 = (at: number) => view.getUint16(at, little);
  if (u16(start + 2) !== 42) return 1;
  const ifd = start + view.getUint32(start + 4, little);
  if (ifd + 2 > end) return 1;
  const count = u16(ifd);
  for (let n = 0; n < count; n++) {
    const entry = ifd + 2 + n * 12;
    if (entry + 12 > end) return 1;
    // A SHORT (type 3) with count 1 sits in the first two bytes of the value field.
    if (u16(entry) === 0x0112 && u16(entry + 2) === 3) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? value : 1;
    }
  }
  return 1;
}
