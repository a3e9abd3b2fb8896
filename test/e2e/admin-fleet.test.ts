import fs from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  openAdminWithToken,
  openPanel,
  PHONE_VIEWPORT,
  screenshot,
  scrollsSideways,
  tapBadge,
  textOf,
} from '../support/browser';
import { type Demo, holdJob, setFault, startDemo, trayOf } from '../support/demo';
import { makePdf } from '../support/pdf';
import { ADMIN_TOKEN } from '../support/server';

/**
 * Issue 6, build item 4, in Debian chromium at 1280x800 (and a phone): the admin page's fleet view over
 * the demo's simulated printers, whose SNMP agents the server polls every 5 s. A jam injected on
 * sim-color shows within one poll on the fleet view (error, in words, with its alert) and on the
 * panel (banner); a release there is refused with the reason and the job stays held; clearing the jam
 * clears the alert and the release prints.
 */

const POLL_S = 5;
/** One SNMP poll, one refresh of the page (10 s), and a margin for a loaded machine. */
const ONE_POLL_MS = POLL_S * 1000 + 10_000 + 5_000;

let demo: Demo;
let browser: Browser;
let pdf: Buffer;

beforeAll(async () => {
  [demo, browser, pdf] = await Promise.all([
    startDemo({ env: { SNMP_POLL_INTERVAL_S: String(POLL_S), PRINTER_CHECK_INTERVAL_MS: '300' } }),
    launchChromium(),
    makePdf(1, 'Fleet jam'),
  ]);
  await holdJob(demo, pdf, 'bob', 'Fleet jam report');
});

afterAll(async () => {
  await browser?.close();
  await demo?.stop();
});

const card = (page: Page, printer: string) =>
  page.locator(`[data-testid=fleet-printer][data-printer="${printer}"]`);
const row = (page: Page, name: string) => page.getByTestId('job-row').filter({ hasText: name });

describe('signing in', () => {
  it('offers the admin token under the account forms, refuses a wrong one in words, and keeps the right one for the tab', async () => {
    const page = await openAdminWithToken(browser, demo.url, null);
    expect(await page.locator('body').ariaSnapshot()).toMatch(
      /banner[\s\S]*main[\s\S]*textbox "Admin token"/,
    );
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('admin-token');

    await page.getByTestId('token').fill('not-the-admin-token-at-all');
    await page.getByTestId('sign-in').click();
    await textOf(
      page.getByTestId('sign-in-problem'),
      'The server refused this token. Check it and try again.',
    );
    expect(await page.getByTestId('token').getAttribute('aria-invalid')).toBe('true');

    // Typed and sent with Enter, as a keyboard user would.
    await page.getByTestId('token').fill(ADMIN_TOKEN);
    await page.keyboard.press('Enter');
    await card(page, 'sim-mono').waitFor();
    expect(await page.getByTestId('nav-fleet').getAttribute('aria-current')).toBe('page');

    await page.reload();
    await card(page, 'sim-mono').waitFor();

    await page.getByTestId('sign-out').click();
    await textOf(page.getByTestId('sign-in-problem'), 'You are signed out.');
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await page.context().close();
  });

  it('asks again when the server stops accepting the token', async () => {
    const page = await openAdminWithToken(browser, demo.url, ADMIN_TOKEN);
    await card(page, 'sim-mono').waitFor();
    await page.evaluate(() => sessionStorage.setItem('quire.admin.token', 'a-token-the-server-refuses'));
    await page.reload();
    await textOf(
      page.getByTestId('sign-in-problem'),
      'The server no longer accepts your token. Sign in again.',
    );
    await page.context().close();
  });
});

describe('the fleet view', () => {
  it('shows every printer with its state, supplies as bars with words, page counter and last reading', async () => {
    const page = await openAdminWithToken(browser, demo.url, ADMIN_TOKEN);
    for (const printer of ['sim-mono', 'sim-color']) {
      const c = card(page, printer);
      await textOf(c.getByTestId('reach'), 'Answering');
      await textOf(c.getByTestId('page-count'), /^\d{1,3}(,\d{3})* impressions$/);
      await textOf(c.getByTestId('last-reading'), /^\d\d:\d\d:\d\d \((just now|\d+ s ago)\)$/);
      expect(await c.getByTestId('supply').count()).toBeGreaterThanOrEqual(3);
      await textOf(c.getByTestId('supply').filter({ hasText: 'Black Toner Cartridge' }), /\d+% left$/);
      await textOf(c.getByTestId('supply').filter({ hasText: 'Waste Toner Box' }), /\d+% full$/);
    }
    // The demo's magenta toner is under the 10 % threshold: a warning, said in words and with a mark.
    await textOf(card(page, 'sim-color').getByTestId('state'), '!Warning');
    await textOf(card(page, 'sim-color').getByTestId('trouble'), /Magenta Toner Cartridge low/);
    await textOf(
      card(page, 'sim-color').getByTestId('supply').filter({ hasText: 'Magenta' }),
      /\d+% left · low$/,
    );
    await textOf(card(page, 'sim-mono').getByTestId('state'), '✓OK');
    await textOf(page.getByTestId('filter-all'), 'All (2)');
    await textOf(page.getByTestId('updated'), /^Updated at \d\d:\d\d:\d\d\./);
    expect(await scrollsSideways(page)).toBe(false);
    await screenshot(page, 'admin-fleet.en');

    // Landmarks and names a screen reader announces.
    const tree = await page.locator('body').ariaSnapshot();
    for (const part of [
      'banner',
      'navigation "Sections"',
      'link "Fleet"',
      'link "Printers"',
      'main',
      'heading "Fleet" [level=1]',
      'navigation "Show printers"',
      'button "Get status now – sim-color"',
      // The language switch is named in the language it switches to.
      'button "Afficher cette page en français"',
    ])
      expect(tree).toContain(part);

    await page.getByTestId('language').click();
    await textOf(page.locator('h1'), 'Parc');
    await textOf(card(page, 'sim-color').getByTestId('state'), '!Avertissement');
    await textOf(card(page, 'sim-color').getByTestId('trouble'), /Magenta Toner Cartridge\u00a0: bas/);
    await textOf(
      card(page, 'sim-mono').getByTestId('supply').filter({ hasText: 'Black' }),
      /reste \d+\u00a0%$/,
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await screenshot(page, 'admin-fleet.fr');
    // The choice is remembered.
    await page.reload();
    await textOf(page.locator('h1'), 'Parc');
    await page.getByTestId('language').click();
    await textOf(page.locator('h1'), 'Fleet');
    await page.context().close();
  });

  it('is used with the keyboard alone: skip link, sections, filters', async () => {
    const page = await openAdminWithToken(browser, demo.url, ADMIN_TOKEN);
    // Signing in takes the focus to the view's title.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Fleet');
    await page.reload();
    await card(page, 'sim-mono').waitFor();
    await page.keyboard.press('Tab');
    await textOf(page.locator(':focus'), 'Skip to the content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    await page.getByTestId('filter-ok').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/fleet?state=ok');
    await expect.poll(() => page.getByTestId('fleet-printer').count()).toBe(1);
    await page.getByTestId('nav-printers').focus();
    await page.keyboard.press('Enter');
    await textOf(page.locator('h1'), 'Printers');
    expect(await page.title()).toBe('Printers – Quire administration');
    // A new view takes the focus to its title.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.context().close();
  });

  it('shows a jam within one poll, on the fleet view and on the panel; release is refused and the job stays held; clearing it clears the alert and the release prints', async () => {
    const admin = await openAdminWithToken(browser, demo.url, ADMIN_TOKEN);
    await textOf(card(admin, 'sim-color').getByTestId('reach'), 'Answering');
    const panel = await openPanel(browser, demo.url, 'sim-color', 'en');
    await tapBadge(panel, '1002');
    await textOf(panel.getByTestId('user-name'), 'Bob Nguyen');
    await row(panel, 'Fleet jam report').waitFor();

    await setFault(demo, 'sim-color', 'jam', true);
    const jammedAt = Date.now();
    try {
      // Nobody presses anything: the scheduled poll and the page's own refresh bring it.
      await textOf(card(admin, 'sim-color').getByTestId('state'), '✕Error', ONE_POLL_MS);
      expect(Date.now() - jammedAt).toBeLessThan(ONE_POLL_MS);
      await textOf(card(admin, 'sim-color').getByTestId('trouble'), /^Paper jam, /);
      await textOf(
        card(admin, 'sim-color').getByTestId('alert').filter({ hasText: 'Paper jam' }),
        /^Critical Paper jam · /,
      );
      await textOf(panel.getByTestId('printer-banner'), /paper jam/);

      // Filtered to the printers in error: the filter is in the address and survives a reload.
      await admin.getByTestId('filter-error').click();
      await expect.poll(() => admin.evaluate(() => location.hash)).toBe('#/fleet?state=error');
      await expect.poll(() => admin.getByTestId('fleet-printer').count()).toBe(1);
      await admin.reload();
      await card(admin, 'sim-color').waitFor();
      expect(await admin.getByTestId('fleet-printer').count()).toBe(1);
      expect(await admin.getByTestId('filter-error').getAttribute('aria-current')).toBe('true');
      await screenshot(admin, 'admin-fleet-jam.en');

      // Release at the panel: refused with the reason, the job stays held, nothing reaches the printer.
      await row(panel, 'Fleet jam report').click();
      await panel.getByTestId('print').click();
      await textOf(panel.getByTestId('status'), /“Fleet jam report” not printed: .*paper jam/);
      await textOf(row(panel, 'Fleet jam report'), /Not printed: .*paper jam/);
      expect(await trayOf(demo, 'sim-color', 'Fleet jam report')).toEqual([]);

      // The printer's detail: the alert in its history, still open; the charts are drawn.
      await card(admin, 'sim-color').getByRole('link', { name: 'sim-color' }).click();
      await admin.getByTestId('printer-detail').waitFor();
      expect(await admin.title()).toBe('sim-color – Fleet – Quire administration');
      await textOf(
        admin.getByTestId('history-row').filter({ hasText: 'Paper jam' }),
        /still open.*Critical.*Paper jam.*the printer/,
      );
      expect(
        await admin.getByTestId('chart-toner').locator('svg[role=img] path').count(),
      ).toBeGreaterThanOrEqual(4);
      expect(await admin.getByTestId('chart-pages').locator('svg[role=img]').count()).toBe(1);
      await screenshot(admin, 'admin-detail-jam.en');
    } finally {
      await setFault(demo, 'sim-color', 'jam', false);
    }

    // Fixed: "Get status now" reads it at once; the alert clears, in the history too.
    await admin.getByTestId('poll-now').click();
    await textOf(admin.getByTestId('notice'), /^sim-color read just now: (Warning|OK)\.$/);
    await expect.poll(() => admin.getByTestId('alert').filter({ hasText: 'Paper jam' }).count()).toBe(0);
    await expect
      .poll(() => admin.getByTestId('history-row').filter({ hasText: 'Paper jam' }).getAttribute('data-open'))
      .toBe('false');
    expect(await admin.getByTestId('trouble').textContent()).not.toMatch(/jam/i);

    // And the release prints.
    await panel.getByTestId('printer-banner').waitFor({ state: 'detached', timeout: 15_000 });
    await row(panel, 'Fleet jam report').click();
    await panel.getByTestId('print').click();
    await textOf(panel.getByTestId('status'), /“Fleet jam report” printed/, 30_000);
    await expect.poll(async () => (await trayOf(demo, 'sim-color', 'Fleet jam report')).length).toBe(1);
    await panel.getByTestId('sign-out').click();
    await panel.context().close();
    await admin.context().close();
  }, 120_000);

  it('exports the meter readings as CSV, fetched with the token', async () => {
    const page = await openAdminWithToken(browser, demo.url, ADMIN_TOKEN);
    await card(page, 'sim-mono').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click(),
    ]);
    expect(download.suggestedFilename()).toBe('meter-readings.csv');
    const csv = await fs.readFile((await download.path())!, 'utf8');
    expect(csv.startsWith('\ufeffprinter,read_at,')).toBe(true);
    expect(csv).toMatch(/^sim-color,/m);
    expect(csv).toMatch(/^sim-mono,/m);
    await textOf(page.getByTestId('notice'), 'meter-readings.csv downloaded.');
    await page.context().close();
  });
});

describe('the printers view', () => {
  it('lists the registered printers with their address, make and model and capabilities in words', async () => {
    const page = await openAdminWithToken(browser, demo.url, ADMIN_TOKEN, { hash: '#/printers' });
    const printer = (name: string) => page.locator(`[data-testid=printer][data-printer="${name}"]`);
    await textOf(printer('sim-color'), /Addressipp:\/\/127\.0\.0\.1:\d+\/ipp\/print/);
    await textOf(printer('sim-color'), /Make and modelQuire Sim Color 60 with finisher/);
    await textOf(
      printer('sim-color'),
      /Colourcolour and black and white.*Two-sidedyes.*Finishingstaple, punch/,
    );
    await textOf(
      printer('sim-mono'),
      /Colourblack and white only.*Two-sidedno, one-sided only.*Finishingnone/,
    );
    await screenshot(page, 'admin-printers.en');
    await page.context().close();
  });
});

describe('on a phone (390x844)', () => {
  it('fits the width, and every section is one tap away', async () => {
    const page = await openAdminWithToken(browser, demo.url, ADMIN_TOKEN, { viewport: PHONE_VIEWPORT });
    await textOf(card(page, 'sim-color').getByTestId('reach'), 'Answering');
    expect(await scrollsSideways(page)).toBe(false);
    await screenshot(page, 'admin-fleet.phone');
    await card(page, 'sim-color').getByRole('link', { name: 'sim-color' }).click();
    await detailShown(page);
    expect(await scrollsSideways(page)).toBe(false);
    await screenshot(page, 'admin-detail.phone');
    await page.getByTestId('nav-printers').click();
    await textOf(page.locator('h1'), 'Printers');
    expect(await scrollsSideways(page)).toBe(false);
    await page.context().close();
  });
});

async function detailShown(page: Page): Promise<void> {
  await page.getByTestId('printer-detail').waitFor();
  await page.getByTestId('chart-toner').locator('svg[role=img]').waitFor();
}
