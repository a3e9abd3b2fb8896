import fs from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';
import type { SimJob } from '../printer';

/** PDFs larger than this are counted as one page: pdf-lib reads the whole file. @default 64 MiB */
const MAX_PDF_PARSE_BYTES = 64 * 1024 * 1024;

/**
 * Impressions a completed job put on paper (STANDARDS.md §4): ceil(pages / number-up) per copy, times
 * copies. Two-sided printing does not matter: an impression is one side. Pages come from the PDF's page
 * tree through a real parser; a document that is not a readable PDF counts as one page.
 */
export async function impressionsOf(job: SimJob): Promise<number> {
  const pages = await pageCount(job);
  const perCopy = Math.ceil(pages / Math.max(1, job.template.numberUp));
  return perCopy * Math.max(1, job.template.copies);
}

async function pageCount(job: SimJob): Promise<number> {
  if (!job.file || job.format !== 'application/pdf' || job.size > MAX_PDF_PARSE_BYTES) return 1;
  try {
    const doc = await PDFDocument.load(await fs.readFile(job.file), {
      ignoreEncryption: true,
      updateMetadata: false,
    });
    return Math.max(1, doc.getPageCount());
  } catch {
    return 1;
  }
}
