import type { Browser, Page } from 'playwright-core';
import { launchChromium, PANEL_VIEWPORT } from '../support/browser';
import { makePdf } from '../support/pdf';
import { run } from '../support/process';
import { track } from './lib/cleanup';
import { type BenchContext, size } from './lib/context';
import { IppClient } from './lib/ipp-client';
import { badgeToListPainted } from './lib/panel-paint';
import { startPrinter } from './lib/printer';
import { addPrinter, seedBenchUser, startQuire } from './lib/quire';
import { fmt, ms, type Row } from './lib/report';
import { distribution } from './lib/stats';

const BENCH = '6. Panel cost';
const THROTTLE = 4;

/**
 * Issue 7 §6: what the panel page costs a printer's panel. The bundle is measured by the project's own
 * budget script (device-app/scripts/size.ts: every asset the built page loads, gzip level 9). Paint
 * times are taken in Debian chromium at 800x480 with the CPU slowed 4x (CDP
 * Emulation.setCPUThrottlingRate), a fresh browser context per sample (nothing cached), for a user
 * with 10 held jobs.
 */
export async function benchPanelCost(ctx: BenchContext): Promise<Row[]> {
  const samples = size(ctx, 10, 3);
  const bundle = await bundleSize();
  const printer = await startPrinter('CostPrinter');
  const quire = await startQuire();
  const client = new IppClient(1);
  const browser = await launchChromium();
  track('chromium', () => browser.close());
  try {
    const { user, badge } = await seedBenchUser(quire);
    await addPrinter(quire, 'cost-printer', printer.uri);
    const pdf = await makePdf(3, 'Quire panel cost benchmark');
    for (let i = 1; i <= 10; i++)
      await client.printJob(quire.ippUri, user, `Document ${i}.pdf`, { bytes: pdf });
    await throttledPanel(browser, `${quire.url}/panel/?printer=cost-printer`, badge); // warm-up
    const fcp: number[] = [];
    const list: number[] = [];
    for (let i = 0; i < samples; i++) {
      const r = await throttledPanel(browser, `${quire.url}/panel/?printer=cost-printer`, badge);
      fcp.push(r.firstContentfulPaint);
      list.push(r.listPainted);
    }
    const paint = distribution(fcp);
    const listed = distribution(list);
    ctx.log(
      `panel at 4x CPU throttle: first contentful paint ${ms(paint)}, badge to list painted ${ms(listed)}`,
    );
    return [
      {
        bench: BENCH,
        what: 'device-app bundle, gzipped (device-app/scripts/size.ts: every asset the page loads, gzip -9)',
        quire: `${fmt(bundle / 1024, 1)} KB`,
        target: '< 35 KB',
        met: bundle < 35 * 1024,
      },
      {
        bench: BENCH,
        what: `panel page opened → first contentful paint (badge prompt), CPU throttled ${THROTTLE}x, p50 / p95 (${samples} cold loads)`,
        quire: ms(paint),
      },
      {
        bench: BENCH,
        what: `badge typed → job list painted (10 jobs), CPU throttled ${THROTTLE}x, p50 / p95 (${samples} cold loads)`,
        quire: ms(listed),
      },
    ];
  } finally {
    client.close();
  }
}

/** The panel total in bytes, from the budget script's own output (it exits 1 when over budget). */
async function bundleSize(): Promise<number> {
  const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'device-app/scripts/size.ts']);
  const m = stdout.match(/^panel total\s+([\d.]+) KB gzip/m);
  if (!m) throw new Error(`device-app/scripts/size.ts said nothing of the total:\n${stdout}${stderr}`);
  return Number(m[1]) * 1024;
}

/** One cold load of the panel in a new context with the CPU throttled from the first byte. */
async function throttledPanel(
  browser: Browser,
  url: string,
  badge: string,
): Promise<{ firstContentfulPaint: number; listPainted: number }> {
  const context = await browser.newContext({ viewport: PANEL_VIEWPORT, hasTouch: true });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    await page.goto(url);
    await page.getByTestId('badge-prompt').waitFor();
    const firstContentfulPaint = await paintEntry(page);
    const listPainted = await badgeToListPainted(page, badge);
    return { firstContentfulPaint, listPainted };
  } finally {
    await context.close();
  }
}

/** `first-contentful-paint` from the page's Paint Timing entries, once it is there. */
async function paintEntry(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    "performance.getEntriesByName('first-contentful-paint')[0]?.startTime",
    undefined,
    { timeout: 15_000 },
  );
  return Number(await handle.jsonValue());
}
