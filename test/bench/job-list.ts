import fs from 'node:fs/promises';
import { launchChromium, openPanel } from '../support/browser';
import { makePdf } from '../support/pdf';
import { track } from './lib/cleanup';
import { type BenchContext, size } from './lib/context';
import { badgeOf, buildDataset, DATASET_PRINTER, DATASET_USERS, makeTemplate } from './lib/dataset';
import { badgeToListPainted } from './lib/panel-paint';
import { startPrinter } from './lib/printer';
import { startQuire } from './lib/quire';
import { fmt, ms, type Row } from './lib/report';
import { distribution, seededRandom } from './lib/stats';
import { signInToList, TimedPanel } from './lib/timed-panel';

const BENCH = '3. Job list at scale';

/**
 * Issue 7 §3: 10,000 users, then 100,000 and 1,000,000 held jobs spread evenly over them (10 and 100
 * each), written straight into the database (lib/dataset.ts). For users picked at random:
 * - badge sign-in to job list received: the `sign-in` frame leaving a Node WebSocket client to the
 *   arrival of the `jobs` frame that follows `signed-in` (lib/timed-panel.ts);
 * - badge typed to list painted in chromium at the panel's 800x480 (lib/panel-paint.ts).
 */
export async function benchJobList(ctx: BenchContext): Promise<Row[]> {
  const samples = size(ctx, 300, 40);
  const paints = size(ctx, 20, 4);
  const printer = await startPrinter('ScalePrinter');
  const template = await makeTemplate(printer.uri, await makePdf(2, 'Quire list benchmark'));
  const browser = await launchChromium();
  track('chromium', () => browser.close());
  const random = seededRandom(7);
  const someUser = () => 1 + Math.floor(random() * DATASET_USERS);
  const rows: Row[] = [];
  for (const jobs of [100_000, 1_000_000]) {
    const built = Date.now();
    const dir = await buildDataset(template, DATASET_USERS, jobs);
    ctx.log(`dataset of ${fmt(jobs)} held jobs written in ${fmt((Date.now() - built) / 1000, 1)} s`);
    const server = await startQuire({}, dir);
    try {
      const panel = await TimedPanel.at(server.url, DATASET_PRINTER);
      for (let i = 0; i < 20; i++) await signInToList(panel, badgeOf(someUser())); // warm-up
      const times: number[] = [];
      let listed = 0;
      for (let i = 0; i < samples; i++) {
        const r = await signInToList(panel, badgeOf(someUser()));
        times.push(r.ms);
        listed += r.jobs;
      }
      panel.close();
      const list = distribution(times);
      ctx.log(`${fmt(jobs)} jobs: sign-in to list ${ms(list)}`);

      const page = await openPanel(browser, server.url, DATASET_PRINTER);
      await badgeToListPainted(page, badgeOf(someUser())); // warm-up
      const painted: number[] = [];
      for (let i = 0; i < paints; i++) painted.push(await badgeToListPainted(page, badgeOf(someUser())));
      await page.context().close();
      const paint = distribution(painted);
      ctx.log(`${fmt(jobs)} jobs: badge typed to list painted ${ms(paint)}`);

      const scale = `${fmt(DATASET_USERS)} users, ${fmt(jobs)} held jobs (${fmt(listed / samples)} listed per user)`;
      const atMillion = jobs === 1_000_000;
      rows.push(
        {
          bench: BENCH,
          what: `${scale}: badge sign-in → job list received over the WebSocket, p50 / p95 (${samples} users)`,
          quire: ms(list),
          ...(atMillion ? { target: 'p95 < 20 ms', met: list.p95 < 20 } : {}),
        },
        {
          bench: BENCH,
          what: `${scale}: badge typed → list painted in chromium 800x480, p50 / p95 (${paints} users)`,
          quire: ms(paint),
        },
      );
    } finally {
      await server.stop();
      await fs.rm(dir, { recursive: true, force: true });
    }
  }
  return rows;
}
