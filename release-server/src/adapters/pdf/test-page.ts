import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';

/**
 * A one-page A4 PDF that says which printer it is, which Quire server sent it and when, so that the
 * sheet in the tray tells whoever picks it up what it was for. The same words are the document's title
 * and subject, which stay readable in the file (page content is compressed).
 */
export async function testPagePdf(p: { printer: string; server: string; at: Date }): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const when = p.at
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, ' UTC');
  doc.setTitle(`Quire test page for ${p.printer}`);
  doc.setSubject(`Sent by ${p.server} at ${when}`);
  doc.setCreator('Quire');
  const page = doc.addPage([595.28, 841.89]);
  const line = (text: string, y: number, size = 14, f = font) =>
    page.drawText(text, { x: 72, y, size, font: f, color: rgb(0, 0, 0) });
  line('Quire test page', 740, 28, bold);
  line(`Printer: ${p.printer}`, 680);
  line(`Server: ${p.server}`, 656);
  line(`Sent at: ${when}`, 632);
  line('If you can read this, the printer receives jobs from Quire.', 584, 12);
  line('Not charged, not in the print history.', 566, 12);
  // Standard fonts only cover WinAnsi: every name here is ASCII (printer names are; the host is checked).
  return doc.save({ useObjectStreams: false });
}
