import fs from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccounts } from '../support/accounts';
import {
  launchChromium,
  openAdminPage,
  PHONE_VIEWPORT,
  screenshot,
  scrollsSideways,
  signInWithAccount,
  textOf,
} from '../support/browser';
import { type Ippeveprinter, startIppeveprinter } from '../support/ippeveprinter';
import { TestPanel } from '../support/panel-client';
import { makePdf } from '../support/pdf';
import { tempDir } from '../support/process';
import { ipptoolPrint } from '../support/seed';
import { startTestServer, type TestServer } from '../support/server';
import { WebClient } from '../support/web-client';

/**
 * Issue 5, the admin page with accounts, in Debian chromium: a new server (no ADMIN_TOKEN, no demo)
 * offers the first-run form; the first administrator signs in with a session cookie and sets up people,
 * badges, quotas, prices, policies, the badge reader and a printer's panel through the page's forms;
 * what was saved is read back from the API. A helpdesk account sees it all, disabled. Every change the
 * page made carried the session's CSRF token.
 */

const ADA = { email: 'ada@example.com', name: 'Ada Admin', password: 'correct horse battery' };
const HEADER =
  'EMAIL,OPERATION,PASSWORD,FIRST_NAME,LAST_NAME,DISPLAY_NAME,SHORTNAME,GROUPS,CUSTOM_ATTRIBUTES,COST_CENTER,DEPARTMENT';
const CAROL = 'carol@example.com,CREATE,carol-secret-1,Carol,Diaz,,carol,"Finance team",,CC-10,Finance';
const ERIN = 'erin@example.com,CREATE,erin-secret-12,Erin,Moreau,,erin,,,,Support';
/** Lines 3 and 4 are bad: an address that is no email, an operation that does not exist. */
const USERS_BAD = [
  HEADER,
  CAROL,
  'not-an-email,CREATE,x-secret-123,Xavier,Bad,,xavier,,,,',
  'dave@example.com,FLY,dave-secret-1,Dave,Roy,,dave,,,,Finance',
  ERIN,
].join('\n');
/** Lines 2 and 3 are bad, for the French page on a phone. */
const USERS_BAD_FR = [
  HEADER,
  'personne,CREATE,p-secret-123,Paul,Personne,,paul,,,,',
  'zoe@example.com,VOLER,z-secret-123,Zoé,Martin,,zoe,,,,',
].join('\n');
const USERS_FIXED = USERS_BAD.replace('not-an-email,', 'xavier@example.com,').replace(',FLY,', ',CREATE,');

let server: TestServer;
let eve: Ippeveprinter;
let browser: Browser;
/** Ada's page, signed in once and used by the tests in order. */
let page: Page;
/** Ada through the API, to read back what the page saved. */
let api: WebClient;
/** Every state-changing call the page made to the server. */
const changes: { method: string; url: string; csrf: string | undefined; bearer: boolean }[] = [];
let pdf: string;

beforeAll(async () => {
  const dir = await tempDir('admin-settings');
  pdf = path.join(dir, 'report.pdf');
  await fs.writeFile(pdf, await makePdf(2, 'Quarterly report'));
  // No ADMIN_TOKEN: the page's accounts are the only way in; the first run is due.
  [server, eve, browser] = await Promise.all([
    startTestServer({ ADMIN_TOKEN: undefined }),
    startIppeveprinter({ name: 'Eve' }),
    launchChromium(),
  ]);
  api = new WebClient(server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await eve?.stop();
});

const json = async (path: string): Promise<unknown> => {
  const res = await api.fetch(`/api/admin${path}`);
  expect(res.status, path).toBe(200);
  return res.json();
};

const canSignIn = async (login: string, password: string): Promise<number> =>
  (await new WebClient(server.url).login(login, password)).status;

const go = async (p: Page, hash: string, title: string) => {
  await p.evaluate((h) => {
    location.hash = h;
  }, hash);
  await textOf(p.locator('main h1'), title);
};

const field = (p: Page, label: string | RegExp) => p.getByLabel(label, { exact: typeof label === 'string' });

describe('the first run', () => {
  it('lets an account made with the admin token (helpdesk, say) sign in from under the first-run form', async () => {
    // A server of its own, with the admin token (this file's server has none).
    const withToken = await startTestServer();
    try {
      const hugo = { email: 'hugo.help@example.com', password: 'helpdesk-secret-7', name: 'Hugo Help' };
      await addAccounts(withToken, [[hugo, 'helpdesk']]);
      const p = await openAdminPage(browser, withToken.url);
      await textOf(p.locator('h1'), 'Create the first administrator');
      await p.getByTestId('use-account').click();
      await signInWithAccount(p, hugo.email, hugo.password);
      await textOf(p.getByTestId('who'), 'Hugo Help (helpdesk)');
      // Still no administrator: the next visitor gets the first-run form again.
      expect(
        ((await (await fetch(`${withToken.url}/api/auth/setup`)).json()) as { needed: boolean }).needed,
      ).toBe(true);
      await p.context().close();
    } finally {
      await withToken.stop();
    }
  });

  it('offers the first-run form on a new server, says every problem in words, and signs the first administrator in', async () => {
    page = await openAdminPage(browser, server.url);
    page.on('request', (r: Request) => {
      if (r.method() !== 'GET' && r.url().includes('/api/'))
        changes.push({
          method: r.method(),
          url: new URL(r.url()).pathname,
          csrf: r.headers()['x-csrf-token'],
          bearer: 'authorization' in r.headers(),
        });
    });
    await textOf(page.locator('h1'), 'Create the first administrator');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('setup-email');
    await screenshot(page, 'admin-setup.en');

    await page.getByTestId('setup-email').fill('ada');
    await page.getByTestId('setup-password').fill('too short');
    await page.getByTestId('setup-again').fill('too shorT');
    await page.getByTestId('create-admin').click();
    const problems = await page.getByTestId('setup-problem').allTextContents();
    expect(problems).toEqual([
      'This is not an email address (name@example.com).',
      'Enter the name to greet you by.',
      'The password is too short: at least 10 characters.',
      'The two passwords are not the same.',
    ]);
    // Said where the eyes and the screen reader are: focus on the first field in trouble, which names it.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('setup-email');
    expect(await page.getByTestId('setup-email').getAttribute('aria-describedby')).toBe(
      'setup-email-problem',
    );
    await screenshot(page, 'admin-setup-problems.en');

    await page.getByTestId('setup-email').fill(ADA.email);
    await page.getByTestId('setup-name').fill(ADA.name);
    await page.getByTestId('setup-password').fill(ADA.password);
    await page.getByTestId('setup-again').fill(ADA.password);
    await page.keyboard.press('Enter');
    await textOf(page.getByTestId('who'), 'Ada Admin (administrator)');
    await textOf(page.locator('main h1'), 'Fleet');
    expect(((await (await fetch(`${server.url}/api/auth/setup`)).json()) as { needed: boolean }).needed).toBe(
      false,
    );

    // The session is a cookie the page cannot read; after a reload /api/auth/me gives the CSRF token back.
    expect(await page.evaluate(() => document.cookie)).toBe('');
    await page.reload();
    await textOf(page.getByTestId('who'), 'Ada Admin (administrator)');

    await page.getByTestId('sign-out').click();
    await textOf(page.getByTestId('sign-in-problem'), 'You are signed out.');
    expect(changes.at(-1)).toMatchObject({ method: 'POST', url: '/api/auth/logout' });
    expect(changes.at(-1)!.csrf).toMatch(/.{16,}/);
    // Signed out on the server too: the cookie no longer opens a session.
    await page.reload();
    await textOf(page.locator('h1'), 'Sign in');
  });

  it('refuses a wrong password in words, then signs in with the short name', async () => {
    await page.getByTestId('login').fill(ADA.email);
    await page.getByTestId('password').fill('not the password');
    await page.getByTestId('sign-in').click();
    await textOf(
      page.getByTestId('sign-in-problem'),
      'This email or short name and password do not match an account. Check them and try again.',
    );
    expect(await page.getByTestId('password').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'admin-sign-in-refused.en');

    // The server blocks an account after five wrong passwords in a minute, and says for how long.
    for (let i = 0; i < 6; i++) {
      await page.getByTestId('login').fill('nobody');
      await page.getByTestId('password').fill(`guess number ${i}`);
      await page.getByTestId('sign-in').click();
      await textOf(page.getByTestId('sign-in-problem'), /^(This email|Too many)/);
      await expect.poll(() => page.getByTestId('sign-in').textContent()).toBe('Sign in');
    }
    await textOf(
      page.getByTestId('sign-in-problem'),
      /^Too many failed sign-ins\. Try again in \d+ seconds\.$/,
    );

    await signInWithAccount(page, ADA.email.toUpperCase(), ADA.password);
    await textOf(page.getByTestId('who'), 'Ada Admin (administrator)');
    expect((await api.login(ADA.email, ADA.password)).status).toBe(200);
  });
});

describe('imports', () => {
  it('lists both bad lines of a users CSV by number, applies nothing until they are fixed, then applies', async () => {
    await go(page, '#/import-users', 'Import users');
    await page.getByTestId('import-text').fill(USERS_BAD);
    await page.getByTestId('import-check').click();
    await textOf(
      page.getByTestId('import-status'),
      '2 lines to fix. Nothing can be applied until they are fixed.',
    );
    expect(await page.getByTestId('bad-line').evaluateAll((ls) => ls.map((l) => l.dataset.line))).toEqual([
      '3',
      '4',
    ]);
    await textOf(page.getByTestId('bad-line').first(), /^Line 3: .*email/i);
    await textOf(page.getByTestId('bad-line').nth(1), /^Line 4: .*OPERATION/);
    await textOf(page.getByTestId('import-created'), /^create 2/);
    expect(await page.getByTestId('import-apply').isDisabled()).toBe(true);
    await screenshot(page, 'admin-import-users-bad.en');
    // Nothing was applied: carol, a good line, has no account yet.
    expect(await canSignIn('carol', 'carol-secret-1')).toBe(401);

    // Fixed, but not checked again: still nothing to apply.
    await page.getByTestId('import-text').fill(USERS_FIXED);
    await textOf(page.getByTestId('import-status'), 'The text changed since it was checked: check it again.');
    expect(await page.getByTestId('import-apply').isDisabled()).toBe(true);
    await page.getByTestId('import-check').click();
    await textOf(
      page.getByTestId('import-status'),
      'The check passed: nothing has been applied yet. Apply it to make the changes.',
    );
    expect(await canSignIn('carol', 'carol-secret-1')).toBe(401);
    await page.getByTestId('import-apply').click();
    await textOf(page.getByTestId('import-status'), 'Applied: 4 created, 0 updated, 0 deleted.');
    expect(await canSignIn('carol', 'carol-secret-1')).toBe(200);
  });

  it('imports badges from a chosen file', async () => {
    await go(page, '#/import-badges', 'Import badges');
    await page.getByTestId('import-file').setInputFiles({
      name: 'badges.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'BADGE,OPERATION,EMAIL\n2001,CREATE,carol@example.com\n2005,CREATE,erin@example.com\n',
      ),
    });
    await expect
      .poll(() => page.getByTestId('import-text').inputValue())
      .toMatch(/^BADGE,OPERATION,EMAIL\n2001/);
    await page.getByTestId('import-check').click();
    await textOf(page.getByTestId('import-created'), /^create 2/);
    await page.getByTestId('import-apply').click();
    await textOf(page.getByTestId('import-status'), 'Applied: 2 created, 0 updated, 0 deleted.');
    // They exist: deleting them would work (a dry run, nothing changes).
    const res = await api.fetch('/api/admin/badges/import?dryRun=1', {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: 'BADGE,OPERATION,EMAIL\n2001,DELETE,carol@example.com\n2005,DELETE,erin@example.com\n',
    });
    expect(await res.json()).toMatchObject({ errors: [], deleted: [expect.any(String), expect.any(String)] });
  });
});

describe('settings forms', () => {
  it('defines a quota, assigns it to a department and saves both; the API reads them back', async () => {
    await go(page, '#/quotas', 'Quotas');
    const definitions = page.getByTestId('form-quota-definitions');
    await definitions.getByTestId('add-definition').click();
    await definitions.getByLabel('Name').fill('Finance monthly');
    await definitions.getByLabel('Total').selectOption('amount');
    await definitions.getByLabel('Impressions', { exact: true }).fill('1000');
    await definitions.getByLabel('Colour', { exact: true }).selectOption('limited');
    await definitions.getByLabel('Impressions in colour').fill('2OO');
    await definitions.getByTestId('save-quota-definitions').click();
    // Checked with the protocol's schema before sending: the typo is named next to its field.
    await textOf(definitions.getByTestId('status-quota-definitions'), /^Not saved: correct the fields/);
    await textOf(definitions.locator('#quota-definitions-0-limits-color-error'), 'Enter a whole number.');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('quota-definitions-0-limits-color');
    await definitions.getByLabel('Impressions in colour').fill('200');
    await definitions.getByTestId('save-quota-definitions').click();
    await textOf(definitions.getByTestId('status-quota-definitions'), 'Saved.');

    const assignments = page.getByTestId('form-quota-assignments');
    await assignments.getByTestId('add-assignment').click();
    await assignments.getByTestId('save-quota-assignments').click();
    await textOf(assignments.getByTestId('field-error'), 'Required.');
    await assignments.getByLabel('Department').fill('Finance');
    expect(await assignments.getByLabel('Quota', { exact: true }).inputValue()).toBe('Finance monthly');
    await assignments.getByTestId('save-quota-assignments').click();
    await textOf(assignments.getByTestId('status-quota-assignments'), 'Saved.');

    await page.getByTestId('form-quota-policy').getByLabel('the department’s quota').check();
    await page.getByTestId('save-quota-policy').click();
    await textOf(page.getByTestId('status-quota-policy'), 'Saved.');

    expect(await json('/quota-definitions')).toEqual([
      {
        name: 'Finance monthly',
        unit: 'impressions',
        schedule: 'every-month',
        limits: { total: 1000, color: 200 },
      },
    ]);
    expect(await json('/quota-assignments')).toEqual([
      { scope: 'department', department: 'Finance', quota: 'Finance monthly' },
    ]);
    expect(await json('/quota-policy')).toMatchObject({ mode: 'department-or-personal' });
    await page.reload();
    await expect.poll(() => page.getByTestId('assignment').count()).toBe(1);
    await screenshot(page, 'admin-quotas.en');
  });

  it('saves prices: a decimal comma is read as a point, a bad amount is named before sending', async () => {
    await go(page, '#/prices', 'Prices');
    const form = page.getByTestId('form-prices');
    await form.getByLabel('Currency').fill('eur');
    await form.getByLabel('Black and white (EUR per impression)').fill('0,05');
    await form.getByLabel('Colour (EUR per impression)').fill('fifteen');
    await page.getByTestId('save-prices').click();
    await textOf(form.getByTestId('field-error'), 'Enter an amount such as 0.10 (at most 6 decimals).');
    await form.getByLabel('Colour (EUR per impression)').fill('0.15');
    await page.getByTestId('save-prices').click();
    await textOf(page.getByTestId('status-prices'), 'Saved.');
    expect(await json('/prices')).toEqual({
      currency: 'EUR',
      countBy: 'impression',
      pricing: { kind: 'flat', mono: '0.05', color: '0.15' },
      models: [],
    });

    // Tiered: bands, each at its own rate.
    await form.getByLabel('Tiered by monthly volume').check();
    await form.getByRole('button', { name: 'Add a band' }).click();
    await form.getByTestId('band').nth(1).getByLabel('From impression').fill('501');
    await form.getByTestId('band').nth(1).getByLabel('Black and white (EUR per impression)').fill('0.04');
    await page.getByTestId('save-prices').click();
    await textOf(page.getByTestId('status-prices'), 'Saved.');
    expect(await json('/prices')).toMatchObject({
      pricing: {
        kind: 'tiered',
        bands: [
          { from: 1, mono: '0.05', color: '0.15' },
          { from: 501, mono: '0.04', color: '0.15' },
        ],
      },
    });
    await screenshot(page, 'admin-prices.en');
    // What a screen reader meets: every field named by its label, the choices grouped under theirs.
    const tree = await form.ariaSnapshot();
    for (const part of [
      'textbox "Currency"',
      'group "Count"',
      'radio "A4 equivalents (A3 and larger count as 2)"',
      'group "How prices are set"',
      'radio "Tiered by monthly volume" [checked]',
      'textbox "From impression"',
      'button "Remove band 2"',
      'button "Save"',
      'status',
    ])
      expect(tree).toContain(part);
  });

  it('saves the policies and the badge reader, trying a badge before saving', async () => {
    await go(page, '#/policies', 'Policies');
    await field(page, 'Print and keep').uncheck();
    await field(page, 'Sign out after (seconds without a touch)').fill('90');
    await page.getByTestId('save-policies').click();
    await textOf(page.getByTestId('status-policies'), 'Saved.');
    expect(await json('/policies')).toMatchObject({
      printAndKeep: false,
      inactivitySeconds: 90,
      delegation: true,
    });

    await go(page, '#/badge-reader', 'Badge reader');
    await field(page, 'The reader types').selectOption('hex');
    await field(page, 'Badge numbers are kept as').selectOption('decimal');
    await page.getByTestId('try-badge').fill('00FF');
    await textOf(page.getByTestId('try-result'), 'Becomes badge 255.');
    await page.getByTestId('try-badge').fill('zz');
    await textOf(
      page.getByTestId('try-result'),
      'This is not a number in the format the reader is set to type.',
    );
    await page.getByTestId('save-badge-reader').click();
    await textOf(page.getByTestId('status-badge-reader'), 'Saved.');
    expect(await json('/badge-reader')).toMatchObject({ input: 'hex', output: 'decimal' });
  });

  it('adds a printer by its address, then edits its panel: language, home button label, its own badge reader', async () => {
    await go(page, '#/printers', 'Printers');
    const add = page.getByTestId('add-printer');
    const name = page.locator('#add-printer').getByLabel('Name');
    const uri = page.locator('#add-printer').getByLabel('Address');
    await name.fill('eve on floor 2');
    await uri.fill('eve.example.com');
    await add.click();
    expect(await page.locator('#add-printer').getByTestId('field-error').allTextContents()).toEqual([
      'Letters, digits, dot, dash or underscore, at most 64, starting with a letter or digit.',
      'An address starting with ipp://, ipps://, http:// or https://.',
    ]);
    // An address nothing answers at: refused with the reason, nothing saved.
    await name.fill('eve');
    await uri.fill('ipp://127.0.0.1:9/ipp/print');
    await add.click();
    await textOf(
      page.getByTestId('status-add-printer'),
      /^Not added: Could not read the printer's capabilities/,
      30_000,
    );
    await uri.fill(eve.uri);
    await add.click();
    await textOf(page.getByTestId('status-add-printer'), 'eve added, its capabilities read.', 30_000);
    await textOf(page.locator('[data-testid=printer][data-printer=eve]'), /Make and model.*Colour/);
    await screenshot(page, 'admin-printers-added.en');
    await page.getByTestId('edit-panel').click();
    await textOf(page.locator('main h1'), 'Panel of eve');
    await field(page, 'Français').check();
    await field(page, 'Home button label').fill('Impression sécurisée');
    await field(page, 'This printer’s reader has its own settings').check();
    await field(page, 'Remove leading zeros').check();
    await page.getByTestId('save-panel').click();
    await textOf(page.getByTestId('status-panel'), 'Saved.');
    expect(await json('/printers/eve/panel')).toMatchObject({
      language: 'fr',
      homeLabel: 'Impression sécurisée',
      homeIcon: 'print',
      badgeReader: { stripLeadingZeros: true, input: 'text' },
    });
    await screenshot(page, 'admin-printer-panel.en');
  });
});

describe('history, reports and the audit log', () => {
  it('shows a printed and a deleted job in the history and the reports, and downloads both as CSV', async () => {
    // Carol prints twice, releases one job at eve's panel and deletes the other.
    await ipptoolPrint(server, 'carol', pdf);
    await ipptoolPrint(server, 'carol', pdf);
    const panel = await TestPanel.at(server.url, 'eve');
    try {
      await panel.request({ type: 'sign-in', badge: '2001' }, 'signed-in');
      const [first, second] = (await panel.next('jobs', (m) => m.own.length === 2)).own;
      await panel.request(
        { type: 'release', releaseId: 'admin-e2e-0001', jobIds: [first!.id], keep: false },
        'release-accepted',
      );
      await panel.next('job-event', (m) => m.releaseId === 'admin-e2e-0001' && m.event === 'printed', 30_000);
      await panel.request({ type: 'delete', jobIds: [second!.id] }, 'ok');
    } finally {
      panel.close();
    }

    await go(page, '#/history', 'History');
    await expect.poll(() => page.getByTestId('history-row').count()).toBe(2);
    await textOf(page.getByTestId('history-row').first(), /^.*deletedCarol Diaz.*Finance/);
    await textOf(page.getByTestId('history-row').nth(1), /^.*printedCarol Diaz.*Financeeve/);
    await page.getByTestId('kind').selectOption('deleted');
    await page.getByTestId('show').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/history?kind=deleted');
    await expect.poll(() => page.getByTestId('history-row').count()).toBe(1);
    await page.getByTestId('from').fill('2001-01-01');
    await page.getByTestId('to').fill('2001-12-31');
    await page.getByTestId('show').click();
    await page.getByTestId('empty').waitFor();
    await go(page, '#/history', 'History');
    await expect.poll(() => page.getByTestId('history-row').count()).toBe(2);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click(),
    ]);
    expect(download.suggestedFilename()).toBe('quire-history.csv');
    const csv = await fs.readFile((await download.path())!, 'utf8');
    expect(csv.startsWith('\ufeffat,kind,user_email,')).toBe(true);
    expect(csv).toMatch(/,deleted,carol@example\.com,/);
    expect(csv).toMatch(/,printed,carol@example\.com,Carol Diaz,Finance,CC-10,Finance team,eve,/);
    await textOf(page.getByTestId('notice'), 'quire-history.csv downloaded.');
    await screenshot(page, 'admin-history.en');

    await go(page, '#/reports?by=department', 'Reports');
    await textOf(
      page.getByTestId('report-table').locator('caption'),
      'Totals by department, highest cost first',
    );
    // Two pages, tiered prices: 2 impressions at 0.05 in black and white or 0.15 in colour.
    await textOf(page.getByTestId('report-row'), /^Finance1 ?2 ?2 ?\d ?\d ?€0\.(1|3)0?$/);
    const [report] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click(),
    ]);
    expect(report.suggestedFilename()).toBe('quire-report-department.csv');
    expect(await fs.readFile((await report.path())!, 'utf8')).toMatch(/^\ufeffdepartment,jobs,pages,/);
  });

  it('lists every change, newest first, with who made it', async () => {
    await go(page, '#/audit', 'Audit log');
    await textOf(
      page.getByTestId('audit-row').first(),
      /^.*ada@example\.comPUT \/api\/admin\/printers\/:name\/paneleve200fields: badgeReader, homeIcon, homeLabel, language/,
    );
    const actions = await page.getByTestId('audit-row').locator('code').allTextContents();
    for (const action of [
      'POST /api/admin/printers',
      'PUT /api/admin/badge-reader',
      'PUT /api/admin/policies',
      'PUT /api/admin/prices',
      'PUT /api/admin/quota-assignments',
      'PUT /api/admin/quota-definitions',
      'POST /api/admin/users/import',
      'POST /api/auth/setup',
    ])
      expect(actions).toContain(action);
    expect(actions.at(-1)).toBe('POST /api/auth/setup');
    await screenshot(page, 'admin-audit.en');
  });
});

describe('CSRF', () => {
  it('every change the page made carried the session’s token, never the admin token; a change without it is refused', async () => {
    const session = await page.evaluate(async () => (await fetch('/api/auth/me')).json());
    const made = changes.filter((c) => c.url.startsWith('/api/admin/'));
    expect(made.length).toBeGreaterThan(5);
    for (const c of made)
      expect(c, `${c.method} ${c.url}`).toMatchObject({ csrf: session.csrfToken, bearer: false });

    const refused = await page.evaluate(async () => {
      const res = await fetch('/api/admin/policies', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ autoRelease: true }),
      });
      return { status: res.status, body: await res.json() };
    });
    expect(refused).toMatchObject({ status: 403, body: { code: 'csrf-failed' } });
    expect(await json('/policies')).toMatchObject({ autoRelease: false });
  });
});

describe('a helpdesk account', () => {
  it('sees every section, the forms disabled with a note, and no audit log', async () => {
    const role = await api.fetch('/api/admin/users/erin@example.com/role', {
      method: 'PUT',
      json: { role: 'helpdesk' },
    });
    expect(role.status).toBe(200);
    const desk = await openAdminPage(browser, server.url, { hash: '#/prices' });
    await signInWithAccount(desk, 'erin', 'erin-secret-12');
    await textOf(desk.getByTestId('who'), 'Erin Moreau (helpdesk)');
    await textOf(desk.locator('main h1'), 'Prices');
    await textOf(
      desk.getByTestId('read-only'),
      'Your account (helpdesk) can see these settings but not change them.',
    );
    // What is saved is shown, and nothing can be changed.
    expect(await field(desk, 'Currency').inputValue()).toBe('EUR');
    expect(await field(desk, 'Currency').isDisabled()).toBe(true);
    expect(await desk.getByTestId('save-prices').isDisabled()).toBe(true);
    expect(await desk.getByTestId('nav-audit').count()).toBe(0);
    await screenshot(desk, 'admin-helpdesk.en');

    for (const [hash, title] of [
      ['#/quotas', 'Quotas'],
      ['#/import-users', 'Import users'],
    ] as const) {
      await go(desk, hash, title);
      await desk.getByTestId('read-only').first().waitFor();
      expect(await desk.locator('main :is(input, select, textarea, button):enabled').count()).toBe(0);
    }
    // Typed in the address: said in words, not shown.
    await go(desk, '#/audit', 'Nothing here');
    await textOf(desk.locator('main p').first(), 'Only administrators can see this section.');

    // The session gone (another tab signed out, say): the next call brings the sign-in form back, saying why.
    await desk.context().clearCookies();
    await go(desk, '#/policies', 'Sign in');
    await textOf(
      desk.getByTestId('sign-in-problem'),
      'You are no longer signed in (signed out in another tab, say). Sign in again.',
    );
    // Signing in again comes back to where it was.
    await signInWithAccount(desk, 'erin', 'erin-secret-12');
    await textOf(desk.locator('main h1'), 'Policies');
    await desk.context().close();
  });

  it('a user account is told it has no access, with the way to its own queue', async () => {
    const user = await openAdminPage(browser, server.url);
    await signInWithAccount(user, 'carol', 'carol-secret-1');
    await textOf(user.locator('main h1'), 'No access to the administration');
    expect(await user.getByRole('link', { name: 'Go to my print queue' }).getAttribute('href')).toBe('/my/');
    expect(await user.getByTestId('nav-fleet').count()).toBe(0);
    await user.context().close();
  });
});

describe('in French and on a phone (390x844)', () => {
  it('fits the width in every section, in French', async () => {
    const phone = await openAdminPage(browser, server.url, { viewport: PHONE_VIEWPORT, hash: '#/quotas' });
    await phone.getByTestId('language').click();
    await signInWithAccount(phone, ADA.email, ADA.password);
    await textOf(phone.locator('main h1'), 'Quotas');
    await textOf(phone.getByTestId('who'), 'Ada Admin (administrateur)');
    for (const [hash, title] of [
      ['#/quotas', 'Quotas'],
      ['#/prices', 'Prix'],
      ['#/import-users', 'Importer des utilisateurs'],
      ['#/badge-reader', 'Lecteur de badges'],
      ['#/policies', 'Règles'],
      ['#/history', 'Historique'],
      ['#/reports', 'Rapports'],
      ['#/audit', 'Journal d’audit'],
      ['#/printers/eve', 'Panneau de eve'],
    ] as const) {
      await go(phone, hash, title);
      await phone.locator('main form, main table, main .empty').first().waitFor();
      expect(await scrollsSideways(phone), hash).toBe(false);
    }
    await go(phone, '#/prices', 'Prix');
    await phone.getByTestId('form-prices').waitFor();
    await screenshot(phone, 'admin-prices.phone.fr');
    await go(phone, '#/import-users', 'Importer des utilisateurs');
    await phone.getByTestId('import-text').fill(USERS_BAD_FR);
    await phone.getByTestId('import-check').click();
    await textOf(phone.getByTestId('bad-line').first(), /^Ligne 2\u00a0: /);
    await textOf(phone.getByTestId('bad-line').nth(1), /^Ligne 3\u00a0: /);
    expect(await scrollsSideways(phone)).toBe(false);
    await screenshot(phone, 'admin-import-users.phone.fr');
    await phone.context().close();
  });

  it('at 1280x800 in French: the forms and their errors', async () => {
    const fr = await openAdminPage(browser, server.url, { hash: '#/quotas' });
    await fr.getByTestId('language').click();
    await signInWithAccount(fr, 'ada@example.com', ADA.password);
    await textOf(fr.locator('main h1'), 'Quotas');
    await fr.getByTestId('form-quota-definitions').getByLabel('Nom', { exact: true }).fill('');
    await fr.getByTestId('save-quota-definitions').click();
    await textOf(fr.getByTestId('form-quota-definitions').getByTestId('field-error'), 'Obligatoire.');
    await screenshot(fr, 'admin-quotas.fr');
    await go(fr, '#/history', 'Historique');
    await fr.getByTestId('history-row').first().waitFor();
    await screenshot(fr, 'admin-history.fr');
    await fr.context().close();
  });

  it('on a phone in English: the first-run form and the sign-in form fit', async () => {
    const other = await startTestServer({ ADMIN_TOKEN: undefined });
    try {
      const phone = await openAdminPage(browser, other.url, { viewport: PHONE_VIEWPORT });
      await textOf(phone.locator('h1'), 'Create the first administrator');
      expect(await scrollsSideways(phone)).toBe(false);
      await screenshot(phone, 'admin-setup.phone.en');
      await phone.getByTestId('use-token').click();
      await textOf(phone.locator('h1'), 'Sign in with the admin token');
      await phone.context().close();
    } finally {
      await other.stop();
    }
  });
});
