import fs from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';

/**
 * PDFs larger than this are not parsed at ingest: pdf-lib reads the whole file into memory, and memory
 * must not grow with document size (PRODUCT.md §12). Their page count stays unknown.
 * @default 64 MiB
 */
export const MAX_PDF_PARSE_BYTES = 64 * 1024 * 1024;

/**
 * Page count of a spooled PDF from the `/Count` of its page tree, through a real parser (STANDARDS.md
 * §4), never a byte search. Reads the file unless its bytes are already in memory. Returns null for an
 * unreadable or too-large document.
 */
export async function countPdfPages(
  file: string,
  size: number,
  bytes: Buffer | null = null,
): Promise<number | null> {
  if (size > MAX_PDF_PARSE_BYTES) return null;
  try {
    const doc = await PDFDocument.load(bytes ?? (await fs.readFile(file)), {
      ignoreEncryption: true,
      updateMetadata: false,
    });
    return doc.getPageCount();
  } catch {
    return null;
  }
}
