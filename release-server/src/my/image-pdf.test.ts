import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDocument, PDFName, type PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { makePng, SAMPLE_JPEG, withExifOrientation } from '../../../test/support/images';
import { imageToPdf, pngSize } from './image-pdf';

const MAX = 25_000_000;

async function page(pdf: Uint8Array) {
  const doc = await PDFDocument.load(pdf);
  expect(doc.getPageCount()).toBe(1);
  const { width, height } = doc.getPage(0).getSize();
  return { width: Math.round(width), height: Math.round(height), title: doc.getTitle() };
}

/** Where the image's unit square lands on the page: the product of the `cm` operators before `Do`. */
async function drawMatrix(pdf: Uint8Array): Promise<number[]> {
  const doc = await PDFDocument.load(pdf);
  const contents = doc.getPage(0).node.Contents();
  const stream = (
    contents instanceof PDFArray ? doc.context.lookup(contents.get(0)) : contents
  ) as PDFRawStream;
  const text = inflateSync(stream.getContents()).toString('latin1');
  const cms = [...text.matchAll(/([-\d. ]+) cm/g)].map((m) => m[1]!.trim().split(/\s+/).map(Number));
  // translate, rotate, (skew), scale: the product is where the unit square of the image lands.
  let m = [1, 0, 0, 1, 0, 0];
  for (const [a, b, c, d, e, f] of cms as number[][])
    m = [
      a! * m[0]! + b! * m[2]!,
      a! * m[1]! + b! * m[3]!,
      c! * m[0]! + d! * m[2]!,
      c! * m[1]! + d! * m[3]!,
      e! * m[0]! + f! * m[2]! + m[4]!,
      e! * m[1]! + f! * m[3]! + m[5]!,
    ];
  return m.map((v) => Math.round(v) || 0);
}

describe('imageToPdf', () => {
  it('puts a small JPEG on one A4 page at its size (96 dpi), centred, titled with its name', async () => {
    const pdf = await imageToPdf(SAMPLE_JPEG, 'image/jpeg', 'photo.jpg', MAX);
    expect(await page(pdf)).toEqual({ width: 842, height: 595, title: 'photo.jpg' });
    // 32 x 24 px at 96 dpi is 24 x 18 pt, centred on landscape A4.
    expect(await drawMatrix(pdf)).toEqual([24, 0, 0, 18, 409, 289]);
  });

  it('shrinks a large PNG to fit inside the margins, portrait when it is taller than wide', async () => {
    const pdf = await imageToPdf(makePng(1000, 2000), 'image/png', 'scan.png', MAX);
    expect(await page(pdf)).toMatchObject({ width: 595, height: 842 });
    // Limited by the height: 842 - 36 = 806 pt tall, 403 pt wide.
    const [a, , , d] = await drawMatrix(pdf);
    expect([a, d]).toEqual([403, 806]);
  });

  it('keeps a PNG with transparency', async () => {
    const pdf = await imageToPdf(makePng(40, 30, { alpha: true }), 'image/png', 'a.png', MAX);
    const doc = await PDFDocument.load(pdf);
    const images = doc.context
      .enumerateIndirectObjects()
      .map(([, o]) => (o as { dict?: { get(n: PDFName): unknown } }).dict)
      .filter((d) => d?.get(PDFName.of('Subtype')) === PDFName.of('Image'));
    expect(images.some((d) => d!.get(PDFName.of('SMask')) !== undefined)).toBe(true);
  });

  it.each([
    [6, [0, -24, 18, 0, 289, 433]],
    [8, [0, 24, -18, 0, 307, 409]],
    [3, [-24, 0, 0, -18, 433, 307]],
  ])('turns a JPEG with EXIF orientation %i upright', async (orientation, matrix) => {
    const pdf = await imageToPdf(withExifOrientation(SAMPLE_JPEG, orientation), 'image/jpeg', 'p.jpg', MAX);
    // 6 and 8: stored 32 x 24, seen 24 x 32, so the page is portrait. The stored first row (v = 1 in
    // the image's unit square) lands on the right for 6, on the left for 8, at the bottom for 3.
    expect((await page(pdf)).width).toBe(orientation === 3 ? 842 : 595);
    expect(await drawMatrix(pdf)).toEqual(matrix);
  });

  it('refuses a PNG with more pixels than allowed before decoding it', async () => {
    await expect(imageToPdf(makePng(100, 100), 'image/png', 'big.png', 9_999)).rejects.toMatchObject({
      code: 'payload-too-large',
      message:
        'This image is 100 x 100 pixels; a PNG may have at most 0.009999 million. Make it smaller, or send it as a PDF or JPEG.',
    });
  });

  it.each([
    ['a truncated JPEG', SAMPLE_JPEG.subarray(0, 40), 'image/jpeg'],
    ['a PNG without IHDR', makePng(2, 2).subarray(0, 12), 'image/png'],
    [
      'a PNG with broken pixels',
      Buffer.concat([makePng(4, 4).subarray(0, 40), Buffer.alloc(20)]),
      'image/png',
    ],
  ] as const)('refuses %s in words', async (_, bytes, type) => {
    await expect(imageToPdf(bytes, type, 'x', MAX)).rejects.toMatchObject({
      code: 'format-not-supported',
      message: 'This image could not be read: the file may be damaged.',
    });
  });
});

it('reads a PNG size from IHDR', () => {
  expect(pngSize(makePng(7, 5))).toEqual({ width: 7, height: 5 });
  expect(pngSize(Buffer.from('not a png at all, really not'))).toBeNull();
});
