/**
 * The benchmark suite of issue 7 (`npm run bench`): starts everything it measures on loopback, prints a
 * Markdown table with the machine's description and writes it to `test/bench/results/<date>.md`.
 *
 * It reports; it never fails on a slow machine. It exits non-zero only when something broke (a server
 * refused a job, a process did not start). `BENCH_QUICK=1` is a smoke run of a minute or two;
 * `BENCH_ONLY=ingest,release` runs some benchmarks only.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ROOT, run } from '../support/process';
import { benchIngest } from './ingest';
import { benchJobList } from './job-list';
import { benchLargeDocument } from './large-document';
import { isInterrupted, stopAll, stopOnSignals } from './lib/cleanup';
import type { BenchContext } from './lib/context';
import { describeMachine } from './lib/machine';
import { observations } from './lib/observations';
import { fmt, type Row, table } from './lib/report';
import { benchPanelCost } from './panel-cost';
import { benchPanels } from './panels';
import { benchRelease } from './release';

const BENCHMARKS: { name: string; run: (ctx: BenchContext) => Promise<Row[]> }[] = [
  { name: 'ingest', run: benchIngest },
  { name: 'release', run: benchRelease },
  { name: 'job-list', run: benchJobList },
  { name: 'panels', run: benchPanels },
  { name: 'large-document', run: benchLargeDocument },
  { name: 'panel-cost', run: benchPanelCost },
];

async function main(): Promise<number> {
  stopOnSignals();
  const quick = process.env.BENCH_QUICK === '1';
  const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
  const notes: string[] = [];
  const started = Date.now();
  const ctx: BenchContext = {
    quick,
    log: (line) => process.stderr.write(`[${fmt((Date.now() - started) / 1000, 0).padStart(4)} s] ${line}\n`),
    note: (line) => notes.push(line),
  };
  const machine = await describeMachine();
  const loadAtStart = os.loadavg()[0]!;
  // The panel measured is this working tree's: build it (the panel page only, as `vite build` does in
  // `npm run build`, keeping the other pages already in dist/).
  ctx.log('building the panel (vite build)');
  const build = await run(path.join(ROOT, 'node_modules/.bin/vite'), ['build', '--emptyOutDir=false'], {
    timeoutMs: 300_000,
  });
  if (build.code !== 0) throw new Error(`vite build failed:\n${build.stdout}${build.stderr}`);

  const rows: Row[] = [];
  let broken = false;
  for (const b of BENCHMARKS) {
    if (only && !only.includes(b.name)) continue;
    if (isInterrupted()) break;
    ctx.log(`${b.name}: start`);
    try {
      rows.push(...(await b.run(ctx)));
    } catch (error) {
      broken = true;
      const why = error instanceof Error ? (error.stack ?? error.message) : String(error);
      ctx.log(`${b.name}: FAILED\n${why}`);
      notes.push(`${b.name} failed: ${why.split('\n')[0]}`);
    } finally {
      await stopAll();
    }
  }
  notes.push(...observations().map((o) => `seen in the output: ${o}`));
  const seconds = (Date.now() - started) / 1000;
  const date = new Date().toISOString();
  const report = [
    `# Quire benchmarks, ${date.slice(0, 16).replace('T', ' ')} UTC${quick ? ' (BENCH_QUICK=1: smoke run, small samples)' : ''}`,
    '',
    ...machine.map(([k, v]) => `- ${k}: ${v}`),
    `- run time: ${fmt(seconds / 60, 1)} min; load average (1 min) at start ${fmt(loadAtStart, 2)}, at end ${fmt(os.loadavg()[0]!, 2)}`,
    '',
    table(rows),
    '',
    ...(notes.length ? ['Notes:', '', ...notes.map((n) => `- ${n}`), ''] : []),
  ].join('\n');
  const dir = path.join(ROOT, 'test/bench/results');
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, `${date.replace(/[:.]/g, '-')}${quick ? '-quick' : ''}.md`);
  await fs.writeFile(file, report);
  process.stdout.write(`${report}\nWritten to ${path.relative(ROOT, file)}\n`);
  return broken ? 1 : 0;
}

main()
  .then(async (code) => {
    await stopAll();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    process.stderr.write(
      `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    await stopAll();
    process.exit(1);
  });
