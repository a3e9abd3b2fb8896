import fs from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { makePdf } from '../../../../test/support/pdf';
import { tempDir } from '../../../../test/support/process';
import { MAX_PDF_PARSE_BYTES, PageCounter } from './page-count';

describe('PageCounter', () => {
  const counters: PageCounter[] = [];
  const counter = (options?: ConstructorParameters<typeof PageCounter>[0]) => {
    const made = new PageCounter(options);
    counters.push(made);
    return made;
  };
  afterEach(async () => {
    await Promise.all(counters.splice(0).map((c) => c.close()));
  });

  it('counts the pages of a PDF in memory and of one on disk', async () => {
    const pdf = await makePdf(7);
    const file = path.join(await tempDir('page-count'), 'seven.pdf');
    await fs.writeFile(file, pdf);
    const pages = counter();
    expect(await pages.count('/nonexistent', pdf.length, pdf)).toBe(7);
    expect(await pages.count(file, pdf.length)).toBe(7);
  });

  it('counts a PDF whose page tree is in compressed object streams', async () => {
    const doc = await PDFDocument.create();
    for (let i = 0; i < 12; i++) doc.addPage();
    const pdf = Buffer.from(await doc.save({ useObjectStreams: true }));
    expect(await counter().count('', pdf.length, pdf)).toBe(12);
  });

  it('answers many documents at once, each with its own count, through one worker', async () => {
    const pdfs = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => makePdf(n)));
    const pages = counter({ workers: 1 });
    expect(await Promise.all(pdfs.map((pdf) => pages.count('', pdf.length, pdf)))).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
  });

  it('leaves the caller’s buffer whole (the worker gets a copy)', async () => {
    const pdf = await makePdf(2);
    const before = Buffer.from(pdf);
    await counter().count('', pdf.length, pdf);
    expect(pdf.equals(before)).toBe(true);
  });

  it('gives null for what is not a PDF, a missing file, and a document over the parse limit', async () => {
    const given: string[] = [];
    const pages = counter({ onGiveUp: (_file, why) => given.push(why) });
    const junk = Buffer.from('%PDF-1.7\nthis is not a page tree\n%%EOF\n');
    expect(await pages.count('', junk.length, junk)).toBeNull();
    expect(await pages.count('/nonexistent/document.pdf', 1000)).toBeNull();
    const pdf = await makePdf(1);
    expect(await pages.count('', MAX_PDF_PARSE_BYTES + 1, pdf)).toBeNull();
    // The worker survived all three, and none of them is a failure to report.
    expect(await pages.count('', pdf.length, pdf)).toBe(1);
    expect(given).toEqual([]);
  });

  it('gives up a parse that takes longer than its time limit, and stops that worker', async () => {
    // Starting a worker and loading pdf-lib takes far longer than 1 ms.
    const given: string[] = [];
    const pages = counter({
      workers: 1,
      timeoutMs: 1,
      onGiveUp: (file, why) => given.push(`${file}: ${why}`),
    });
    const pdf = await makePdf(3);
    expect(await pages.count('a.pdf', pdf.length, pdf)).toBeNull();
    expect(await pages.count('b.pdf', pdf.length, pdf)).toBeNull();
    expect(given).toEqual(['a.pdf: no count after 1 ms', 'b.pdf: no count after 1 ms']);
  });

  it('gives null when a worker runs out of memory, and the next document gets a new worker', async () => {
    const pdf = await makePdf(3);
    // Too little heap to load pdf-lib: the worker dies, as one parsing a crafted PDF would.
    const given: string[] = [];
    const starved = counter({ workers: 1, maxHeapMb: 1, onGiveUp: (_file, why) => given.push(why) });
    const answers = await Promise.all([pdf, pdf].map((doc) => starved.count('', doc.length, doc)));
    expect(answers).toEqual([null, null]);
    expect(given).toHaveLength(2);
    expect(given[0]).toMatch(/^page count worker (failed|stopped)/);
  });

  it('gives null, and goes on, when no worker can be started (the machine is out of threads)', async () => {
    const given: string[] = [];
    class NoThreads extends PageCounter {
      protected override spawn(): never {
        throw new Error('uv_thread_create: EAGAIN');
      }
    }
    const pages = new NoThreads({ workers: 1, onGiveUp: (file, why) => given.push(`${file}: ${why}`) });
    counters.push(pages);
    const pdf = await makePdf(1);
    expect(await Promise.all(['a', 'b', 'c'].map((f) => pages.count(f, pdf.length, pdf)))).toEqual([
      null,
      null,
      null,
    ]);
    expect(given).toEqual(
      ['a', 'b', 'c'].map((f) => `${f}: page count worker could not start: uv_thread_create: EAGAIN`),
    );
  });

  it('answers null once closed, for documents waiting and documents asked for later', async () => {
    const pdf = await makePdf(1);
    const pages = counter({ workers: 1 });
    const waiting = [pages.count('', pdf.length, pdf), pages.count('', pdf.length, pdf)];
    await pages.close();
    expect(await Promise.all(waiting)).toEqual([null, null]);
    expect(await pages.count('', pdf.length, pdf)).toBeNull();
  });
});
