import fs from 'node:fs/promises';
import path from 'node:path';
import { makePdf } from '../support/pdf';
import { ROOT } from '../support/process';
import type { BenchContext } from './lib/context';
import { size } from './lib/context';
import { cpuMs } from './lib/cpu';
import { startCups } from './lib/cups';
import { measureIngestParts } from './lib/ingest-parts';
import { connectInspector, INSPECT_ENV } from './lib/inspector';
import { IppClient, printMany } from './lib/ipp-client';
import { summarize } from './lib/profile-summary';
import { seedBenchUser, startQuire } from './lib/quire';
import { fmt, type Row } from './lib/report';
import { median } from './lib/stats';
import { countSyscalls, haveStrace, SYNC_CALLS } from './lib/syscalls';

const BENCH = '1. Ingest';

interface Target {
  name: 'quire' | 'cups';
  uri: string;
  pid: number;
}

/**
 * Issue 7 §1: N Print-Job requests of the same PDF from one keep-alive client (lib/ipp-client.ts) to
 * Quire's `/ipp/print` and to a private cupsd's raw queue that holds every job. Each configuration
 * (pages x concurrency) gets a fresh server and a fresh cupsd, so both start from an empty queue and
 * hold the same number of jobs throughout; the two are measured in turn, repetition after repetition,
 * and the CPU each server used (all its threads) is read around every timed run.
 */
export async function benchIngest(ctx: BenchContext): Promise<Row[]> {
  const count = size(ctx, 2000, 200);
  const reps = size(ctx, 5, 1);
  const rows: Row[] = [];
  let syscalls: Row[] | undefined;
  const threads: string[] = [];
  for (const pages of [1, 20]) {
    const pdf = await makePdf(pages, 'Quire ingest benchmark');
    for (const concurrency of [1, 8]) {
      const quire = await startQuire();
      const cups = await startCups('ipp://127.0.0.1:9/ipp/print'); // jobs stay held: no printer needed
      const client = new IppClient(concurrency);
      try {
        const { user } = await seedBenchUser(quire);
        const targets: Target[] = [
          { name: 'quire', uri: quire.ippUri, pid: quire.process.child.pid! },
          { name: 'cups', uri: cups.queueUri, pid: cups.process.child.pid! },
        ];
        const run = (uri: string, n: number) =>
          printMany(client, { uri, user, count: n, concurrency, document: { bytes: pdf } });
        for (const t of targets) await run(t.uri, Math.min(300, count)); // warm-up: JIT, caches, connections
        const rates = { quire: [] as number[], cups: [] as number[] };
        const cpu = { quire: [] as number[], cups: [] as number[] };
        const mainThread: number[] = [];
        for (let r = 0; r < reps; r++) {
          for (const t of r % 2 === 0 ? targets : [...targets].reverse()) {
            const before = await cpuMs(t.pid);
            const { seconds } = await run(t.uri, count);
            const after = await cpuMs(t.pid);
            cpu[t.name].push((after.total - before.total) / count);
            if (t.name === 'quire') mainThread.push((after.main - before.main) / count);
            rates[t.name].push(count / seconds);
          }
        }
        const ours = median(rates.quire);
        const theirs = median(rates.cups);
        ctx.log(
          `ingest ${pages}p c${concurrency}: quire ${rates.quire.map((x) => fmt(x)).join(', ')} jobs/s; ` +
            `cups ${rates.cups.map((x) => fmt(x)).join(', ')} jobs/s`,
        );
        const cell = (all: number[], cpuPerJob: number[]) =>
          `${fmt(median(all))} jobs/s (runs ${fmt(Math.min(...all))}–${fmt(Math.max(...all))}; server CPU ${fmt(median(cpuPerJob), 2)} ms/job)`;
        rows.push({
          bench: BENCH,
          what: `${pages}-page PDF (${fmt(pdf.length / 1024, 1)} KB), concurrency ${concurrency}: median of ${reps} runs of ${fmt(count)} jobs`,
          quire: cell(rates.quire, cpu.quire),
          cups: cell(rates.cups, cpu.cups),
          ratio: `${fmt(ours / theirs, 2)}x`,
          ...(concurrency === 8 ? { target: '≥ 1x CUPS (aim 2x)', met: ours >= theirs } : {}),
        });
        if (concurrency === 8)
          threads.push(`${fmt(median(mainThread), 2)} of ${fmt(median(cpu.quire), 2)} ms (${pages}p)`);
        if (pages === 1 && concurrency === 1 && haveStrace())
          syscalls = await syscallsPerJob(client, targets, user, pdf);
        if (pages === 1 && concurrency === 8 && process.env.BENCH_PROFILE === '1')
          await profileIngest(ctx, pdf, count, user);
      } finally {
        client.close();
        await cups.stop();
        await quire.stop();
      }
    }
  }
  rows.push({
    bench: BENCH,
    what: "Quire's CPU per job at concurrency 8 on its main thread, of its total (the rest: libuv threadpool for files and SQLite, V8's GC and compiler threads)",
    quire: threads.join(', '),
  });
  rows.push(
    ...(syscalls ?? [
      {
        bench: BENCH,
        what: 'sync system calls per acknowledged job: not counted, strace is not installed',
        quire:
          'by design 3: the document file (written through a descriptor opened O_DSYNC), its spool directory, the SQLite WAL commit (synchronous=FULL)',
        cups: 'SyncOnClose No (the default): job files are not synced',
      },
    ]),
  );
  rows.push(...(await ingestParts(ctx)));
  return rows;
}

/**
 * What "synced" means for each server, and what one job costs in system calls, measured rather than
 * read from documentation: every system call each server makes for 100 jobs, counted with strace
 * outside the timed runs.
 */
async function syscallsPerJob(
  client: IppClient,
  targets: Target[],
  user: string,
  pdf: Buffer,
): Promise<Row[]> {
  const jobs = 100;
  const counts = new Map<string, Map<string, number>>();
  for (const t of targets) {
    await printMany(client, { uri: t.uri, user, count: jobs, concurrency: 1, document: { bytes: pdf } });
    counts.set(
      t.name,
      await countSyscalls(t.pid, async () => {
        await printMany(client, { uri: t.uri, user, count: jobs, concurrency: 1, document: { bytes: pdf } });
      }),
    );
  }
  const per = (n: number) => fmt(n / jobs, 1);
  const syncs = (name: string) => {
    const found = SYNC_CALLS.flatMap((call) => {
      const n = counts.get(name)!.get(call) ?? 0;
      return n > 0 ? [`${call} ${per(n)}`] : [];
    });
    const total = SYNC_CALLS.reduce((sum, call) => sum + (counts.get(name)!.get(call) ?? 0), 0);
    return `${per(total)}${found.length ? ` (${found.join(', ')})` : ''}`;
  };
  const all = (name: string) => {
    const sorted = [...counts.get(name)!].sort((a, b) => b[1] - a[1]);
    const total = sorted.reduce((sum, [, n]) => sum + n, 0);
    return `${per(total)}: ${sorted
      .slice(0, 6)
      .map(([call, n]) => `${call} ${per(n)}`)
      .join(', ')}`;
  };
  return [
    {
      bench: BENCH,
      what: 'sync system calls per acknowledged job (strace -f, 100 jobs, 1-page, concurrency 1, outside the timed runs)',
      quire: `${syncs('quire')}: spool directory, SQLite WAL commit (synchronous=FULL); and the document file, written through a descriptor opened O_DSYNC (the write returns once the data is on disk: no separate call)`,
      cups: `${syncs('cups')}: job files written and renamed, never synced`,
    },
    {
      bench: BENCH,
      what: 'all system calls per job, every thread (same strace), the most frequent first',
      quire: all('quire'),
      cups: all('cups'),
    },
  ];
}

/** The ingest path part by part, in this process (lib/ingest-parts.ts), for both documents. */
async function ingestParts(ctx: BenchContext): Promise<Row[]> {
  const rows: Row[] = [];
  const count = size(ctx, 3000, 300);
  const rates = new Map<string, string[]>();
  for (const pages of [1, 20]) {
    for (const p of await measureIngestParts(await makePdf(pages, 'Quire ingest benchmark'), count)) {
      const key = `${p.part}, concurrency ${p.concurrency}`;
      rates.set(key, [...(rates.get(key) ?? []), `${fmt(p.perSecond)}/s (${pages}p)`]);
    }
  }
  for (const [part, values] of rates)
    rows.push({ bench: `${BENCH}, part by part`, what: part, quire: values.join(', ') });
  ctx.log(`ingest parts: ${[...rates].map(([k, v]) => `${k}: ${v.join(', ')}`).join('; ')}`);
  return rows;
}

/**
 * `BENCH_PROFILE=1`: a V8 CPU profile of a server taking `count` 1-page jobs at concurrency 8, taken
 * through its inspector, saved next to the results (open it in Chrome DevTools), summarised in the notes.
 */
async function profileIngest(ctx: BenchContext, pdf: Buffer, count: number, user: string): Promise<void> {
  const server = await startQuire(INSPECT_ENV);
  const inspector = await connectInspector(server.process);
  const client = new IppClient(8);
  try {
    await seedBenchUser(server);
    const send = () =>
      printMany(client, { uri: server.ippUri, user, count, concurrency: 8, document: { bytes: pdf } });
    await send();
    const profile = await inspector.cpuProfile(async () => {
      await send();
    });
    const file = path.join(ROOT, 'test/bench/results', `ingest-${Date.now()}.cpuprofile`);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, JSON.stringify(profile));
    const s = summarize(profile);
    const pct = (ms: number) => `${fmt((100 * ms) / s.busyMs, 1)}%`;
    ctx.note(
      `CPU profile of the server's main thread, ${fmt(count)} 1-page jobs at concurrency 8 ` +
        `(${fmt(s.busyMs / count, 2)} ms on CPU per job), saved as ${path.relative(ROOT, file)}. ` +
        `Self time by area: ${s.byArea
          .slice(0, 10)
          .map(([a, ms]) => `${a} ${pct(ms)}`)
          .join(', ')}. Inclusive, in release-server/src: ${s.ours
          .slice(0, 10)
          .map(([f, ms]) => `${f} ${pct(ms)}`)
          .join(', ')}.`,
    );
  } finally {
    client.close();
    inspector.close();
    await server.stop();
  }
}
