import { type AdminJob, type Dashboard, dashboardSchema } from '@quire/protocol';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccounts } from '../support/accounts';
import {
  launchChromium,
  openAdminPage,
  openAdminWithToken,
  PHONE_VIEWPORT,
  screenshot,
  scrollsSideways,
  signInWithAccount,
  textOf,
} from '../support/browser';
import { type Demo, holdJob, startDemo, trayOf } from '../support/demo';
import { makePdf } from '../support/pdf';
import { ADMIN_TOKEN } from '../support/server';

/**
 * Issue 5, the dashboard and retention sections, in Debian chromium on the demo (its simulated printers
 * sim-mono and sim-color, its people, its prices of 0.05 EUR an impression in black and white and 0.15
 * in colour). The dashboard first says nothing was printed; then three jobs go the real way (held over
 * IPP with ipptool, released on their owners' behalf through the admin API, printed by the simulated
 * printers) and the page shows their totals, bars per day and top lists. Retention is changed through
 * its form, refused in words when out of bounds, and holds after a reload; helpdesk sees both, read-only.
 */

let demo: Demo;
let browser: Browser;
/** The administrator's page (admin token), used by the tests in order. */
let page: Page;

const HANA = { email: 'hana@example.com', password: 'helpdesk-secret-1', name: 'Hana Help' };
const ADA = { email: 'ada@example.com', password: 'admin-secret-12', name: 'Ada Admin' };

beforeAll(async () => {
  [demo, browser] = await Promise.all([startDemo(), launchChromium()]);
  // An administrator account too: without one the page offers the first-run form, not the sign-in.
  await addAccounts(demo, [
    [HANA, 'helpdesk'],
    [ADA, 'administrator'],
  ]);
});

afterAll(async () => {
  await browser?.close();
  await demo?.stop();
});

const go = async (p: Page, hash: string, title: string) => {
  await p.evaluate((h) => {
    location.hash = h;
  }, hash);
  await textOf(p.locator('main h1'), title);
};

const dashboard = async (days = 30): Promise<Dashboard> => {
  const res = await demo.admin(`/dashboard?days=${days}`);
  expect(res.status).toBe(200);
  return dashboardSchema.parse(await res.json());
};

/** Holds `name` for `owner` over IPP, releases it at `printer` on their behalf, and waits until it came out. */
async function printThrough(owner: string, name: string, printer: string, settings: Record<string, string>) {
  await holdJob(demo, await makePdf(2, name), owner, name, settings);
  const queue = (await (await demo.admin('/jobs')).json()) as AdminJob[];
  const job = queue.find((j) => j.name === name);
  expect(job, name).toBeDefined();
  const res = await demo.admin(`/jobs/${job!.id}/release`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ printer }),
  });
  expect(res.status, await res.clone().text()).toBe(202);
  await expect.poll(async () => (await trayOf(demo, printer, name)).length, { timeout: 30_000 }).toBe(1);
}

/** The date of a series day as the page writes it in a table ("3 June 2025"). */
const longDay = (day: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(`${day}T12:00:00Z`),
  );

describe('the dashboard', () => {
  it('says nothing was printed yet, for the period in the address', async () => {
    page = await openAdminWithToken(browser, demo.url, ADMIN_TOKEN, { hash: '#/dashboard' });
    await textOf(page.locator('main h1'), 'Dashboard');
    await textOf(
      page.getByTestId('empty'),
      'Nothing was printed in the last 30 days. Jobs appear here once released at a printer.',
    );
    const { series, timeZone } = await dashboard();
    await textOf(
      page.getByTestId('period'),
      `From ${longDay(series[0]!.day, 'en-GB')} to ${longDay(series.at(-1)!.day, 'en-GB')}, days of the ${timeZone} time zone.`,
    );
    expect(await page.getByTestId('days-30').getAttribute('aria-current')).toBe('true');
    expect(await page.getByTestId('totals').count()).toBe(0);
    await screenshot(page, 'admin-dashboard-empty.en');
  });

  it('shows the totals, the bars per day and the top lists of three jobs printed the real way', async () => {
    // alice: 2 pages in black and white, then 2 pages x 2 copies; bob: 2 pages in colour.
    await printThrough('alice', 'Dash memo', 'sim-mono', { colormode: 'monochrome' });
    await printThrough('alice', 'Dash copies', 'sim-mono', { colormode: 'monochrome', copies: '2' });
    await printThrough('bob', 'Dash poster', 'sim-color', { colormode: 'color' });
    // The history is written when the printer says the job is done: wait for the server to count all three.
    await expect.poll(async () => (await dashboard()).totals.jobs, { timeout: 30_000 }).toBe(3);

    await page.reload();
    await textOf(page.locator('main h1'), 'Dashboard');
    // 6 pages; 2 + 4 + 2 = 8 impressions, 2 of them in colour; 6 x 0.05 + 2 x 0.15 = 0.60 EUR.
    await textOf(page.getByTestId('total-jobs').locator('dd'), '3');
    await textOf(page.getByTestId('total-pages').locator('dd'), '6');
    await textOf(page.getByTestId('total-impressions').locator('dd'), '8');
    await textOf(page.getByTestId('total-cost').locator('dd'), '€0.60');
    await textOf(page.getByTestId('total-colour').locator('dd'), '25%2 of 8 impressions');

    const users = page.getByTestId('top-users').getByTestId('top-row');
    expect(await users.allTextContents()).toEqual([
      'Alice Martin alice@example.com6 impressions, 0 in colour',
      'Bob Nguyen bob@example.com2 impressions, 2 in colour',
    ]);
    const printers = page.getByTestId('top-printers').getByTestId('top-row');
    expect(await printers.allTextContents()).toEqual([
      'sim-mono6 impressions, 0 in colour',
      'sim-color2 impressions, 2 in colour',
    ]);
    // The bars: as long as their figures (sim-color has a third of sim-mono's impressions).
    const widths = await printers.locator('.fill').evaluateAll((els) => els.map((e) => e.style.width));
    expect(widths).toEqual(['100%', '33.3%']);

    // The charts: a figure with a caption, an image named by its title and a description with the numbers.
    const { series } = await dashboard();
    // The day the jobs were printed, as the server counted it (the run may cross midnight).
    const printed = series.filter((d) => d.pages > 0);
    expect(printed.map((d) => d.pages).reduce((a, b) => a + b, 0)).toBe(6);
    const busiest = printed.reduce((a, b) => (b.pages > a.pages ? b : a));
    const today = longDay(series.at(-1)!.day, 'en-GB');
    const from = longDay(series[0]!.day, 'en-GB');
    const busiestDay = longDay(busiest.day, 'en-GB');
    const pages = page.getByTestId('chart-pages');
    await textOf(pages.locator('figcaption'), 'Pages per day');
    const image = pages.getByRole('img', { name: 'Pages per day' });
    expect(await image.getAttribute('aria-labelledby')).toBe('pages-svg-title pages-desc');
    await textOf(
      pages.locator('desc'),
      `30 bars, one per day from ${from} to ${today}. Total 6 pages. Highest: ${busiest.pages} pages on ${busiestDay}.`,
    );
    // A bar for each day with pages, none for the others.
    expect(await pages.locator('rect').count()).toBe(printed.length);
    // The table, opened from the keyboard: every day, newest first.
    await pages.locator('summary').focus();
    await page.keyboard.press('Enter');
    const rows = pages.getByTestId('table-pages').locator('tbody tr');
    await expect.poll(() => rows.first().isVisible()).toBe(true);
    expect(await rows.count()).toBe(30);
    const newest = series.at(-1)!;
    await textOf(rows.first(), `${today}${newest.pages} pages`);
    await textOf(rows.nth(2), /0 pages$/);

    const cost = page.getByTestId('chart-cost-EUR');
    await textOf(cost.locator('figcaption'), 'Cost per day (EUR)');
    await textOf(cost.locator('desc'), /Total €0\.60\. Highest: €0\.60 on /);
    await screenshot(page, 'admin-dashboard.en');
    await page.getByTestId('top-printers').scrollIntoViewIfNeeded();
    await screenshot(page, 'admin-dashboard-top.en');

    // The same days in the reports, one link away.
    expect(await page.getByTestId('to-reports').getAttribute('href')).toBe(
      `#/reports?from=${series[0]!.day}&to=${series.at(-1)!.day}`,
    );
  });

  it('changes the period with the links, kept in the address across a reload', async () => {
    await page.getByTestId('days-7').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/dashboard?days=7');
    await textOf(page.getByTestId('chart-pages').locator('desc'), /^7 bars, one per day from /);
    await page.reload();
    await textOf(page.getByTestId('chart-pages').locator('desc'), /^7 bars, /);
    expect(await page.getByTestId('days-7').getAttribute('aria-current')).toBe('true');
    expect(await page.getByTestId('days-30').getAttribute('aria-current')).toBeNull();
    await textOf(page.getByTestId('total-pages').locator('dd'), '6');
  });
});

describe('retention', () => {
  it('shows the lifespans in hours and in days, refuses a bad one in words before sending, and saves', async () => {
    await go(page, '#/retention', 'Retention');
    const unprinted = page.getByLabel('Jobs never printed are deleted after (hours)');
    const kept = page.getByLabel('Jobs printed with “print and keep” are deleted after (hours)');
    expect(await unprinted.inputValue()).toBe('48');
    expect(await kept.inputValue()).toBe('48');
    await textOf(page.locator('#retention-unprintedJobsLifespanHours-hint'), /That is 2 days\.$/);

    await unprinted.fill('0');
    await page.getByTestId('save-retention').click();
    await textOf(page.getByTestId('status-retention'), 'Not saved: correct the fields marked in red.');
    await textOf(page.getByTestId('field-error'), 'At least 0.01 hours (36 seconds).');
    // Where the eyes and the screen reader are: on the field in trouble, which names its error.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('retention-unprintedJobsLifespanHours');
    expect(await unprinted.getAttribute('aria-describedby')).toBe(
      'retention-unprintedJobsLifespanHours-hint retention-unprintedJobsLifespanHours-error',
    );
    await unprinted.fill('two days');
    await textOf(page.getByTestId('field-error'), 'Enter a number of hours, such as 48 or 0.5.');
    expect(await (await demo.admin('/retention')).json()).toEqual({
      unprintedJobsLifespanHours: 48,
      printAndKeepLifespanHours: 48,
    });
    await screenshot(page, 'admin-retention-refused.en');

    await unprinted.fill('72');
    await kept.fill('0,5');
    await textOf(page.locator('#retention-unprintedJobsLifespanHours-hint'), /That is 3 days\.$/);
    await textOf(page.locator('#retention-printAndKeepLifespanHours-hint'), /That is 30 minutes\.$/);
    await page.getByTestId('save-retention').click();
    await textOf(page.getByTestId('status-retention'), 'Saved.');
    expect(await (await demo.admin('/retention')).json()).toEqual({
      unprintedJobsLifespanHours: 72,
      printAndKeepLifespanHours: 0.5,
    });

    await page.reload();
    await textOf(page.locator('main h1'), 'Retention');
    await expect.poll(() => unprinted.inputValue()).toBe('72');
    expect(await kept.inputValue()).toBe('0.5');
    await screenshot(page, 'admin-retention.en');
  });

  it('shows the server’s own refusal next to the field it names', async () => {
    // A client that skips the page's check (an older page, a script): the request is changed on its way
    // out, and the real server refuses it with its reason.
    await page.route('**/api/admin/retention', (route) =>
      route.request().method() === 'PUT'
        ? route.continue({ postData: JSON.stringify({ unprintedJobsLifespanHours: 9000 }) })
        : route.continue(),
    );
    await page.getByLabel('Jobs never printed are deleted after (hours)').fill('96');
    await page.getByTestId('save-retention').click();
    await textOf(page.getByTestId('status-retention'), /^Not saved: .*must be at most 8784 hours/);
    await textOf(
      page.locator('#retention-unprintedJobsLifespanHours-error'),
      'must be at most 8784 hours (a leap year)',
    );
    await page.unroute('**/api/admin/retention');
    expect(await (await demo.admin('/retention')).json()).toMatchObject({ unprintedJobsLifespanHours: 72 });
  });
});

describe('a helpdesk account', () => {
  it('sees the dashboard, and retention read-only', async () => {
    const desk = await openAdminPage(browser, demo.url, { hash: '#/retention' });
    await signInWithAccount(desk, HANA.email, HANA.password);
    await textOf(desk.getByTestId('who'), 'Hana Help (helpdesk)');
    await textOf(desk.locator('main h1'), 'Retention');
    await textOf(
      desk.getByTestId('read-only'),
      'Your account (helpdesk) can see these settings but not change them.',
    );
    const unprinted = desk.getByLabel('Jobs never printed are deleted after (hours)');
    expect(await unprinted.inputValue()).toBe('72');
    expect(await unprinted.isDisabled()).toBe(true);
    expect(await desk.locator('main :is(input, button):enabled').count()).toBe(0);

    await go(desk, '#/dashboard', 'Dashboard');
    await textOf(desk.getByTestId('total-cost').locator('dd'), '€0.60');
    await desk.context().close();
  });
});

describe('in French on a phone (390x844)', () => {
  it('fits the width, with French numbers, money and typography', async () => {
    const phone = await openAdminPage(browser, demo.url, { viewport: PHONE_VIEWPORT, hash: '#/dashboard' });
    await phone.getByTestId('language').click();
    await phone.getByTestId('use-token').click();
    await phone.getByTestId('token').fill(ADMIN_TOKEN);
    await phone.getByTestId('sign-in').click();
    await textOf(phone.locator('main h1'), 'Tableau de bord');
    await textOf(phone.getByTestId('total-cost').locator('dd'), /^0,60\s€$/);
    await textOf(phone.getByTestId('total-colour').locator('dd'), '25\u00a0%2 sur 8\u00a0impressions');
    await textOf(
      phone.getByTestId('top-users').getByTestId('top-row').first(),
      'Alice Martin alice@example.com6\u00a0impressions, dont 0 en couleur',
    );
    await textOf(phone.getByTestId('chart-pages').locator('figcaption'), 'Pages par jour');
    await textOf(phone.getByTestId('days-90'), '90\u00a0derniers jours');
    expect(await scrollsSideways(phone)).toBe(false);
    // The period links, the totals and the charts are in the width; the chart draws at it.
    const svg = await phone.getByTestId('bars-pages').boundingBox();
    expect(svg!.width).toBeGreaterThan(250);
    expect(svg!.x + svg!.width).toBeLessThanOrEqual(PHONE_VIEWPORT.width);
    // The day labels shown do not run into each other, nor out of the drawing.
    const labels = await phone
      .getByTestId('bars-pages')
      .locator('text:not(.tick-label)')
      .evaluateAll((els) =>
        els
          .filter((e) => getComputedStyle(e).display !== 'none')
          .map((e) => [e.getBoundingClientRect().left, e.getBoundingClientRect().right] as const),
      );
    expect(labels.length).toBeGreaterThanOrEqual(2);
    for (const [i, [left, right]] of labels.entries()) {
      expect(left).toBeGreaterThan(i === 0 ? svg!.x - 1 : labels[i - 1]![1]);
      expect(right).toBeLessThanOrEqual(svg!.x + svg!.width + 1);
    }
    await screenshot(phone, 'admin-dashboard.phone.fr');
    await phone.getByTestId('top-printers').scrollIntoViewIfNeeded();
    await screenshot(phone, 'admin-dashboard-top.phone.fr');

    await go(phone, '#/retention', 'Conservation');
    const kept = phone.getByLabel(
      'Les travaux imprimés avec «\u00a0imprimer et garder\u00a0» sont supprimés après (heures)',
    );
    // French decimals.
    await expect.poll(() => kept.inputValue()).toBe('0,5');
    await textOf(phone.locator('#retention-printAndKeepLifespanHours-hint'), /Soit 30\u00a0minutes\.$/);
    await kept.fill('0,001');
    await phone.getByTestId('save-retention').click();
    await textOf(phone.getByTestId('field-error'), 'Au moins 0,01\u00a0heure (36\u00a0secondes).');
    await textOf(phone.getByTestId('status-retention'), /^Non enregistré\u00a0: corrigez/);
    expect(await scrollsSideways(phone)).toBe(false);
    await screenshot(phone, 'admin-retention.phone.fr');
    await phone.context().close();
  });
});
