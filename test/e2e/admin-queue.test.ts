import fs from 'node:fs/promises';
import path from 'node:path';
import type { AdminJob } from '@quire/protocol';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccounts } from '../support/accounts';
import { ADA, HANA, openAdminAs } from '../support/admin-accounts';
import { launchChromium, PHONE_VIEWPORT, screenshot, scrollsSideways, textOf } from '../support/browser';
import { type Ippeveprinter, startIppeveprinter } from '../support/ippeveprinter';
import { makePdf } from '../support/pdf';
import { run, tempDir } from '../support/process';
import { addPrinter, adminJobs, putAdmin, seedPeople } from '../support/seed';
import { startTestServer, type TestServer } from '../support/server';

/**
 * Issue 5, the Queue section in Debian chromium (the helpdesk scenario): jobs held over IPP by ipptool
 * for alice, bob and someone nobody knows are listed with their title, owner, pages, settings and state;
 * filtered by owner and state from the address; released on alice's behalf to a real ippeveprinter
 * (it prints, the job leaves the held queue), to one that aborts every job (the reason is said and the
 * job stays held), and refused by bob's quota; deleted after a question. Helpdesk sees the queue only,
 * as the server allows; the French page fits a phone.
 */

let server: TestServer;
let eve: Ippeveprinter;
/** Takes every job and aborts it, as a jammed printer does. */
let broken: Ippeveprinter;
let browser: Browser;
/** Ada's page, signed in once and used by the tests in order. */
let page: Page;
let pdf: string;

/** Holds `title` for `owner` over IPP with CUPS's ipptool, with the settings a person would choose. */
async function hold(owner: string, title: string, settings: Record<string, string> = {}): Promise<void> {
  const vars = Object.entries({ owner, title, ...settings }).flatMap(([k, v]) => ['-d', `${k}=${v}`]);
  const args = ['-t', '-f', pdf, ...vars, server.ippUri, 'simulator/ipp/print-held.test'];
  const { code, stdout } = await run('ipptool', args);
  expect(code, stdout).toBe(0);
}

beforeAll(async () => {
  const dir = await tempDir('admin-queue');
  pdf = path.join(dir, 'doc.pdf');
  await fs.writeFile(pdf, await makePdf(2, 'Queue test'));
  [server, eve, broken, browser] = await Promise.all([
    startTestServer(),
    // Two seconds a job: long enough to see the release under way.
    startIppeveprinter({ name: 'Eve', processSeconds: 2 }),
    startIppeveprinter({ name: 'Broken', abortJobs: true }),
    launchChromium(),
  ]);
  await seedPeople(server);
  expect((await addPrinter(server, 'eve', eve.uri)).status).toBe(201);
  expect((await addPrinter(server, 'broken', broken.uri)).status).toBe(201);
  await addAccounts(server, [
    [ADA, 'administrator'],
    [HANA, 'helpdesk'],
  ]);
  await hold('alice', 'Quarterly report', {
    copies: '2',
    sides: 'two-sided-long-edge',
    colormode: 'monochrome',
  });
  await hold('alice', 'Meeting notes');
  await hold('bob', 'Poster');
  await hold('stranger', 'Unclaimed');
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await Promise.all([eve?.stop(), broken?.stop()]);
});

const jobOf = async (name: string): Promise<AdminJob> => {
  const job = (await adminJobs(server)).find((j) => j.name === name);
  expect(job, name).toBeDefined();
  return job!;
};

const cards = (p: Page) => p.getByTestId('job');
const card = (p: Page, name: string) =>
  cards(p).filter({ has: p.getByRole('heading', { name, exact: true }) });
const fact = (c: Locator, label: string) => c.locator('.facts > div', { hasText: label }).locator('dd');
const titles = (p: Page) => cards(p).locator('h2').allTextContents();

/** "Release to…" on the card, the printer chosen, Release. */
async function releaseTo(p: Page, name: string, printer: string): Promise<void> {
  await card(p, name).getByTestId('release-open').click();
  await card(p, name).getByTestId('release-printer').selectOption(printer);
  await card(p, name).getByTestId('release').click();
}

describe('an administrator', () => {
  it('sees every held job: title, owner, pages, settings, when, state', async () => {
    page = await openAdminAs(browser, server.url, ADA, { hash: '#/queue' });
    await textOf(page.locator('main h1'), 'Queue');
    await expect
      .poll(() => titles(page))
      .toEqual(['Unclaimed', 'Poster', 'Meeting notes', 'Quarterly report']);
    await textOf(page.getByTestId('queue-count'), 'Jobs 1 to 4 of 4, newest first');

    const report = card(page, 'Quarterly report');
    await textOf(fact(report, 'Owner'), 'alice alice@example.com');
    await textOf(fact(report, 'Pages'), '2');
    await textOf(fact(report, 'Settings'), '2 copies, two-sided, black and white');
    await textOf(fact(report, 'State'), 'held');
    await textOf(fact(report, 'Submitted'), /^\d\d:\d\d:\d\d \(.+\)$/);
    await textOf(fact(report, 'Job number'), String((await jobOf('Quarterly report')).id));
    await report.getByTestId('release-open').waitFor();
    expect(await report.getByTestId('release-open').getAttribute('aria-label')).toBe(
      'Release “Quarterly report” to a printer',
    );

    // Sent under a name nobody has: it can be deleted, not released for anyone.
    const unclaimed = card(page, 'Unclaimed');
    await textOf(fact(unclaimed, 'Owner'), 'stranger (not a known user)');
    await textOf(
      unclaimed.locator('.actions'),
      /^Sent under a name no user has: create the user to release it\./,
    );
    expect(await unclaimed.getByTestId('release-open').count()).toBe(0);
    expect(await unclaimed.getByTestId('delete-job').count()).toBe(1);
    await screenshot(page, 'admin-queue.en');
  });

  it('filters by owner and state, from the address', async () => {
    await page.locator('#queue-filter-user').fill('alice');
    await page.getByTestId('show').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/queue?user=alice');
    await expect.poll(() => titles(page)).toEqual(['Meeting notes', 'Quarterly report']);
    await textOf(page.getByTestId('queue-count'), 'Jobs 1 to 2 of 2, newest first');

    await page.locator('#queue-filter-state').selectOption({ label: 'printed' });
    await page.getByTestId('show').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/queue?user=alice&state=printed');
    await textOf(page.getByTestId('empty'), 'No job matches these filters.');

    // Kept across a reload: the address is the view.
    await page.reload();
    await textOf(page.getByTestId('empty'), 'No job matches these filters.');
    expect(await page.locator('#queue-filter-user').inputValue()).toBe('alice');
    await page.evaluate(() => {
      location.hash = '#/queue?user=alice';
    });
    await expect.poll(() => titles(page)).toEqual(['Meeting notes', 'Quarterly report']);
  });

  it('releases a job to a real printer on its owner’s behalf: it prints and leaves the queue', async () => {
    const job = await jobOf('Quarterly report');
    await releaseTo(page, 'Quarterly report', 'eve');
    // Under way: said on the card, where the focus went when the Release button did.
    const progress = card(page, 'Quarterly report').getByTestId('release-progress');
    await textOf(progress, /^(Sending to eve…|Printing on eve…)$/);
    await textOf(progress, 'Printing on eve…');
    expect(await progress.evaluate((p) => p === document.activeElement)).toBe(true);
    expect(await progress.getAttribute('role')).toBe('status');
    await screenshot(page, 'admin-queue-releasing.en');
    await textOf(
      page.getByTestId('notice'),
      '“Quarterly report” printed on eve for alice@example.com.',
      30_000,
    );
    await expect.poll(() => titles(page)).toEqual(['Meeting notes']);
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid))
      .toBe('notice');

    const [printed] = await eve.waitForJobs(1);
    expect(printed!.attrs.IPP_COPIES).toBe('2');
    expect((await jobOf('Quarterly report')).state).toBe('printed');
    const audit = (await (await server.admin('/audit?limit=5')).json()) as {
      entries: { action: string; actor: string; summary: Record<string, unknown> }[];
    };
    expect(audit.entries.find((e) => e.action === 'POST /api/admin/jobs/:id/release')).toMatchObject({
      actor: ADA.email,
      summary: { onBehalfOf: 'alice@example.com', printer: 'eve' },
    });

    // In the printed jobs now, with nothing left to do to it.
    await page.locator('#queue-filter-state').selectOption({ label: 'printed' });
    await page.getByTestId('show').click();
    await expect.poll(() => titles(page)).toEqual(['Quarterly report']);
    const done = card(page, 'Quarterly report');
    await textOf(fact(done, 'State'), 'printed');
    expect(await done.locator('button').count()).toBe(0);
    expect(Number(await done.getAttribute('data-job'))).toBe(job.id);
  });

  it('says why a printer did not print a job, which stays held with the reason', async () => {
    await page.evaluate(() => {
      location.hash = '#/queue?user=alice';
    });
    await expect.poll(() => titles(page)).toEqual(['Meeting notes']);
    await releaseTo(page, 'Meeting notes', 'broken');
    await textOf(
      page.getByTestId('notice'),
      /^“Meeting notes” did not print on broken: broken aborted "Meeting notes"\. It is still held\.$/,
      30_000,
    );
    const notes = card(page, 'Meeting notes');
    await textOf(notes.getByTestId('last-error'), /^The last release failed: .+/);
    await textOf(fact(notes, 'State'), 'held');
    await notes.getByTestId('release-open').waitFor();
    const job = await jobOf('Meeting notes');
    expect(job.state).toBe('held');
    expect(job.lastError).not.toBeNull();
    await screenshot(page, 'admin-queue-failed.en');
  });

  it('says at once what the server refuses (the owner’s quota); nothing is sent', async () => {
    await putAdmin(server, '/quota-definitions', [
      { name: 'none', unit: 'impressions', schedule: 'every-month', limits: { total: 'disabled' } },
    ]);
    await putAdmin(server, '/quota-assignments', [
      { scope: 'user', email: 'bob@example.com', quota: 'none' },
    ]);
    try {
      await page.evaluate(() => {
        location.hash = '#/queue?user=bob';
      });
      await expect.poll(() => titles(page)).toEqual(['Poster']);
      await releaseTo(page, 'Poster', 'eve');
      await textOf(page.getByTestId('notice'), /^“Poster” not released: .+ It is still held\.$/);
      await textOf(fact(card(page, 'Poster'), 'State'), 'held');
      expect((await jobOf('Poster')).state).toBe('held');
      expect((await eve.received()).length).toBe(1);
    } finally {
      await putAdmin(server, '/quota-assignments', []);
    }
  });

  it('deletes a job only after the question is answered yes', async () => {
    await page.evaluate(() => {
      location.hash = '#/queue?user=alice';
    });
    const notes = card(page, 'Meeting notes');
    await notes.getByTestId('delete-job').click();
    await textOf(
      notes.locator('legend'),
      'Delete “Meeting notes” of alice@example.com? It cannot be printed afterwards.',
    );
    await notes.getByTestId('delete-job-no').click();
    expect((await jobOf('Meeting notes')).state).toBe('held');

    await notes.getByTestId('delete-job').click();
    await notes.getByTestId('delete-job-yes').click();
    await textOf(page.getByTestId('notice'), '“Meeting notes” of alice@example.com deleted.');
    await page.getByTestId('empty').waitFor();
    // The card went with the focus: it is on what happened, not lost at the top of the page.
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid))
      .toBe('notice');
    expect((await jobOf('Meeting notes')).state).toBe('deleted');
  });
});

describe('a helpdesk account', () => {
  it('sees the queue but cannot delete or release: the server leaves that to administrators', async () => {
    const desk = await openAdminAs(browser, server.url, HANA, { hash: '#/queue' });
    await textOf(desk.locator('main h1'), 'Queue');
    await textOf(
      desk.getByTestId('read-only'),
      'Your account (helpdesk) can see the queue but not delete jobs or release them: the server leaves that to administrators.',
    );
    await expect.poll(() => titles(desk)).toEqual(['Unclaimed', 'Poster']);
    expect(await desk.locator('main .cards button').count()).toBe(0);
    await screenshot(desk, 'admin-queue-helpdesk.en');
    await desk.context().close();
  });
});

describe('in French on a phone', () => {
  it('lists the held jobs, offers the release in French, and fits the width', async () => {
    const phone = await openAdminAs(browser, server.url, ADA, {
      viewport: PHONE_VIEWPORT,
      hash: '#/queue',
      french: true,
    });
    await textOf(phone.locator('main h1'), 'File d’attente');
    await expect.poll(() => titles(phone)).toEqual(['Unclaimed', 'Poster']);
    const poster = card(phone, 'Poster');
    await textOf(fact(poster, 'État'), 'en attente');
    await textOf(fact(poster, 'Réglages'), /^1\u00a0exemplaire, /);
    await textOf(fact(card(phone, 'Unclaimed'), 'Propriétaire'), 'stranger (utilisateur inconnu)');
    expect(await scrollsSideways(phone)).toBe(false);

    await poster.getByTestId('release-open').click();
    await textOf(poster.locator('.release-form label'), 'Imprimante');
    expect(
      await poster
        .getByTestId('release-printer')
        .evaluate((s: HTMLSelectElement) => [...s.options].map((o) => o.value).sort()),
    ).toEqual(['broken', 'eve']);
    expect(await phone.evaluate(() => document.activeElement?.id)).toMatch(/^release-\d+$/);
    expect(await scrollsSideways(phone)).toBe(false);
    await screenshot(phone, 'admin-queue.phone.fr');
    await phone.keyboard.press('Escape');
    await textOf(poster.getByTestId('release-open'), 'Libérer sur…');
    await phone.context().close();
  });
});
