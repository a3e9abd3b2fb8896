import fs from 'node:fs/promises';
import { makePdf } from '../support/pdf';
import { start, waitForOutput } from '../support/process';
import { track } from './lib/cleanup';
import { type BenchContext, size } from './lib/context';
import { badgeOf, buildDataset, DATASET_PRINTER, DATASET_USERS, makeTemplate } from './lib/dataset';
import { connectInspector, INSPECT_ENV, type Inspector } from './lib/inspector';
import { startPrinter } from './lib/printer';
import { startQuire } from './lib/quire';
import { fmt, ms, type Row } from './lib/report';
import { MiB, memoryOf } from './lib/rss';
import { distribution, median, seededRandom } from './lib/stats';
import { signInToList, TimedPanel } from './lib/timed-panel';

const BENCH = '4. Concurrent panels';
const JOBS = 1_000_000;

/**
 * Issue 7 §4: `sessions` panel WebSockets open at once on one server process, each signed in as a
 * different user of the 1,000,000-job dataset (100 held jobs each), opened by a separate load process
 * (panel-load.ts) from 200 loopback addresses, as panels each come from their own (the server limits
 * sign-in attempts per printer and address). Memory per session is the server's resident memory (VmRSS) with every session
 * signed in minus before any was opened, divided by the sessions, both read after a full garbage
 * collection asked for through the server's inspector (lib/inspector.ts), so that garbage is not
 * counted; the growth before that collection is shown too. List latency under load is measured as in
 * benchmark 3, from this process, while the sessions stay open.
 */
export async function benchPanels(ctx: BenchContext): Promise<Row[]> {
  const sessions = size(ctx, 5000, 1000);
  const samples = size(ctx, 300, 40);
  const printer = await startPrinter('PanelsPrinter');
  const template = await makeTemplate(printer.uri, await makePdf(2, 'Quire panels benchmark'));
  const dir = await buildDataset(template, DATASET_USERS, JOBS);
  const server = await startQuire(INSPECT_ENV, dir);
  const inspector = await connectInspector(server.process);
  const pid = server.process.child.pid!;
  const random = seededRandom(11);
  const someUser = () => sessions + 1 + Math.floor(random() * (DATASET_USERS - sessions));
  try {
    const probe = await TimedPanel.at(server.url, DATASET_PRINTER);
    for (let i = 0; i < 50; i++) await signInToList(probe, badgeOf(someUser())); // warm-up
    const idle: number[] = [];
    for (let i = 0; i < samples; i++) idle.push((await signInToList(probe, badgeOf(someUser()))).ms);
    const before = await memoryAfterGc(pid, inspector);

    const opened = Date.now();
    const load = start(process.execPath, [
      '--import',
      'tsx',
      'test/bench/panel-load.ts',
      server.url,
      DATASET_PRINTER,
      '1',
      String(sessions),
      '50',
    ]);
    track('panel load client', () => load.stop(), { pids: [load.child.pid!] });
    await waitForOutput(load, /^ready \d+$/m, 300_000);
    const openSeconds = (Date.now() - opened) / 1000;
    const beforeGc = await settledRss(pid);
    const after = await memoryAfterGc(pid, inspector);
    const perSession = (after.rss - before.rss) / sessions;
    const heapPerSession = (after.heap - before.heap) / sessions;
    const kb = (n: number) => `${fmt(n / 1024, 1)} KB`;
    ctx.log(
      `${fmt(sessions)} sessions signed in in ${fmt(openSeconds, 1)} s; RSS ${fmt(before.rss / MiB)} → ` +
        `${fmt(beforeGc / MiB)} MiB, ${fmt(after.rss / MiB)} MiB after GC; heap ${fmt(before.heap / MiB)} → ${fmt(after.heap / MiB)} MiB`,
    );

    const loaded: number[] = [];
    for (let i = 0; i < samples; i++) loaded.push((await signInToList(probe, badgeOf(someUser()))).ms);
    probe.close();
    await load.stop();
    const underLoad = distribution(loaded);
    ctx.log(`list latency: idle ${ms(distribution(idle))}, with ${fmt(sessions)} sessions ${ms(underLoad)}`);
    return [
      {
        bench: BENCH,
        what: `${fmt(sessions)} signed-in sessions on one process (1,000,000 held jobs): server RSS growth per session, after a full GC`,
        quire: `${kb(perSession)} (JS heap ${kb(heapPerSession)}; ${kb((beforeGc - before.rss) / sessions)} before GC; RSS ${fmt(before.rss / MiB)} → ${fmt(after.rss / MiB)} MiB; all signed in within ${fmt(openSeconds, 1)} s)`,
        target: '< 20 KB each',
        met: perSession < 20 * 1024,
      },
      {
        bench: BENCH,
        what: `badge sign-in → job list with ${fmt(sessions)} sessions open, p50 / p95 (${samples} users; idle server: ${ms(distribution(idle))})`,
        quire: ms(underLoad),
      },
    ];
  } finally {
    inspector.close();
    await server.stop();
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** Resident memory and V8 heap in use once a full garbage collection has run. */
async function memoryAfterGc(pid: number, inspector: Inspector): Promise<{ rss: number; heap: number }> {
  await inspector.gc();
  return { rss: await settledRss(pid), heap: await inspector.heapUsed() };
}

/** The median of five VmRSS readings taken 200 ms apart, after a second of quiet. */
async function settledRss(pid: number): Promise<number> {
  await new Promise((r) => setTimeout(r, 1000));
  const readings: number[] = [];
  for (let i = 0; i < 5; i++) {
    readings.push((await memoryOf(pid)).rss);
    await new Promise((r) => setTimeout(r, 200));
  }
  return median(readings);
}
