import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPanel, screenshot, tapBadge, textOf, touchProblems } from '../support/browser';
import { type Demo, holdJob, setFault, startDemo, trayOf } from '../support/demo';
import { makePdf } from '../support/pdf';

/**
 * Issue 4 in Debian chromium at 800x480: the panel recovers by itself from a server restart, and says in
 * words why a printer cannot print (a jam) while the job stays held.
 */

let demo: Demo;
let browser: Browser;
let pdf: Buffer;

beforeAll(async () => {
  // Printer states are checked every 300 ms, so a fault reaches the panel at once.
  [demo, browser, pdf] = await Promise.all([
    startDemo({ env: { PRINTER_CHECK_INTERVAL_MS: '300' } }),
    launchChromium(),
    makePdf(1, 'Resilience'),
  ]);
  await holdJob(demo, pdf, 'alice', 'After the restart');
  await holdJob(demo, pdf, 'bob', 'Jammed report');
});

afterAll(async () => {
  await browser?.close();
  await demo?.stop();
});

const row = (page: Page, name: string) => page.getByTestId('job-row').filter({ hasText: name });

async function signedIn(printer: string, badge: string, name: string, lang?: 'en' | 'fr'): Promise<Page> {
  const page = await openPanel(browser, demo.url, printer, lang);
  await tapBadge(page, badge);
  await textOf(page.getByTestId('user-name'), name);
  await page.getByTestId('job-row').first().waitFor();
  return page;
}

describe('a panel that recovers by itself', () => {
  it('survives a server restart mid-session: says it is offline, reconnects, and is still signed in', async () => {
    const page = await signedIn('sim-mono', '1001', 'Alice Martin', 'en');
    const restarted = demo.restart();
    await page.getByTestId('offline-banner').waitFor({ timeout: 15_000 });
    // Never a blank screen meanwhile: the list stays.
    expect(await page.getByTestId('user-name').textContent()).toBe('Alice Martin');
    await restarted;
    await page.getByTestId('offline-banner').waitFor({ state: 'detached', timeout: 30_000 });
    await textOf(page.getByTestId('user-name'), 'Alice Martin');

    // Usable again: the list refreshes and a job prints.
    await page.getByTestId('refresh').click();
    await textOf(page.getByTestId('status'), 'List updated.');
    await row(page, 'After the restart').click();
    await page.getByTestId('print').click();
    await textOf(page.getByTestId('status'), /“After the restart” printed/, 30_000);
    await expect.poll(async () => (await trayOf(demo, 'sim-mono', 'After the restart')).length).toBe(1);
    await page.getByTestId('sign-out').click();
  }, 90_000);
});

describe('a printer with a fault', () => {
  it('shows a jam in words, keeps the job held when Print is tapped, and says why', async () => {
    const page = await signedIn('sim-color', '1002', 'Bob Nguyen', 'en');
    await setFault(demo, 'sim-color', 'jam', true);
    try {
      await textOf(page.getByTestId('printer-banner'), /paper jam/);
      expect(await touchProblems(page)).toEqual([]);

      await row(page, 'Jammed report').click();
      await page.getByTestId('print').click();
      await textOf(page.getByTestId('status'), /“Jammed report” not printed: .*paper jam/);
      await textOf(row(page, 'Jammed report'), /Not printed: .*paper jam/);
      await screenshot(page, 'jam-banner.en');
      await page.getByTestId('refresh').click();
      await textOf(row(page, 'Jammed report'), /Not printed/);
      expect(await trayOf(demo, 'sim-color', 'Jammed report')).toEqual([]);

      await page.getByTestId('language').click();
      await textOf(page.getByTestId('printer-banner'), /bourrage papier/);
      await textOf(row(page, 'Jammed report'), /Non imprimé/);
      await screenshot(page, 'jam-banner.fr');
    } finally {
      await setFault(demo, 'sim-color', 'jam', false);
    }
    await page.getByTestId('printer-banner').waitFor({ state: 'detached', timeout: 15_000 });
    await page.getByTestId('sign-out').click();
  }, 60_000);

  it('shows the banner on the badge screen too, live', async () => {
    const page = await openPanel(browser, demo.url, 'sim-mono', 'en');
    await setFault(demo, 'sim-mono', 'door-open', true);
    try {
      await textOf(page.getByTestId('printer-banner'), /a door is open/);
    } finally {
      await setFault(demo, 'sim-mono', 'door-open', false);
    }
    await page.getByTestId('printer-banner').waitFor({ state: 'detached', timeout: 15_000 });
  });
});
