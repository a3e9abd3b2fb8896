import { randomUUID } from 'node:crypto';
import { A, GroupTag, groupOf, isSuccess, Operation } from '@quire/protocol/ipp';
import { makePdf } from '../support/pdf';
import { type BenchContext, size } from './lib/context';
import { startCups } from './lib/cups';
import { IppClient } from './lib/ipp-client';
import { startPrinter } from './lib/printer';
import { type Arrival, type PrinterTap, startPrinterTap } from './lib/printer-tap';
import { addPrinter, seedBenchUser, startQuire } from './lib/quire';
import { fmt, ms, type Row } from './lib/report';
import { distribution, median, now } from './lib/stats';
import { TimedPanel } from './lib/timed-panel';

const BENCH = '2. Release latency';

interface Sample {
  firstByte: number;
  completed: number;
  /** Release to the first request of any kind at the printer. */
  firstContact: number;
  /** The operations the printer received up to the document, in order. */
  sequence: string[];
}

const OPERATION_NAMES: Record<number, string> = {
  [Operation.PrintJob]: 'Print-Job',
  [Operation.ValidateJob]: 'Validate-Job',
  [Operation.CreateJob]: 'Create-Job',
  [Operation.SendDocument]: 'Send-Document',
  [Operation.GetJobAttributes]: 'Get-Job-Attributes',
  [Operation.GetJobs]: 'Get-Jobs',
  [Operation.GetPrinterAttributes]: 'Get-Printer-Attributes',
};

/** What the printer saw between `sentAt` and the document's first byte. */
function approach(
  tap: PrinterTap,
  sentAt: number,
  document: Arrival,
): Pick<Sample, 'firstContact' | 'sequence'> {
  const before = tap.requests.filter((r) => r.firstByte > sentAt && r.firstByte <= document.firstByte);
  return {
    firstContact: (before[0]?.firstByte ?? document.firstByte) - sentAt,
    sequence: before.map((r) => OPERATION_NAMES[r.operation] ?? `0x${r.operation.toString(16)}`),
  };
}

/**
 * Issue 7 §2: one held job released at a time, to the same ippeveprinter behind the same printer tap
 * (lib/printer-tap.ts), alternating Quire and CUPS sample by sample.
 * - Quire: from the panel's `release` frame leaving the WebSocket client to the first byte of the
 *   Print-Job at the printer, and to the panel receiving the job-event `printed`.
 * - CUPS: from the Release-Job request leaving the same IPP client to the first byte of the document
 *   request (Print-Job or Send-Document) the `ipp` backend sends, and to CUPS reporting job-state
 *   completed (Get-Job-Attributes every 5 ms).
 */
export async function benchRelease(ctx: BenchContext): Promise<Row[]> {
  const samples = size(ctx, 40, 6);
  const warmUp = 2;
  const printer = await startPrinter('BenchPrinter');
  const tap = await startPrinterTap(printer.uri);
  const quire = await startQuire();
  const cups = await startCups(tap.uri);
  const client = new IppClient(1);
  const pdf = await makePdf(1, 'Quire release benchmark');
  try {
    const { user, badge } = await seedBenchUser(quire);
    await addPrinter(quire, 'bench-printer', tap.uri);
    const total = samples + warmUp;
    const cupsJobs: number[] = [];
    for (let i = 0; i < total; i++) {
      await client.printJob(quire.ippUri, user, `release ${i}`, { bytes: pdf });
      cupsJobs.push(await client.printJob(cups.queueUri, user, `release ${i}`, { bytes: pdf }));
    }
    const panel = await TimedPanel.at(quire.url, 'bench-printer');
    await panel.request({ type: 'sign-in', badge }, 'signed-in');
    const list = await panel.waitFor((m) => m.type === 'jobs');
    const quireJobs = list.message.type === 'jobs' ? list.message.own.map((j) => j.id) : [];
    if (quireJobs.length !== total)
      throw new Error(`expected ${total} held jobs, the panel lists ${quireJobs.length}`);

    const ours: Sample[] = [];
    const theirs: Sample[] = [];
    for (let i = 0; i < total; i++) {
      const a = await releaseQuire(panel, tap, quireJobs[i]!);
      const b = await releaseCups(client, cups.queueUri, tap, user, cupsJobs[i]!);
      if (i >= warmUp) {
        ours.push(a);
        theirs.push(b);
      }
    }
    panel.close();
    const first = [
      distribution(ours.map((s) => s.firstByte)),
      distribution(theirs.map((s) => s.firstByte)),
    ] as const;
    const done = [
      distribution(ours.map((s) => s.completed)),
      distribution(theirs.map((s) => s.completed)),
    ] as const;
    ctx.log(`release first byte: quire ${ms(first[0])}, cups ${ms(first[1])}`);
    ctx.log(`release completed: quire ${ms(done[0])}, cups ${ms(done[1])}`);
    const printed = (await printer.received()).length;
    if (printed < 2 * total) throw new Error(`the printer finished ${printed} of ${2 * total} documents`);
    return [
      {
        bench: BENCH,
        what: `release → first byte of the document at the printer, p50 / p95 (${samples} jobs each)`,
        quire: ms(first[0]),
        cups: ms(first[1]),
        ratio: `p95 ${fmt(first[0].p95 / first[1].p95, 2)}x`,
        target: 'p95 ≤ 0.5x CUPS',
        met: first[0].p95 <= first[1].p95 / 2,
      },
      {
        bench: BENCH,
        what: 'where the time goes, p50: release → first request of any kind at the printer; the requests up to the document',
        quire: `${fmt(median(ours.map((x) => x.firstContact)), 1)} ms; ${sequenceOf(ours)}`,
        cups: `${fmt(median(theirs.map((x) => x.firstContact)), 1)} ms; ${sequenceOf(theirs)}`,
      },
      {
        bench: BENCH,
        what: 'release → printer job completed, p50 / p95 (Quire: panel gets `printed`; CUPS: job-state completed)',
        quire: ms(done[0], 0),
        cups: ms(done[1], 0),
        ratio: `p95 ${fmt(done[0].p95 / done[1].p95, 2)}x`,
      },
    ];
  } finally {
    client.close();
  }
}

async function releaseQuire(panel: TimedPanel, tap: PrinterTap, jobId: number): Promise<Sample> {
  const releaseId = randomUUID();
  const { id, sentAt } = panel.send({ type: 'release', releaseId, jobIds: [jobId], keep: false });
  const accepted = await panel.waitFor((m) => 'id' in m && m.id === id, 30_000, sentAt);
  if (accepted.message.type !== 'release-accepted' || accepted.message.jobIds.length !== 1)
    throw new Error(`release refused: ${JSON.stringify(accepted.message)}`);
  const arrival = await tap.waitForDocument(sentAt);
  const end = await panel.waitFor(
    (m) =>
      m.type === 'job-event' && m.releaseId === releaseId && (m.event === 'printed' || m.event === 'failed'),
    60_000,
    sentAt,
  );
  if (end.message.type === 'job-event' && end.message.event === 'failed')
    throw new Error(`release failed: ${JSON.stringify(end.message.error)}`);
  panel.forget();
  return {
    firstByte: arrival.firstByte - sentAt,
    completed: end.at - sentAt,
    ...approach(tap, sentAt, arrival),
  };
}

async function releaseCups(
  client: IppClient,
  queueUri: string,
  tap: PrinterTap,
  user: string,
  jobId: number,
): Promise<Sample> {
  const sentAt = now();
  const answer = await client.send(queueUri, Operation.ReleaseJob, [
    A.integer('job-id', jobId),
    A.name('requesting-user-name', user),
  ]);
  if (!isSuccess(answer.code)) throw new Error(`CUPS Release-Job: status 0x${answer.code.toString(16)}`);
  const arrival = await tap.waitForDocument(sentAt);
  const deadline = Date.now() + 60_000;
  for (;;) {
    const state = await client.send(queueUri, Operation.GetJobAttributes, [
      A.integer('job-id', jobId),
      A.name('requesting-user-name', user),
      A.keyword('requested-attributes', 'job-state'),
    ]);
    const jobState = groupOf(state, GroupTag.job).int('job-state');
    if (jobState === 9)
      return {
        firstByte: arrival.firstByte - sentAt,
        completed: now() - sentAt,
        ...approach(tap, sentAt, arrival),
      };
    if (jobState === 7 || jobState === 8) throw new Error(`CUPS job ${jobId} ended in state ${jobState}`);
    if (Date.now() > deadline) throw new Error(`CUPS job ${jobId} did not complete within 60 s`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** The most common sequence of operations before the document, e.g. `Get-Printer-Attributes → Print-Job`. */
function sequenceOf(samples: readonly Sample[]): string {
  const counts = new Map<string, number>();
  for (const s of samples) {
    const key = [...s.sequence, '(document)'].join(' → ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [top, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['?', 0];
  return n === samples.length ? top : `${top} (${n} of ${samples.length})`;
}
