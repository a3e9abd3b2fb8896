import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { tempDir } from '../support/process';
import { track } from './lib/cleanup';
import { type BenchContext, size } from './lib/context';
import { IppClient } from './lib/ipp-client';
import { startPrinter } from './lib/printer';
import { startPrinterTap } from './lib/printer-tap';
import { addPrinter, seedBenchUser, startQuire } from './lib/quire';
import { fmt, type Row } from './lib/report';
import { MiB, memoryOf, sampleRss } from './lib/rss';
import { now } from './lib/stats';
import { TimedPanel } from './lib/timed-panel';

const BENCH = '5. Large document';

/**
 * Issue 7 §5: one 1 GiB document (a PDF header, then filler: too large for the server to parse, as
 * any PDF over 64 MiB) sent with Print-Job from the keep-alive client, streamed from disk, then
 * released from a panel to ippeveprinter. The server's resident memory is polled every 20 ms
 * (/proc/<pid>/status VmRSS) and its peak (VmHWM) read at the end; the growth is the peak minus the
 * resident memory just before the upload, the server idle and warm.
 */
export async function benchLargeDocument(ctx: BenchContext): Promise<Row[]> {
  const bytes = size(ctx, 1024, 256) * MiB;
  const dir = await tempDir('large');
  track('large document', () => fs.rm(dir, { recursive: true, force: true }), { dirs: [dir] });
  const file = path.join(dir, 'large.pdf');
  await writeLargePdf(file, bytes);
  const printer = await startPrinter('LargePrinter');
  const tap = await startPrinterTap(printer.uri);
  const quire = await startQuire();
  const pid = quire.process.child.pid!;
  const client = new IppClient(1);
  try {
    const { user, badge } = await seedBenchUser(quire);
    await addPrinter(quire, 'large-printer', tap.uri);
    const panel = await TimedPanel.at(quire.url, 'large-printer');
    await new Promise((r) => setTimeout(r, 1000));
    const baseline = await memoryOf(pid);

    const ingestSampler = sampleRss(pid);
    let t = now();
    await client.printJob(quire.ippUri, user, 'Large document.pdf', { file, length: bytes });
    const ingestSeconds = (now() - t) / 1000;
    const ingestPeak = (await ingestSampler.stop()).peak;

    await panel.request({ type: 'sign-in', badge }, 'signed-in');
    const list = await panel.waitFor((m) => m.type === 'jobs');
    const jobId = list.message.type === 'jobs' ? list.message.own[0]?.id : undefined;
    if (jobId === undefined) throw new Error('the large job is not in the list');
    const releaseSampler = sampleRss(pid);
    const releaseId = randomUUID();
    t = now();
    await panel.request({ type: 'release', releaseId, jobIds: [jobId], keep: false }, 'release-accepted');
    const end = await panel.waitFor(
      (m) =>
        m.type === 'job-event' &&
        m.releaseId === releaseId &&
        (m.event === 'printed' || m.event === 'failed'),
      600_000,
    );
    const releaseSeconds = (now() - t) / 1000;
    const releasePeak = (await releaseSampler.stop()).peak;
    panel.close();
    if (end.message.type === 'job-event' && end.message.event === 'failed')
      throw new Error(`the large job failed: ${JSON.stringify(end.message.error)}`);
    const arrival = await tap.waitForDocument(t);
    if (arrival.bytes < bytes) throw new Error(`the printer received ${arrival.bytes} of ${bytes} bytes`);

    const { hwm } = await memoryOf(pid);
    // VmHWM catches a spike between two polls, but only when it rose past its value before the upload.
    const peak = Math.max(ingestPeak, releasePeak, hwm > baseline.hwm ? hwm : 0);
    const growth = peak - baseline.rss;
    const mibs = (s: number) => fmt(bytes / MiB / s);
    ctx.log(
      `large document: ingest ${fmt(ingestSeconds, 1)} s (peak +${fmt((ingestPeak - baseline.rss) / MiB)} MiB), ` +
        `release ${fmt(releaseSeconds, 1)} s (peak +${fmt((releasePeak - baseline.rss) / MiB)} MiB), VmHWM ${fmt(hwm / MiB)} MiB`,
    );
    return [
      {
        bench: BENCH,
        what: `${fmt(bytes / MiB)} MiB document ingested then released: peak server memory growth`,
        quire:
          `${fmt(growth / MiB, 1)} MiB (RSS ${fmt(baseline.rss / MiB)} MiB before; ingest ${fmt(ingestSeconds, 1)} s = ${mibs(ingestSeconds)} MiB/s, ` +
          `peak +${fmt((ingestPeak - baseline.rss) / MiB, 1)}; release to printed ${fmt(releaseSeconds, 1)} s, peak +${fmt((releasePeak - baseline.rss) / MiB, 1)})`,
        target: '< 64 MiB',
        met: growth < 64 * MiB,
      },
    ];
  } finally {
    client.close();
  }
}

/** A file of `bytes` that starts and ends like a PDF, written in 8 MiB blocks. */
async function writeLargePdf(file: string, bytes: number): Promise<void> {
  const head = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1');
  const tail = Buffer.from('\n%%EOF\n');
  const block = Buffer.alloc(8 * MiB, '% Quire large document benchmark filler line.\n');
  const handle = await fs.open(file, 'w');
  try {
    await handle.write(head);
    let left = bytes - head.length - tail.length;
    while (left > 0) {
      const n = Math.min(left, block.length);
      await handle.write(block, 0, n);
      left -= n;
    }
    await handle.write(tail);
  } finally {
    await handle.close();
  }
}
