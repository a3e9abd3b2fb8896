import { type BadgePage, badgePageSchema } from '@quire/protocol';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccounts } from '../support/accounts';
import { ADA, HANA, openAdminAs } from '../support/admin-accounts';
import { launchChromium, PHONE_VIEWPORT, screenshot, scrollsSideways, textOf } from '../support/browser';
import { seedPeople } from '../support/seed';
import { startTestServer, type TestServer } from '../support/server';

/**
 * Issue 5, the Badges section in Debian chromium: alice (badge 1001) and bob (1002) come from the badges
 * CSV import; an administrator registers a permanent badge that replaces alice's, a temporary one for
 * bob that ends in 24 hours, sees every refusal in words next to its field, filters by person, and
 * deletes a badge after saying yes to the question. What the page did is read back from the API. A
 * helpdesk account sees the list only; the French page on a phone fits its width.
 */

let server: TestServer;
let browser: Browser;
/** Ada's page, signed in once and used by the tests in order. */
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchChromium()]);
  await seedPeople(server);
  await addAccounts(server, [
    [ADA, 'administrator'],
    [HANA, 'helpdesk'],
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const badges = async (email?: string): Promise<BadgePage> => {
  const res = await server.admin(`/badges${email ? `?email=${encodeURIComponent(email)}` : ''}`);
  expect(res.status).toBe(200);
  return badgePageSchema.parse(await res.json());
};

const rows = (p: Page) => p.getByTestId('badge-row');
const row = (p: Page, badge: string) => p.locator(`[data-testid=badge-row][data-badge="${badge}"]`);
const form = (p: Page) => p.locator('#register-badge');
const focusedId = (p: Page) => p.evaluate(() => document.activeElement?.id);

describe('an administrator', () => {
  it('sees every badge the import registered, with a link to the import', async () => {
    page = await openAdminAs(browser, server.url, ADA, { hash: '#/badges' });
    await textOf(page.locator('main h1'), 'Badges');
    await textOf(page.getByTestId('badges-table').locator('caption'), 'Badges 1 to 2 of 2');
    await textOf(row(page, '1001'), /^1001alice@example\.compermanent.*Delete$/);
    await textOf(row(page, '1002'), /^1002bob@example\.compermanent/);
    expect(await page.getByTestId('import-badges').getAttribute('href')).toBe('#/import-badges');
    await screenshot(page, 'admin-badges.en');
  });

  it('registers a permanent badge that replaces the old one, and a temporary one for 24 hours', async () => {
    const status = page.getByTestId('status-register-badge');
    await form(page).getByLabel('Badge number').fill(' 2001 ');
    await form(page).getByLabel('Person’s email').fill('alice@example.com');
    await page.getByTestId('register-badge').click();
    await textOf(
      status,
      'Badge 2001 registered for alice@example.com. It replaces badge 1001, which no longer signs them in.',
    );
    await row(page, '2001').waitFor();
    expect(await row(page, '1001').count()).toBe(0);
    expect((await badges('alice@example.com')).badges.map((b) => b.badge)).toEqual(['2001']);
    // Ready for the next one: the number is cleared, the person kept.
    expect(await form(page).getByLabel('Badge number').inputValue()).toBe('');

    await form(page).getByLabel('Badge number').fill('TMP-7');
    await form(page).getByLabel('Person’s email').fill('bob@example.com');
    await form(page).getByLabel('Temporary, for 24 hours').check();
    await page.keyboard.press('Enter');
    await textOf(status, /^Temporary badge TMP-7 registered for bob@example\.com, until .+\.$/);
    await textOf(row(page, 'TMP-7').getByTestId('badge-kind'), /^temporary, until .+/);
    const temp = (await badges('bob@example.com')).badges.find((b) => b.badge === 'TMP-7')!;
    expect(Date.parse(temp.expiresAt!) - Date.parse(temp.createdAt)).toBe(24 * 3600_000);
    expect(temp.temporary).toBe(true);
    await screenshot(page, 'admin-badges-registered.en');
  });

  it('says each refusal next to the field it names, and registers nothing', async () => {
    const status = page.getByTestId('status-register-badge');
    const error = (label: string) =>
      form(page)
        .locator('.field', { has: page.getByLabel(label, { exact: true }) })
        .getByTestId('field-error');
    const number = form(page).getByLabel('Badge number');
    const email = form(page).getByLabel('Person’s email');

    await number.fill('');
    await email.fill('');
    await page.getByTestId('register-badge').click();
    await textOf(status, 'Not registered: correct the fields marked in red.');
    expect(await form(page).getByTestId('field-error').allTextContents()).toEqual(['Required.', 'Required.']);
    expect(await focusedId(page)).toBe('register-badge-badge');

    // Alice's badge for bob: the server says whose it is.
    await number.fill('2001');
    await email.fill('bob@example.com');
    await form(page).getByLabel('Permanent (replaces the person’s permanent badge)').check();
    await page.getByTestId('register-badge').click();
    const taken = 'This badge already belongs to alice@example.com. Delete it there first.';
    await textOf(status, `Not registered: ${taken}`);
    await textOf(error('Badge number'), taken);
    expect(await number.getAttribute('aria-invalid')).toBe('true');
    expect(await number.getAttribute('aria-describedby')).toContain('register-badge-badge-error');
    expect(await focusedId(page)).toBe('register-badge-badge');

    await number.fill('3001');
    await email.fill('nobody@example.com');
    await page.getByTestId('register-badge').click();
    await textOf(error('Person’s email'), 'There is no user nobody@example.com. Create them first (Users).');
    expect(await focusedId(page)).toBe('register-badge-email');

    await number.fill('has space');
    await email.fill('bob@example.com');
    await page.getByTestId('register-badge').click();
    await textOf(error('Badge number'), 'Letters, digits or signs only, no spaces, at most 128.');
    await screenshot(page, 'admin-badges-refused.en');

    expect((await badges()).badges.map((b) => b.badge).sort()).toEqual(['1002', '2001', 'TMP-7']);
  });

  it('shows one person’s badges, from the address, and says so for someone who does not exist', async () => {
    await page.locator('#badges-filter-email').fill('bob@example.com');
    await page.getByTestId('show').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/badges?email=bob%40example.com');
    await textOf(page.getByTestId('badges-table').locator('caption'), 'Badges of bob@example.com: 2');
    expect(await rows(page).evaluateAll((rs) => rs.map((r) => r.dataset.badge))).toEqual(['1002', 'TMP-7']);
    // The form is for the person shown.
    expect(await form(page).getByLabel('Person’s email').inputValue()).toBe('bob@example.com');

    await page.evaluate(() => {
      location.hash = '#/badges?email=nobody@example.com';
    });
    await textOf(page.getByTestId('empty'), 'There is no user nobody@example.com.');
    await page.getByRole('link', { name: 'Everyone’s badges' }).click();
    await textOf(page.getByTestId('badges-table').locator('caption'), 'Badges 1 to 3 of 3');
  });

  it('deletes a badge only after the question is answered yes', async () => {
    const ask = row(page, 'TMP-7').getByTestId('delete-badge');
    expect(await ask.getAttribute('aria-label')).toBe('Delete badge TMP-7');
    await ask.click();
    await textOf(
      row(page, 'TMP-7').locator('legend'),
      'Delete badge TMP-7 of bob@example.com? It will no longer sign them in.',
    );
    // The harmless answer has the focus: Enter keeps the badge.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Keep');
    await page.keyboard.press('Enter');
    await row(page, 'TMP-7').getByTestId('delete-badge').waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Delete badge TMP-7');
    // Escape also keeps it.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await row(page, 'TMP-7').getByTestId('delete-badge').waitFor();
    expect((await badges('bob@example.com')).total).toBe(2);

    await row(page, 'TMP-7').getByTestId('delete-badge').click();
    await screenshot(page, 'admin-badges-delete.en');
    await row(page, 'TMP-7').getByTestId('delete-badge-yes').click();
    await textOf(page.getByTestId('notice'), 'Badge TMP-7 of bob@example.com deleted.');
    await expect.poll(() => row(page, 'TMP-7').count()).toBe(0);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe(
      'notice',
    );
    expect((await badges('bob@example.com')).badges.map((b) => b.badge)).toEqual(['1002']);
  });

  it('opens the CSV import from the link', async () => {
    await page.getByTestId('import-badges').click();
    await textOf(page.locator('main h1'), 'Import badges');
  });
});

describe('a helpdesk account', () => {
  it('sees the badges but nothing to register or delete them with', async () => {
    const desk = await openAdminAs(browser, server.url, HANA, { hash: '#/badges' });
    await textOf(desk.locator('main h1'), 'Badges');
    await textOf(
      desk.getByTestId('read-only'),
      'Your account (helpdesk) can see the badges but not register or delete them.',
    );
    await row(desk, '2001').waitFor();
    expect(await desk.getByTestId('delete-badge').count()).toBe(0);
    expect(await desk.locator('#register-badge').count()).toBe(0);
    expect(await desk.locator('main thead th').allTextContents()).toEqual([
      'Badge',
      'Person',
      'Kind',
      'Registered',
    ]);
    await screenshot(desk, 'admin-badges-helpdesk.en');
    await desk.context().close();
  });
});

describe('in French on a phone', () => {
  it('lists, refuses in French next to the field, and fits the width', async () => {
    const phone = await openAdminAs(browser, server.url, ADA, {
      viewport: PHONE_VIEWPORT,
      hash: '#/badges',
      french: true,
    });
    await textOf(phone.locator('main h1'), 'Badges');
    await textOf(phone.getByTestId('badges-table').locator('caption'), 'Badges 1 à 2 sur 2');
    await textOf(row(phone, '2001').getByTestId('badge-kind'), 'permanent');
    expect(await scrollsSideways(phone)).toBe(false);

    const f = form(phone);
    await textOf(f.locator('h2'), 'Enregistrer un badge');
    await f.getByLabel('Numéro du badge').fill('4001');
    await f.getByLabel('E-mail de la personne').fill('personne@example.com');
    await f.getByLabel('Temporaire, pour 24\u00a0heures').check();
    await phone.getByTestId('register-badge').click();
    const said = 'Il n’y a pas d’utilisateur personne@example.com. Créez-le d’abord (Utilisateurs).';
    await textOf(phone.getByTestId('status-register-badge'), `Non enregistré\u00a0: ${said}`);
    await textOf(f.getByTestId('field-error'), said);
    expect(await scrollsSideways(phone)).toBe(false);
    await screenshot(phone, 'admin-badges.phone.fr');

    await row(phone, '1002').getByTestId('delete-badge').click();
    await textOf(
      row(phone, '1002').locator('legend'),
      'Supprimer le badge 1002 de bob@example.com\u00a0? Il ne l’identifiera plus.',
    );
    expect(await scrollsSideways(phone)).toBe(false);
    await row(phone, '1002').getByTestId('delete-badge-no').click();
    await phone.context().close();
    expect((await badges()).total).toBe(2);
  });
});
