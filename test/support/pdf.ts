import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';

/** A real PDF of `pages` A4 pages, each saying its number (and `label`). */
export async function makePdf(pages: number, label = 'Quire test'): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++) {
    const page = doc.addPage([595.28, 841.89]);
    page.drawText(`${label} - page ${i} of ${pages}`, { x: 72, y: 760, size: 18, font, color: rgb(0, 0, 0) });
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}
