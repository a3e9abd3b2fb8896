import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPanel, screenshot, tapBadge, textOf, touchProblems } from '../support/browser';
import { type Demo, holdJob, startDemo, trayOf } from '../support/demo';
import { makePdf } from '../support/pdf';
import { putAdmin } from '../support/seed';

/**
 * Issue 4 in Debian chromium at 800x480: the job list and its actions (edit with the printer's
 * finishing, print, print and keep, delete), delegated jobs, and the policies that shape them (copies
 * locked, print and keep off, automatic release). What the printer received is read back from the
 * simulator's output tray.
 */

let demo: Demo;
let browser: Browser;
let pdf: Buffer;

beforeAll(async () => {
  [demo, browser, pdf] = await Promise.all([startDemo(), launchChromium(), makePdf(2, 'Panel e2e')]);
  for (const title of ['Edit me', 'Keep me', 'Delete me', 'Mono check'])
    await holdJob(demo, pdf, 'alice', title);
  await holdJob(demo, pdf, 'alice', 'For Bob to print');
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

async function select(page: Page, name: string): Promise<void> {
  await row(page, name).click();
  await expect.poll(() => row(page, name).getAttribute('aria-selected')).toBe('true');
}

describe('the job list', () => {
  it('edits copies 3, two-sided, black and white and staple on the finisher printer, and the printer gets exactly that', async () => {
    const page = await signedIn('sim-color', '1001', 'Alice Martin', 'en');
    expect(await touchProblems(page)).toEqual([]);
    await screenshot(page, 'job-list.en');
    await select(page, 'Edit me');
    await page.getByTestId('edit').click();
    await page.getByTestId('edit-dialog').waitFor();
    // sim-color's finisher staples and punches; it does not fold.
    expect(await page.getByTestId('finishing-staple').count()).toBe(1);
    expect(await page.getByTestId('finishing-punch').count()).toBe(1);
    expect(await page.getByTestId('finishing-fold').count()).toBe(0);
    await page.getByTestId('copies-plus').click();
    await page.getByTestId('copies-plus').click();
    await page.getByTestId('two-sided').click();
    await page.getByTestId('mono').click();
    await page.getByTestId('finishing-staple').click();
    await textOf(page.getByTestId('copies-value'), '3');
    expect(await page.getByTestId('finishing-staple').getAttribute('aria-checked')).toBe('true');
    expect(await touchProblems(page)).toEqual([]);
    await screenshot(page, 'edit-dialog.en');
    await page.getByTestId('save').click();
    await textOf(row(page, 'Edit me'), /Black and white.*Two-sided.*3 copies/);

    await page.getByTestId('print').click();
    await textOf(page.getByTestId('status'), /“Edit me” printed/);
    await expect.poll(async () => (await trayOf(demo, 'sim-color', 'Edit me')).length).toBe(1);
    const [entry] = await trayOf(demo, 'sim-color', 'Edit me');
    expect(entry).toMatchObject({
      copies: 3,
      sides: 'two-sided-long-edge',
      colorMode: 'monochrome',
      finishings: [4],
    });
    await expect.poll(() => row(page, 'Edit me').count()).toBe(0);
  });

  it('offers no staple (and nothing the printer cannot do) on the mono printer', async () => {
    const page = await signedIn('sim-mono', '1001', 'Alice Martin', 'en');
    await select(page, 'Mono check');
    await page.getByTestId('edit').click();
    await page.getByTestId('edit-dialog').waitFor();
    for (const id of ['finishing-staple', 'finishing-punch', 'finishing-fold', 'two-sided', 'mono'])
      expect(await page.getByTestId(id).count(), id).toBe(0);
    expect(await page.getByTestId('copies-plus').isEnabled()).toBe(true);
    await page.getByTestId('cancel').click();
    await page.getByTestId('sign-out').click();
  });

  it('prints and keeps: the job prints, stays listed as kept, and prints again', async () => {
    const page = await signedIn('sim-color', '1001', 'Alice Martin', 'en');
    await select(page, 'Keep me');
    await page.getByTestId('print-keep').click();
    await textOf(row(page, 'Keep me'), /Printed, kept/);
    await expect.poll(async () => (await trayOf(demo, 'sim-color', 'Keep me')).length).toBe(1);
    await page.getByTestId('refresh').click();
    await textOf(row(page, 'Keep me'), /Printed, kept/);

    await select(page, 'Keep me');
    await page.getByTestId('print').click();
    await expect.poll(async () => (await trayOf(demo, 'sim-color', 'Keep me')).length).toBe(2);
    await expect.poll(() => row(page, 'Keep me').count()).toBe(0);
    await page.getByTestId('sign-out').click();
  });

  it('deletes a job', async () => {
    const page = await signedIn('sim-color', '1001', 'Alice Martin', 'en');
    await select(page, 'Delete me');
    await page.getByTestId('delete').click();
    await textOf(page.getByTestId('status'), 'Job deleted.');
    await expect.poll(() => row(page, 'Delete me').count()).toBe(0);
    await page.getByTestId('refresh').click();
    await textOf(page.getByTestId('status'), 'List updated.');
    expect(await row(page, 'Delete me').count()).toBe(0);
    expect(await trayOf(demo, 'sim-color', 'Delete me')).toEqual([]);
    await page.getByTestId('sign-out').click();
  });

  it("lets a delegate release someone else's job, grouped under their name, and not delete it", async () => {
    await putAdmin(demo, '/users/alice@example.com/delegates', { delegates: ['bob@example.com'] });
    const page = await signedIn('sim-color', '1002', 'Bob Nguyen', 'en');
    await textOf(page.locator('.group-title'), 'Jobs of Alice Martin');
    await select(page, 'For Bob to print');
    expect(await page.getByTestId('delete').isDisabled()).toBe(true);
    await page.getByTestId('print').click();
    await textOf(page.getByTestId('status'), /“For Bob to print” printed/);
    await expect.poll(async () => (await trayOf(demo, 'sim-color', 'For Bob to print')).length).toBe(1);
    await page.getByTestId('sign-out').click();
  });

  it('speaks French: the list and the edit dialog', async () => {
    const page = await signedIn('sim-color', '1002', 'Bob Nguyen', 'fr');
    await textOf(page.getByTestId('print'), 'Imprimer');
    await textOf(page.getByTestId('print-keep'), 'Imprimer et conserver');
    expect(await touchProblems(page)).toEqual([]);
    await screenshot(page, 'job-list.fr');
    await select(page, 'Architecture review');
    await page.getByTestId('edit').click();
    await textOf(page.getByTestId('two-sided'), 'Recto verso');
    await textOf(page.getByTestId('finishing-staple'), 'Agrafer');
    await textOf(page.getByTestId('finishing-punch'), 'Perforer');
    expect(await touchProblems(page)).toEqual([]);
    await screenshot(page, 'edit-dialog.fr');
    await page.getByTestId('cancel').click();
    await page.getByTestId('sign-out').click();
  });
});

describe('policies at the panel', () => {
  it('locks copies and hides Print and keep when the policies say so', async () => {
    await putAdmin(demo, '/policies', { editCopies: false, printAndKeep: false });
    try {
      const page = await signedIn('sim-color', '1002', 'Bob Nguyen', 'en');
      expect(await page.getByTestId('print-keep').count()).toBe(0);
      await select(page, 'Architecture review');
      await page.getByTestId('edit').click();
      await textOf(page.getByTestId('copies-locked'), /does not allow changing the number of copies/);
      expect(await page.getByTestId('copies-plus').isDisabled()).toBe(true);
      await page.getByTestId('cancel').click();
      await page.getByTestId('sign-out').click();
    } finally {
      await putAdmin(demo, '/policies', { editCopies: true, printAndKeep: true });
    }
  });

  it('prints every held job at sign-in under the automatic-release policy, and says so', async () => {
    await holdJob(demo, pdf, 'chloe', 'Auto one');
    await putAdmin(demo, '/policies', { autoRelease: true });
    try {
      const page = await openPanel(browser, demo.url, 'sim-color', 'en');
      await tapBadge(page, '1003');
      await textOf(page.getByTestId('user-name'), 'Chloé Dubois');
      await textOf(page.getByTestId('auto-release'), /Printing all your jobs \(2\)|2 jobs were printed/);
      await textOf(page.getByTestId('auto-release'), 'All 2 jobs were printed.', 30_000);
      await expect.poll(async () => (await trayOf(demo, 'sim-color', 'Auto one')).length).toBe(1);
      await expect.poll(() => page.getByTestId('job-row').count()).toBe(0);
      await page.getByTestId('sign-out').click();
    } finally {
      await putAdmin(demo, '/policies', { autoRelease: false });
    }
  }, 60_000);
});
