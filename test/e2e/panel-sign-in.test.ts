import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  openPanel,
  screenshot,
  tapBadge,
  textOf,
  touchProblems,
  typeKeys,
} from '../support/browser';
import { type Demo, startDemo } from '../support/demo';
import { putAdmin } from '../support/seed';

/**
 * Issue 4 in Debian chromium at 800x480: badge sign-in and sign-out, first-use registration of an unknown
 * badge on the on-screen keyboard, the username + PIN fallback, typed numbers refused, the language
 * switch, inactivity sign-out. Demo people: alice 1001, bob 1002, chloe 1003, password demo1234.
 * Registering a badge replaces the person's badge: chloe's becomes 77001234 here, so 1003 is not used after.
 */

let demo: Demo;
let browser: Browser;
const pages: Page[] = [];

beforeAll(async () => {
  [demo, browser] = await Promise.all([startDemo(), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await demo?.stop();
});

async function panel(printer = 'sim-mono', lang?: 'en' | 'fr'): Promise<Page> {
  const page = await openPanel(browser, demo.url, printer, lang);
  pages.push(page);
  return page;
}

/** Types on the on-screen keyboard: a tap per key, Shift before capitals. */
async function onScreen(page: Page, text: string): Promise<void> {
  for (const ch of text) {
    if (ch !== ch.toLowerCase()) await page.getByTestId('key-shift').click();
    await page.getByTestId(`key-${ch.toLowerCase()}`).click();
  }
}

const user = (page: Page) => page.getByTestId('user-name');
const status = (page: Page) => page.getByTestId('status');

describe('signing in at the panel', () => {
  it('signs in with a badge, and out with the same badge again', async () => {
    const page = await panel('sim-mono', 'en');
    expect(await touchProblems(page)).toEqual([]);
    await screenshot(page, 'badge-screen.en');
    await tapBadge(page, '1001');
    await textOf(user(page), 'Alice Martin');
    await textOf(page.getByTestId('job-row'), /Welcome to Quire/);
    await tapBadge(page, '1001');
    await page.getByTestId('badge-prompt').waitFor();
    await textOf(status(page), 'Signed out. Goodbye!');
  });

  it('refuses a badge number typed by a person', async () => {
    const page = await panel('sim-mono', 'en');
    await typeKeys(page, '1001', 250);
    await textOf(status(page), /Tap your badge on the reader/);
    expect(await user(page).count()).toBe(0);
  });

  it('registers an unknown badge on first use with the on-screen keyboard; then the badge alone signs in', async () => {
    const page = await panel('sim-mono', 'en');
    // A reader's burst: a few ms between keys.
    await typeKeys(page, '77001234', 5);
    await page.getByTestId('register').waitFor();
    await textOf(page.getByTestId('register'), /This badge is new/);
    // The username may be the email: @ and . are on the keyboard.
    await onScreen(page, 'chloe@example.com');
    await page.getByTestId('field-secret').click();
    await onScreen(page, 'demo1234');
    expect(await page.getByTestId('value-username').textContent()).toBe('chloe@example.com');
    expect(await page.getByTestId('value-secret').textContent()).toBe('••••••••');
    expect(await touchProblems(page)).toEqual([]);
    await screenshot(page, 'registration-keyboard.en');
    await page.getByTestId('form-submit').click();
    await textOf(user(page), 'Chloé Dubois');

    await page.getByTestId('sign-out').click();
    await page.getByTestId('badge-prompt').waitFor();
    await typeKeys(page, '77001234', 5);
    await textOf(user(page), 'Chloé Dubois');
    await page.getByTestId('sign-out').click();
  });

  it('shows the registration keyboard in French', async () => {
    const page = await panel('sim-mono', 'fr');
    await textOf(page.getByTestId('badge-prompt'), /Passez votre badge/);
    await screenshot(page, 'badge-screen.fr');
    await tapBadge(page, '77009999');
    await textOf(page.getByTestId('register'), /Ce badge est nouveau/);
    // AZERTY: a, z, e on the first row of letters.
    await onScreen(page, 'Chloe');
    expect(await page.getByTestId('value-username').textContent()).toBe('Chloe');
    expect(await touchProblems(page)).toEqual([]);
    await screenshot(page, 'registration-keyboard.fr');
    await page.getByTestId('form-cancel').click();
    await page.getByTestId('badge-prompt').waitFor();
  });

  it('signs in without a badge (username + PIN), after saying a wrong one is wrong', async () => {
    const page = await panel('sim-color', 'en');
    await page.getByTestId('without-badge').click();
    await page.getByTestId('credentials').waitFor();
    await onScreen(page, 'alice');
    await page.getByTestId('field-secret').click();
    await onScreen(page, 'nope');
    await page.getByTestId('form-submit').click();
    await textOf(page.getByTestId('form-error'), /Wrong username or password/);
    // The refused password is gone; the username stays.
    expect(await page.getByTestId('value-secret').textContent()).toBe('');
    expect(await page.getByTestId('value-username').textContent()).toBe('alice');
    await onScreen(page, 'demo1234');
    await page.getByTestId('form-submit').click();
    await textOf(user(page), 'Alice Martin');
    await page.getByTestId('sign-out').click();
  });

  it('hears the badge reader while the on-screen keyboard is open, and types nothing into the field', async () => {
    const page = await panel('sim-color', 'en');
    await page.getByTestId('without-badge').click();
    await onScreen(page, 'b');
    await typeKeys(page, '1001', 5);
    await textOf(user(page), 'Alice Martin');
    await page.getByTestId('sign-out').click();
    await page.getByTestId('without-badge').click();
    expect(await page.getByTestId('value-username').textContent()).toBe('');
    await page.getByTestId('form-cancel').click();
  });

  it('switches language on the panel, and the next person starts in the printer language', async () => {
    const page = await panel('sim-color');
    await textOf(page.getByTestId('language'), 'Français');
    await page.getByTestId('language').click();
    await textOf(page.getByTestId('badge-prompt'), /Passez votre badge/);
    await textOf(page.getByTestId('language'), 'English');
    await tapBadge(page, '1002');
    await textOf(page.getByTestId('sign-out'), 'Se déconnecter');
    await page.getByTestId('sign-out').click();
    await textOf(page.getByTestId('badge-prompt'), /Tap your badge/);
  });

  it("follows the kiosk's language selector through the panel's ?lang=", async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await page.goto(`${demo.url}/kiosk/?printer=sim-mono`);
    const frame = page.frameLocator('[data-testid=panel-frame]');
    await frame.getByTestId('badge-prompt').waitFor();
    await page.getByTestId('panel-lang').selectOption('fr');
    await expect
      .poll(() => page.getByTestId('panel-frame').getAttribute('src'))
      .toBe('/panel/?printer=sim-mono&lang=fr');
    await textOf(frame.getByTestId('badge-prompt'), /Passez votre badge/);
    await page.getByTestId('badge-alice').click();
    await textOf(frame.getByTestId('sign-out'), 'Se déconnecter');
    await page.getByTestId('panel-lang').selectOption('en');
    await textOf(frame.getByTestId('badge-prompt'), /Tap your badge/);
    await context.close();
  });

  it('signs out by itself after the inactivity the policy sets', async () => {
    await putAdmin(demo, '/policies', { inactivitySeconds: 10 });
    try {
      const page = await panel('sim-mono', 'en');
      await tapBadge(page, '1002');
      await textOf(user(page), 'Bob Nguyen');
      const signedInAt = Date.now();
      await page.getByTestId('badge-prompt').waitFor({ timeout: 20_000 });
      const after = Date.now() - signedInAt;
      expect(after).toBeGreaterThan(8_000);
      await textOf(status(page), 'Signed out: the panel was not used for a while.');
    } finally {
      await putAdmin(demo, '/policies', { inactivitySeconds: 60 });
    }
  }, 60_000);
});
