import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPanel, screenshot, tapBadge, textOf, touchProblems } from '../support/browser';
import { type Demo, holdJob, startDemo, trayOf } from '../support/demo';
import { makePdf } from '../support/pdf';
import { putAdmin } from '../support/seed';

/**
 * Issue 3 at the panel, in Debian chromium at 800x480: each job's cost, the selection's total, the
 * quota left, and a refusal in words with the offer to print in black and white.
 */

let demo: Demo;
let browser: Browser;

beforeAll(async () => {
  let pdf: Buffer;
  [demo, browser, pdf] = await Promise.all([startDemo(), launchChromium(), makePdf(2, 'Cost e2e')]);
  await putAdmin(demo, '/prices', {
    currency: 'EUR',
    pricing: { kind: 'flat', mono: '0.10', color: '0.20' },
  });
  // As an administrator would: define the new quota, assign it, then drop the demo's.
  const plain = {
    name: 'Plain',
    unit: 'impressions',
    schedule: 'every-month',
    limits: { total: 100, color: 'disallowed' },
  };
  const demoQuotas = (await (await demo.admin('/quota-definitions')).json()) as unknown[];
  await putAdmin(demo, '/quota-definitions', [...demoQuotas, plain]);
  await putAdmin(demo, '/quota-assignments', [{ scope: 'user', email: 'chloe@example.com', quota: 'Plain' }]);
  await putAdmin(demo, '/quota-definitions', [plain]);
  await holdJob(demo, pdf, 'chloe', 'Colour brochure', { colormode: 'color' });
  await holdJob(demo, pdf, 'chloe', 'Plain memo', { colormode: 'monochrome' });
});

afterAll(async () => {
  await browser?.close();
  await demo?.stop();
});

const row = (page: Page, name: string) => page.getByTestId('job-row').filter({ hasText: name });

async function chloeAt(printer: string, lang: 'en' | 'fr'): Promise<Page> {
  const page = await openPanel(browser, demo.url, printer, lang);
  await tapBadge(page, '1003');
  await textOf(page.getByTestId('user-name'), 'Chloé Dubois');
  await row(page, 'Colour brochure').waitFor();
  return page;
}

describe('cost and quota on the panel', () => {
  it('shows costs, the total of the selection and the quota left, in French too', async () => {
    const fr = await chloeAt('sim-color', 'fr');
    await textOf(row(fr, 'Colour brochure').getByTestId('job-cost'), /0,40\s€/);
    await textOf(fr.getByTestId('quota-left'), /^Reste 100\spages, pas de couleur$/);
    await row(fr, 'Colour brochure').click();
    await row(fr, 'Plain memo').click();
    await textOf(fr.getByTestId('selection-total'), /^Sélection\s: 0,60\s€$/);
    expect(await touchProblems(fr)).toEqual([]);
    await screenshot(fr, 'costs.fr');
    await fr.context().close();
  });

  it('offers black and white when colour is not allowed, and prints it that way', async () => {
    const page = await chloeAt('sim-color', 'en');
    await textOf(row(page, 'Colour brochure').getByTestId('job-cost'), /€0\.40$/);
    await row(page, 'Colour brochure').click();
    await textOf(page.getByTestId('selection-total'), 'Selected: €0.40');
    await page.getByTestId('print').click();
    await textOf(
      page.getByTestId('mono-offer'),
      /Colour printing is not allowed for your account: print in black and white\?/,
    );
    await screenshot(page, 'mono-offer.en');
    await page.getByTestId('mono-offer-accept').click();
    await textOf(page.getByTestId('status'), /“Colour brochure” printed/);
    const [entry] = await trayOf(demo, 'sim-color', 'Colour brochure');
    expect(entry).toMatchObject({ user: 'chloe', colorMode: 'monochrome' });
    // 2 black-and-white pages came off the 100.
    await textOf(page.getByTestId('quota-left'), '98 pages left, no colour');
    await page.context().close();
  });
});
