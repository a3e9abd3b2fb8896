// @ts-check
// The page count of one PDF at a time, off the server's main thread (see page-count.ts). Plain
// JavaScript so that it runs as it is under tsx, vitest and node alike, with no loader in the worker.
import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import pdfLib from 'pdf-lib';

const { PDFDocument, ParseSpeeds } = pdfLib;

parentPort?.on('message', async (/** @type {{ file: string, bytes: Uint8Array | null }} */ task) => {
  /** @type {number | null} */
  let pages = null;
  try {
    // The /Count of the root /Pages node through pdf-lib's parser (STANDARDS.md §4). Nothing else runs
    // on this thread, so the parser need not pause between objects (ParseSpeeds.Fastest).
    const doc = await PDFDocument.load(task.bytes ?? (await readFile(task.file)), {
      ignoreEncryption: true,
      updateMetadata: false,
      parseSpeed: ParseSpeeds.Fastest,
    });
    pages = doc.getPageCount();
  } catch {
    pages = null;
  }
  parentPort?.postMessage(pages);
});
