import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccounts } from '../support/accounts';
import { ADA, HANA, openAdminAs } from '../support/admin-accounts';
import { goTo as go } from '../support/admin-nav';
import { launchChromium, PHONE_VIEWPORT, screenshot, scrollsSideways, textOf } from '../support/browser';
import { startTestServer, type TestServer } from '../support/server';
import { WebClient } from '../support/web-client';

/**
 * Issue 5, the Users section of the admin page in Debian chromium: an administrator creates a user (the
 * server's reasons shown next to the fields), finds it by a search kept in the address, edits its
 * details, role, groups (a new one) and delegates, deletes it after a question, and is told why the
 * last administrator cannot be deleted; groups are listed, created and deleted. A helpdesk account sees
 * the same and is offered no change. In French, on a phone.
 */

/** Users for the list to have more than one page of (50 a page). */
const CROWD = 55;

let server: TestServer;
let browser: Browser;
/** Ada's page, signed in once and used by the tests in order. */
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchChromium()]);
  // Ada is the only administrator account (the admin token that seeds is none).
  await addAccounts(server, [
    [ADA, 'administrator'],
    [HANA, 'helpdesk'],
  ]);
  for (let i = 0; i < CROWD; i++) {
    const n = String(i).padStart(2, '0');
    const res = await call('POST', '/users', { email: `crowd${n}@example.com`, department: 'Crowd' });
    expect(res.status).toBe(201);
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The admin API with the admin token: to seed, and to read back what the page saved. */
function call(method: string, path: string, json?: unknown): Promise<Response> {
  return server.admin(path, {
    method,
    ...(json !== undefined && {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(json),
    }),
  });
}

async function read(path: string): Promise<unknown> {
  const res = await call('GET', path);
  expect(res.status, path).toBe(200);
  return res.json();
}

const field = (p: Page, label: string) => p.locator('main').getByLabel(label, { exact: true });
const hashOf = (p: Page) => p.evaluate(() => location.hash);
const rowEmails = (p: Page) =>
  p.getByTestId('user-row').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.email));

describe('an administrator', () => {
  it('lists users page by page, the page in the address', async () => {
    page = await openAdminAs(browser, server.url, ADA, { hash: '#/users' });
    await textOf(page.locator('main h1'), 'Users');
    const total = CROWD + 2;
    await textOf(page.locator('#users-caption'), `Users 1–50 of ${total}`);
    expect(await page.getByTestId('user-row').count()).toBe(50);
    // The list is by email; each row says who, with their role and department.
    const ada = page.locator('[data-email="ada@example.com"]');
    expect(await ada.innerText()).toMatch(/Ada Admin\s+ada@example\.com\s+administrator/);
    await textOf(page.getByTestId('page-of'), 'Page 1 of 2');
    // The import is one link away.
    expect(await page.getByTestId('import-users').getAttribute('href')).toBe('#/import-users');
    await screenshot(page, 'admin-users.en');

    await page.getByTestId('next-page').click();
    await textOf(page.locator('#users-caption'), `Users 51–${total} of ${total}`);
    expect(await hashOf(page)).toBe('#/users?page=2');
    await textOf(page.locator('[data-email="hana@example.com"] td').nth(3), 'helpdesk');
    expect(await page.getByTestId('next-page').count()).toBe(0);
    await page.getByRole('link', { name: 'Previous page' }).click();
    await textOf(page.locator('#users-caption'), `Users 1–50 of ${total}`);
  });

  it('creates a user: the page checks the password, the server names each field it refuses', async () => {
    await page.getByTestId('new-user').click();
    await textOf(page.locator('main h1'), 'New user');
    await field(page, 'Email').fill('ada@example.com');
    await field(page, 'First name').fill('Ana');
    await field(page, 'Last name').fill('Lima');
    await field(page, 'Short name').fill('ana lima');
    await field(page, 'Password').fill('short');
    await page.getByTestId('save-new-user').click();
    // Checked before sending: the password, with the focus on it.
    await textOf(page.locator('#new-user-password-error'), 'At least 10 characters.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('new-user-password');
    expect(await page.locator('main [aria-invalid="true"]').count()).toBe(1);

    // Sent: the server refuses the short name with the import's rule, and the email as taken.
    await field(page, 'Password').fill('ana-secret-123');
    await page.getByTestId('save-new-user').click();
    await textOf(page.locator('#new-user-shortname-error'), 'No @ or spaces in a short name.');
    expect(await page.locator('#new-user-shortname').getAttribute('aria-describedby')).toContain(
      'new-user-shortname-error',
    );
    await textOf(page.getByTestId('status-new-user'), /^Not saved: .*shortname must not contain @ or spaces/);
    await field(page, 'Short name').fill('ana');
    await page.getByTestId('save-new-user').click();
    await textOf(page.locator('#new-user-email-error'), 'There is already a user with this email.');
    await screenshot(page, 'admin-new-user-refused.en');

    await field(page, 'Email').fill('Ana.Lima@Example.com');
    await page.getByTestId('save-new-user').click();
    // Created: the user's page opens.
    await textOf(page.locator('main h1'), 'Ana Lima');
    expect(await hashOf(page)).toBe('#/users/ana.lima%40example.com');
    await textOf(page.locator('[data-fact="shortname"] dd'), 'ana');
    await textOf(page.locator('[data-fact="password"] dd'), 'Set: signs in on the web pages');
    expect((await new WebClient(server.url).login('ana', 'ana-secret-123')).status).toBe(200);
  });

  it('finds it by a search kept in the address, which survives a reload', async () => {
    await page.getByTestId('back').click();
    await textOf(page.locator('main h1'), 'Users');
    await page.getByTestId('user-search').fill('lima');
    await page.getByTestId('user-search').press('Enter');
    await textOf(page.locator('#users-caption'), 'Users matching “lima”: 1–1 of 1');
    expect(await hashOf(page)).toBe('#/users?q=lima');
    await page.reload();
    await textOf(page.locator('#users-caption'), 'Users matching “lima”: 1–1 of 1');
    expect(await page.getByTestId('user-search').inputValue()).toBe('lima');
    expect(await rowEmails(page)).toEqual(['ana.lima@example.com']);

    await page.getByTestId('user-search').fill('nobody-here');
    await page.getByTestId('search').click();
    await textOf(page.getByTestId('empty'), 'No user matches “nobody-here”.');
    await page.getByRole('link', { name: 'Show everyone' }).click();
    await textOf(page.locator('#users-caption'), /^Users 1–50 of /);

    // The user's page keeps the search for the way back.
    await go(page, '#/users?q=lima', 'Users');
    await page.getByRole('link', { name: 'Ana Lima' }).click();
    await textOf(page.locator('main h1'), 'Ana Lima');
    expect(await hashOf(page)).toBe('#/users/ana.lima%40example.com?q=lima');
    expect(await page.getByTestId('back').getAttribute('href')).toBe('#/users?q=lima');
  });

  it('edits its details, role, groups (a new one) and delegates, each saved apart', async () => {
    const details = page.getByTestId('form-user-details');
    await details.getByLabel('Department', { exact: true }).fill('Finance');
    await details.getByLabel('Display name', { exact: true }).fill('Ana L.');
    await page.getByTestId('save-user-details').click();
    await textOf(page.getByTestId('status-user-details'), 'Saved.');
    await textOf(page.locator('[data-fact="department"] dd'), 'Finance');
    await textOf(page.locator('main h1'), 'Ana L.');

    // A short name another user has: the server says whose, next to the field.
    await details.getByLabel('Short name', { exact: true }).fill('crowd-owner');
    await call('PUT', '/users/crowd00@example.com', { shortname: 'crowd-owner' });
    await page.getByTestId('save-user-details').click();
    await textOf(
      page.locator('#user-details-shortname-error'),
      'This is already the short name of crowd00@example.com.',
    );
    await details.getByLabel('Short name', { exact: true }).fill('ana');
    await page.getByTestId('save-user-details').click();
    await textOf(page.getByTestId('status-user-details'), 'Saved.');
    // A new password: saved, it signs in, and it is not left in its box.
    await details.getByLabel('New password', { exact: true }).fill('ana-new-secret-1');
    await page.getByTestId('save-user-details').click();
    await textOf(page.getByTestId('status-user-details'), 'Saved.');
    expect(await details.getByLabel('New password', { exact: true }).inputValue()).toBe('');
    expect((await new WebClient(server.url).login('ana', 'ana-new-secret-1')).status).toBe(200);

    await page
      .getByTestId('form-user-role')
      .getByLabel(/helpdesk – /)
      .check();
    await page.getByTestId('save-user-role').click();
    await textOf(page.getByTestId('status-user-role'), 'Saved.');
    await textOf(page.locator('[data-fact="role"] dd'), 'helpdesk');

    const groups = page.getByTestId('form-user-groups');
    await groups.getByLabel('Add to new groups', { exact: true }).fill('Paris office, Finance/Audit');
    await page.getByTestId('save-user-groups').click();
    await textOf(page.getByTestId('status-user-groups'), 'Saved.');
    // Created on the way; a forbidden character became _ (PRODUCT.md §9).
    await textOf(page.locator('[data-fact="groups"] dd'), 'Finance_Audit, Paris office');
    expect(await groups.getByLabel('Paris office', { exact: true }).isChecked()).toBe(true);
    expect(await groups.getByLabel('Add to new groups', { exact: true }).inputValue()).toBe('');

    const delegates = page.getByTestId('form-user-delegates');
    await delegates.getByLabel('Add a delegate', { exact: true }).fill('nobody@example.com');
    await page.getByTestId('save-user-delegates').click();
    await textOf(page.locator('#user-delegates-delegates-error'), 'There is no user nobody@example.com.');
    await delegates.getByLabel('Add a delegate', { exact: true }).fill('ada@example.com');
    await page.getByTestId('save-user-delegates').click();
    await textOf(page.getByTestId('status-user-delegates'), 'Saved.');
    await textOf(delegates.getByTestId('delegate'), /^Ada Admin ada@example\.com/);
    await screenshot(page, 'admin-user.en');

    // Read back from the API: every part saved.
    expect(await read('/users/ana.lima@example.com')).toMatchObject({
      displayName: 'Ana L.',
      shortname: 'ana',
      department: 'Finance',
      role: 'helpdesk',
      groups: ['Finance_Audit', 'Paris office'],
      delegates: [{ email: 'ada@example.com' }],
    });
  });

  it('lists, creates and deletes groups', async () => {
    await go(page, '#/users', 'Users');
    await page.getByTestId('groups').click();
    await textOf(page.locator('main h1'), 'Groups');
    await textOf(page.locator('[data-group="Paris office"] td').first(), '1');
    await field(page, 'Name').fill('paris OFFICE');
    await page.getByTestId('save-new-group').click();
    await textOf(page.locator('#new-group-name-error'), 'There is already a group of this name.');
    await field(page, 'Name').fill('Lyon');
    await page.getByTestId('save-new-group').click();
    await page.locator('[data-group="Lyon"]').waitFor();
    expect(await field(page, 'Name').inputValue()).toBe('');

    const row = page.locator('[data-group="Finance_Audit"]');
    await row.getByRole('button', { name: 'Delete the group Finance_Audit' }).click();
    await textOf(row.locator('.confirm-question'), 'Delete the group “Finance_Audit”? Its member leaves it.');
    await row.getByRole('button', { name: 'Delete', exact: true }).click();
    await row.waitFor({ state: 'detached' });
    expect(await read('/groups')).toEqual([
      { name: 'Lyon', members: 0 },
      { name: 'Paris office', members: 1 },
    ]);
  });

  it('deletes the user after asking; the last administrator is not deleted, and the page says why', async () => {
    await go(page, '#/users/ana.lima%40example.com', 'Ana L.');
    await page.getByTestId('delete-user').click();
    await textOf(page.locator('.confirm-question'), 'Delete ana.lima@example.com? This cannot be undone.');
    const focused = (what: 'text' | 'testid') =>
      page.evaluate((w) => {
        const el = document.activeElement;
        return w === 'text' ? el?.textContent : el?.getAttribute('data-testid');
      }, what);
    await expect.poll(() => focused('text')).toBe('Delete');
    await page.getByTestId('delete-user-cancel').click();
    await expect.poll(() => focused('testid')).toBe('delete-user');
    expect((await call('GET', '/users/ana.lima@example.com')).status).toBe(200);

    await page.getByTestId('delete-user').click();
    await page.getByTestId('delete-user-yes').click();
    await textOf(page.getByTestId('deleted'), 'ana.lima@example.com is deleted.');
    expect((await call('GET', '/users/ana.lima@example.com')).status).toBe(404);

    await go(page, '#/users/ada%40example.com', 'Ada Admin');
    await page.getByTestId('delete-user').click();
    await page.getByTestId('delete-user-yes').click();
    await textOf(
      page.getByTestId('delete-user-status'),
      'Not deleted: ada@example.com is the last administrator: make another account an administrator first.',
    );
    // The role too: the last administrator stays one.
    await page
      .getByTestId('form-user-role')
      .getByLabel(/user – Prints/)
      .check();
    await page.getByTestId('save-user-role').click();
    await textOf(page.getByTestId('status-user-role'), /^Not saved: This is the last administrator/);
    expect(await read('/users/ada@example.com')).toMatchObject({ role: 'administrator' });
  });
});

describe('a helpdesk account', () => {
  it('sees the list, a user and the groups, and is offered no change', async () => {
    const desk = await openAdminAs(browser, server.url, HANA, { hash: '#/users?q=crowd01' });
    await textOf(desk.locator('#users-caption'), 'Users matching “crowd01”: 1–1 of 1');
    // Searching changes nothing: it is there; creating and importing are not.
    expect(await desk.getByTestId('new-user').count()).toBe(0);
    expect(await desk.getByTestId('import-users').count()).toBe(0);

    await desk.getByRole('link', { name: 'crowd01@example.com' }).click();
    await textOf(desk.locator('main h1'), 'crowd01@example.com');
    await textOf(desk.locator('[data-fact="department"] dd'), 'Crowd');
    await textOf(
      desk.getByTestId('read-only'),
      'Your account (helpdesk) can see these settings but not change them.',
    );
    expect(await desk.locator('main :is(form, input, select, textarea, button)').count()).toBe(0);
    await screenshot(desk, 'admin-user-helpdesk.en');

    await go(desk, '#/users/-groups', 'Groups');
    await desk.getByTestId('groups-table').waitFor();
    expect(await desk.locator('main :is(form, input, select, textarea, button)').count()).toBe(0);
    await go(desk, '#/users/-new', 'New user');
    expect(await desk.locator('main :is(form, input, select, textarea, button)').count()).toBe(0);
    await desk.context().close();
  });
});

describe('in French, on a phone (390x844)', () => {
  it('lists, searches, creates with a refusal in French, and fits the width', async () => {
    const phone = await openAdminAs(browser, server.url, ADA, {
      viewport: PHONE_VIEWPORT,
      hash: '#/users',
      french: true,
    });
    await textOf(phone.locator('main h1'), 'Utilisateurs');
    await textOf(phone.locator('#users-caption'), /^Utilisateurs 1 à 50 sur \d+$/);
    expect(await scrollsSideways(phone)).toBe(false);
    // Each user a block of labelled lines.
    await textOf(phone.locator('[data-email="ada@example.com"] td').nth(3), 'administrateur');
    expect(
      await phone
        .locator('[data-email="ada@example.com"] td')
        .nth(3)
        .evaluate((td) => getComputedStyle(td, '::before').content),
    ).toBe('"Rôle"');
    await screenshot(phone, 'admin-users.phone.fr');

    await phone.getByTestId('user-search').fill('zzz');
    await phone.getByTestId('search').click();
    await textOf(phone.getByTestId('empty'), 'Aucun utilisateur ne correspond à «\u00a0zzz\u00a0».');

    await go(phone, '#/users/-new', 'Nouvel utilisateur');
    await field(phone, 'E-mail').fill('zoe@example.com');
    await field(phone, 'Nom court').fill('zoé martin');
    await phone.getByTestId('save-new-user').click();
    await textOf(phone.locator('#new-user-shortname-error'), 'Pas de @ ni d’espace dans un nom court.');
    expect(await scrollsSideways(phone)).toBe(false);
    await screenshot(phone, 'admin-new-user.phone.fr');
    await field(phone, 'Nom court').fill('zoe');
    await phone.getByTestId('save-new-user').click();
    // No name: the short name is what printers greet her with.
    await textOf(phone.locator('main h1'), 'zoe');
    await textOf(
      phone.locator('[data-fact="password"] dd'),
      'Aucun\u00a0: se connecte aux imprimantes avec un badge seulement',
    );
    expect(await scrollsSideways(phone)).toBe(false);
    await screenshot(phone, 'admin-user.phone.fr');

    await go(phone, '#/users/-groups', 'Groupes');
    await phone.getByTestId('groups-table').waitFor();
    expect(await scrollsSideways(phone)).toBe(false);
    await phone.context().close();
  });
});
