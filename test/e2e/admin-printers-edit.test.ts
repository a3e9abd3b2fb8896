import fs from 'node:fs/promises';
import path from 'node:path';
import type { AdminJob, HistoryEntry, PrinterRecord, ReportRow } from '@quire/protocol';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import { type Ippeveprinter, startIppeveprinter } from '../support/ippeveprinter';
import { makePdf } from '../support/pdf';
import { tempDir } from '../support/process';
import { addPrinter, ipptoolPrint, seedPeople } from '../support/seed';
import { ADMIN_TOKEN, startTestServer, type TestServer } from '../support/server';

/**
 * Issue 5, one printer's page (`#/printers/<name>/edit`) in Debian chromium, against the real server and
 * two real ippeveprinters: the address of `eve` moves from a colour duplex printer to a black-and-white
 * simplex one and the capabilities shown change with it; a test page arrives at the printer, and one
 * that cannot is refused with the reason; helpdesk sees it all and changes nothing; in French on a
 * phone it fits; removing eve, which has printed a job, keeps that job in the History section and the
 * printers report. The tests run in order.
 */

let server: TestServer;
/** Where eve is at first: colour and two-sided. */
let colour: Ippeveprinter;
/** Where eve moves: black and white, one-sided. */
let mono: Ippeveprinter;
let browser: Browser;
let page: Page;
let dir: string;
/** The job bob printed on eve before the tests. */
let printedJob: AdminJob;

async function admin<T>(p: string, init?: RequestInit): Promise<T> {
  const res = await server.admin(p, init);
  const text = await res.text();
  expect(res.ok, `${p}: ${text}`).toBe(true);
  return JSON.parse(text) as T;
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const go = async (p: Page, hash: string, title: string) => {
  await p.evaluate((h) => {
    location.hash = h;
  }, hash);
  await textOf(p.locator('main h1'), title);
};

/** The value next to `label` in the printer's facts. */
const fact = (p: Page, label: string) =>
  p
    .getByTestId('printer-facts')
    .locator('div', { has: p.locator('dt', { hasText: label }) })
    .locator('dd');

beforeAll(async () => {
  dir = await tempDir('admin-printers-edit');
  const pdf = path.join(dir, 'report.pdf');
  await fs.writeFile(pdf, await makePdf(2, 'Quarterly report'));
  [server, colour, mono, browser] = await Promise.all([
    startTestServer(),
    startIppeveprinter({ name: 'Colour' }),
    startIppeveprinter({ name: 'Mono', color: false, duplex: false }),
    launchChromium(),
  ]);
  await seedPeople(server);
  expect((await addPrinter(server, 'eve', colour.uri)).status).toBe(201);
  // eve's history: bob's job, released to it on his behalf and printed.
  await ipptoolPrint(server, 'bob', pdf);
  const [held] = await admin<AdminJob[]>('/jobs?user=bob&state=held');
  await admin(`/jobs/${held!.id}/release`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ printer: 'eve' }),
  });
  await colour.waitForJobs(1);
  printedJob = await until('bob’s job printed on eve', async () =>
    (await admin<AdminJob[]>('/jobs?user=bob&state=printed')).find((j) => j.id === held!.id),
  );
  page = await openAdminWithToken(browser, server.url, ADMIN_TOKEN, { hash: '#/printers' });
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([server?.stop(), colour?.stop(), mono?.stop()]);
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

describe('one printer’s page', () => {
  it('moves eve to a second printer: a bad or silent address changes nothing, the new capabilities show', async () => {
    await textOf(page.locator('main h1'), 'Printers');
    await page.locator('[data-testid=printer][data-printer=eve]').getByTestId('edit-printer').click();
    await textOf(page.locator('main h1'), 'Printer eve');
    await textOf(fact(page, 'Colour'), 'colour and black and white');
    await textOf(fact(page, 'Two-sided'), 'yes');
    const address = page.locator('#printer-address').getByLabel('Address');
    expect(await address.inputValue()).toBe(colour.uri);

    await address.fill('eve.example.com');
    await page.getByTestId('printer-address').click();
    await textOf(
      page.locator('#printer-address').getByTestId('field-error'),
      'An address starting with ipp://, ipps://, http:// or https://.',
    );
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('printer-address-uri');

    await address.fill('ipp://127.0.0.1:9/ipp/print');
    await page.getByTestId('printer-address').click();
    await textOf(
      page.getByTestId('status-printer-address'),
      /^Not changed: Could not read the printer's capabilities/,
      30_000,
    );
    await textOf(fact(page, 'Address'), colour.uri);

    await address.fill(mono.uri);
    await page.getByTestId('printer-address').click();
    await textOf(
      page.getByTestId('status-printer-address'),
      'Saved: eve is at the new address, its capabilities read again (shown above).',
      30_000,
    );
    await textOf(fact(page, 'Address'), mono.uri);
    await textOf(fact(page, 'Colour'), 'black and white only');
    await textOf(fact(page, 'Two-sided'), 'no, one-sided only');
    const [eve] = await admin<PrinterRecord[]>('/printers');
    expect(eve).toMatchObject({ name: 'eve', uri: mono.uri, capabilities: { colorModes: ['monochrome'] } });
    await screenshot(page, 'admin-printer-edit.en');
  });

  it('prints a test page that arrives at the printer, and says why when the printer is gone', async () => {
    await page.getByTestId('test-page').click();
    await textOf(
      page.getByTestId('status-test-page'),
      /^eve accepted the test page at .+ \(its job \d+\)\.$/,
      30_000,
    );
    const said = (await page.getByTestId('status-test-page').textContent())!;
    const [received] = await mono.waitForJobs(1);
    expect(said).toContain(`(its job ${received!.printerJobId}).`);
    expect(received!.document.subarray(0, 5).toString()).toBe('%PDF-');
    expect(received!.attrs.IPP_JOB_NAME).toBe('Quire test page for eve');
    expect((await colour.received()).length).toBe(1);

    await mono.stop();
    await page.getByTestId('test-page').click();
    await textOf(page.getByTestId('status-test-page'), /^No test page on eve: .+/, 30_000);
    await screenshot(page, 'admin-printer-test-page.en');
  });

  it('shows helpdesk the printer and changes nothing: the address disabled, no test page, no removal', async () => {
    // An administrator account closes the first-run form, so the page offers the sign-in form.
    for (const [email, role] of [
      ['bob@example.com', 'administrator'],
      ['alice@example.com', 'helpdesk'],
    ]) {
      await admin(`/users/${email}/role`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ role }),
      });
    }
    const desk = await openAdminPage(browser, server.url, { hash: '#/printers/eve/edit' });
    await signInWithAccount(desk, 'alice', 'alice-secret');
    await textOf(desk.locator('main h1'), 'Printer eve');
    await textOf(
      desk.getByTestId('read-only'),
      'Your account (helpdesk) can see these settings but not change them.',
    );
    await textOf(fact(desk, 'Colour'), 'black and white only');
    expect(await desk.locator('#printer-address').getByLabel('Address').isDisabled()).toBe(true);
    expect(await desk.getByTestId('test-page').count()).toBe(0);
    expect(await desk.getByTestId('remove-printer').count()).toBe(0);
    await desk.context().close();
  });

  it('in French on a phone: fits the width, names what removing does, and keeps the printer on « La garder »', async () => {
    const phone = await openAdminWithToken(browser, server.url, ADMIN_TOKEN, {
      viewport: PHONE_VIEWPORT,
      hash: '#/printers/eve/edit',
    });
    await phone.getByTestId('language').click();
    await textOf(phone.locator('main h1'), 'Imprimante eve');
    await textOf(fact(phone, 'Couleur'), 'noir et blanc uniquement');
    await textOf(
      phone.locator('.remove-printer li').last(),
      'son historique et ses facturations restent\u00a0: les rapports comptent toujours ses travaux sous le nom «\u00a0eve\u00a0».',
    );
    expect(await scrollsSideways(phone)).toBe(false);
    await phone.getByTestId('remove-printer').click();
    await textOf(phone.locator('.confirm-question'), 'Retirer eve\u00a0? C’est définitif.');
    // The harmless answer has the focus: Enter pressed twice removes nothing.
    expect(await phone.evaluate(() => document.activeElement?.textContent)).toBe('La garder');
    expect(await scrollsSideways(phone)).toBe(false);
    await screenshot(phone, 'admin-printer-remove.phone.fr');
    await phone.keyboard.press('Enter');
    await phone.getByTestId('remove-printer').waitFor();
    expect((await admin<PrinterRecord[]>('/printers')).map((p) => p.name)).toEqual(['eve']);
    await go(phone, '#/printers', 'Imprimantes');
    expect(await scrollsSideways(phone)).toBe(false);
    await phone.context().close();
  });

  it('removes eve, which has printed a job: the History section still lists the job, the report counts it', async () => {
    await textOf(
      page.locator('.remove-printer li').first(),
      'its panel stops working: nobody can release jobs at it any more;',
    );
    await page.getByTestId('remove-printer').click();
    await textOf(page.locator('.confirm-question'), 'Remove eve? This cannot be undone.');
    await page.getByTestId('remove-printer-yes').click();
    await textOf(page.locator('main h1'), 'Printers');
    await textOf(
      page.getByTestId('printers-notice'),
      'eve removed. Its history and charges stay in the reports.',
    );
    expect(await page.locator('[data-testid=printer]').count()).toBe(0);
    expect(await admin<PrinterRecord[]>('/printers')).toEqual([]);

    await go(page, '#/history', 'History');
    // The row's printer and job name cells.
    const row = page.getByTestId('history-row').first();
    await textOf(row.locator('td').nth(4), 'eve');
    await textOf(row.locator('td').nth(5), printedJob.name);
    const [entry] = await admin<HistoryEntry[]>('/history?kind=printed');
    expect(entry).toMatchObject({ jobId: printedJob.id, printer: { name: 'eve' } });
    const report = await admin<ReportRow[]>('/reports/printer');
    expect(report).toEqual([expect.objectContaining({ key: 'eve', jobs: 1 })]);
    await screenshot(page, 'admin-history-after-removal.en');
    // Back on the removed printer's page: said in words, not a blank page.
    await go(page, '#/printers/eve/edit', 'Printer eve');
    await textOf(
      page.getByTestId('unknown-printer'),
      'There is no printer named “eve”. It may have been removed.',
    );
  });
});
