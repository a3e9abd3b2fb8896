import { AppError } from '@quire/protocol';
import { degrees, PDFDocument, type PDFImage } from 'pdf-lib';
import { jpegOrientation } from './jpeg-orientation';

export type ImageType = 'image/jpeg' | 'image/png';

/** A4 portrait, in PDF points: the paper Quire's printers load by default. */
const A4: readonly [number, number] = [595.28, 841.89];
/** A quarter inch on every side: inside the area most printers can reach. */
const MARGIN = 18;
/** An image with no better idea of its size is 96 pixels per inch, as a browser shows it. */
const POINTS_PER_PIXEL = 72 / 96;

/** Width and height from a PNG's IHDR chunk (ISO 15948 §11.2.2), or null when it has none. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24 || String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const unreadable = () =>
  new AppError('format-not-supported', 'This image could not be read: the file may be damaged.');

/**
 * One page of PDF holding the image (PRODUCT.md §3.2): upright (a JPEG's EXIF orientation is applied;
 * mirrored orientations are turned, not mirrored), portrait or landscape as the image is, at its size at
 * 96 dpi or shrunk to fit A4 inside a quarter-inch margin, centred. A PNG's pixels are decoded in memory,
 * so a PNG over `maxPixels` is refused before anything is decoded; a JPEG is embedded as it is.
 */
export async function imageToPdf(
  bytes: Uint8Array,
  type: ImageType,
  title: string,
  maxPixels: number,
): Promise<Uint8Array> {
  if (type === 'image/png') {
    const size = pngSize(bytes);
    if (!size) throw unreadable();
    if (size.width * size.height > maxPixels) {
      throw new AppError(
        'payload-too-large',
        `This image is ${size.width} x ${size.height} pixels; a PNG may have at most ${maxPixels / 1e6} million. Make it smaller, or send it as a PDF or JPEG.`,
      );
    }
  }
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setProducer('Quire');
  // pdf-lib reads `bytes.buffer` from offset 0: a Buffer cut from Node's shared pool must be copied out first.
  const own =
    bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
  let image: PDFImage;
  try {
    image = type === 'image/jpeg' ? await doc.embedJpg(own) : await doc.embedPng(own);
  } catch {
    throw unreadable();
  }
  const orientation = type === 'image/jpeg' ? jpegOrientation(bytes) : 1;
  const turned = orientation >= 5; // 5-8: the stored rows are columns on paper
  const w = (turned ? image.height : image.width) * POINTS_PER_PIXEL;
  const h = (turned ? image.width : image.height) * POINTS_PER_PIXEL;
  const [pw, ph] = w > h ? [A4[1], A4[0]] : A4;
  const scale = Math.min(1, (pw - 2 * MARGIN) / w, (ph - 2 * MARGIN) / h);
  const box = { x: (pw - w * scale) / 2, y: (ph - h * scale) / 2, w: w * scale, h: h * scale };
  doc.addPage([pw, ph]).drawImage(image, placement(orientation, box));
  return doc.save();
}

/**
 * Where to draw the stored image so that it fills `box` upright. pdf-lib turns an image counter-clockwise
 * about its lower-left corner (x, y), so each turn moves that corner to where the stored first pixel ends up.
 */
function placement(orientation: number, box: { x: number; y: number; w: number; h: number }) {
  switch (orientation) {
    case 3:
    case 4:
      return { x: box.x + box.w, y: box.y + box.h, width: box.w, height: box.h, rotate: degrees(180) };
    case 5:
    case 6:
      return { x: box.x, y: box.y + box.h, width: box.h, height: box.w, rotate: degrees(-90) };
    case 7:
    case 8:
      return { x: box.x + box.w, y: box.y, width: box.h, height: box.w, rotate: degrees(90) };
    default:
      return { x: box.x, y: box.y, width: box.w, height: box.h };
  }
}
