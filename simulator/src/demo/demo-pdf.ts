import fs from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';

const A4: [number, number] = [595.28, 841.89];

/**
 * Writes the demo document (two A4 pages: a welcome text, then colour bars so colour and black-and-white
 * output can be told apart) to `file`, unless it is already there. Written to a temporary name and
 * renamed, so a half-written file never looks finished.
 */
export async function ensureDemoPdf(file: string): Promise<void> {
  try {
    await fs.access(file);
    return;
  } catch {
    // not there yet
  }
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(tmp, await demoPdf());
  await fs.rename(tmp, file);
}

export async function demoPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle('Welcome to Quire');
  doc.setCreator('Quire demo');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);

  const text = doc.addPage(A4);
  text.drawText('Welcome to Quire', { x: 72, y: 740, size: 32, font: bold, color: rgb(0.1, 0.2, 0.45) });
  const lines = [
    'This document waited on the print server until its owner tapped a badge at a printer.',
    '',
    '1. Print to the Quire queue from any computer (IPP).',
    '2. Walk to any printer and tap your badge on the reader.',
    '3. Choose your jobs, change copies, colour or sides, and press Print.',
    '',
    'Nothing comes out until you are there: no forgotten pages in the tray.',
  ];
  lines.forEach((line, i) => {
    text.drawText(line, { x: 72, y: 690 - i * 22, size: 13, font, color: rgb(0.15, 0.15, 0.15) });
  });

  const bars = doc.addPage(A4);
  bars.drawText('Colour test', { x: 72, y: 760, size: 20, font: bold });
  const colours = [rgb(0, 0.6, 0.85), rgb(0.85, 0.1, 0.5), rgb(1, 0.85, 0), rgb(0, 0, 0)];
  colours.forEach((color, i) => {
    bars.drawRectangle({ x: 72 + i * 115, y: 560, width: 100, height: 160, color });
  });
  bars.drawText('Cyan, magenta, yellow, black.', { x: 72, y: 530, size: 12, font });
  return doc.save({ useObjectStreams: false });
}
