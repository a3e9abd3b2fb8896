import { type PrinterPanelSettings, printerPanelSettingsSchema } from '@quire/protocol';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccounts } from '../support/accounts';
import { ADA, HANA, openAdminAs } from '../support/admin-accounts';
import { launchChromium, PHONE_VIEWPORT, screenshot, scrollsSideways, textOf } from '../support/browser';
import { type Demo, startDemo } from '../support/demo';

/**
 * PRODUCT.md §5 and §10, issue 5: the icon of the button on a printer's home screen. In Debian chromium
 * against the demo (`npm start`): an administrator picks the icon in the printer's panel form with the
 * keyboard and saves; the API reads it back; the kiosk's printer shows it on its home screen, and shows a
 * change at once. In French on a phone the icons are named in French; helpdesk sees them, disabled.
 */

let demo: Demo;
let browser: Browser;

beforeAll(async () => {
  [demo, browser] = await Promise.all([startDemo(), launchChromium()]);
  await addAccounts(demo, [
    [ADA, 'administrator'],
    [HANA, 'helpdesk'],
  ]);
});

afterAll(async () => {
  await browser?.close();
  await demo?.stop();
});

async function panelOf(printer: string): Promise<PrinterPanelSettings> {
  const res = await demo.admin(`/printers/${printer}/panel`);
  expect(res.status).toBe(200);
  return printerPanelSettingsSchema.parse(await res.json());
}

/** The icon radio button named `name`, in the form's group of icons named `legend`. */
const icon = (page: Page, legend: string, name: string) =>
  page.getByRole('group', { name: legend }).getByRole('radio', { name, exact: true });

describe('the home button icon', () => {
  it('is chosen with the keyboard, saved, read back, and shown on the kiosk printer’s home screen', async () => {
    const page = await openAdminAs(browser, demo.url, ADA, { hash: '#/printers/sim-color' });
    await textOf(page.locator('main h1'), 'Panel of sim-color');
    const names = await page
      .getByRole('group', { name: 'Home button icon' })
      .getByRole('radio')
      .evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).labels?.[0]?.textContent?.trim()));
    expect(names).toEqual(['Printer', 'Badge', 'Padlock', 'Document', 'Star']);
    expect(await icon(page, 'Home button icon', 'Printer').isChecked()).toBe(true);

    // Arrow keys move the choice through the group, as in any radio group.
    await icon(page, 'Home button icon', 'Printer').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await icon(page, 'Home button icon', 'Padlock').isChecked()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('value'))).toBe('lock');
    await page.getByTestId('save-panel').focus();
    await page.keyboard.press('Enter');
    await textOf(page.getByTestId('status-panel'), 'Saved.');
    expect(await panelOf('sim-color')).toMatchObject({ homeLabel: 'Print Release', homeIcon: 'lock' });
    await screenshot(page, 'admin-home-icon.en');

    // The kiosk opens on the panel; the printer's Home key shows its home screen and Quire's button.
    const kiosk = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await kiosk.goto(`${demo.url}/kiosk/?printer=sim-color`);
    await kiosk.frameLocator('[data-testid=panel-frame]').getByTestId('badge-prompt').waitFor();
    await kiosk.getByRole('button', { name: 'Home', exact: true }).click();
    const button = kiosk.getByTestId('home-button');
    await button.getByRole('img', { name: 'Padlock' }).waitFor();
    await textOf(kiosk.getByTestId('home-label'), 'Print Release');
    await screenshot(kiosk, 'kiosk-home-screen');
    // No panel to type into: the reader says so rather than tapping into nothing.
    await kiosk.getByTestId('badge-alice').click();
    await textOf(kiosk.locator('.reader'), /The panel is not open: open it from the printer’s home screen/);

    // A change an administrator saves reaches the home screen while it shows.
    const put = await demo.admin('/printers/sim-color/panel', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ homeIcon: 'star', homeLabel: 'Badge here' }),
    });
    expect(put.status).toBe(200);
    await button.getByRole('img', { name: 'Star' }).waitFor();
    await textOf(kiosk.getByTestId('home-label'), 'Badge here');

    // Quire's button opens the panel again.
    await button.click();
    await kiosk.frameLocator('[data-testid=panel-frame]').getByTestId('badge-prompt').waitFor();
    await kiosk.close();
    await page.context().close();
  });

  it('is refused when the API is sent an icon it does not know', async () => {
    const res = await demo.admin('/printers/sim-color/panel', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ homeIcon: 'rocket' }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      code: 'bad-request',
      message: expect.stringMatching(/homeIcon/),
    });
    expect((await panelOf('sim-color')).homeIcon).toBe('star');
  });

  it('is named in French on a phone, and fits', async () => {
    const page = await openAdminAs(browser, demo.url, ADA, {
      hash: '#/printers/sim-mono',
      viewport: PHONE_VIEWPORT,
      french: true,
    });
    await textOf(page.locator('main h1'), 'Panneau de sim-mono');
    const legend = 'Icône du bouton d’accueil';
    await icon(page, legend, 'Imprimante').focus();
    await page.keyboard.press('ArrowLeft');
    expect(await icon(page, legend, 'Étoile').isChecked()).toBe(true);
    expect(await scrollsSideways(page)).toBe(false);
    await page.getByTestId('save-panel').click();
    await textOf(page.getByTestId('status-panel'), 'Enregistré.');
    expect((await panelOf('sim-mono')).homeIcon).toBe('star');
    await screenshot(page, 'admin-home-icon.fr.phone');
    await page.context().close();
  });

  it('is shown to helpdesk, who cannot change it', async () => {
    const page = await openAdminAs(browser, demo.url, HANA, { hash: '#/printers/sim-color' });
    await textOf(page.locator('main h1'), 'Panel of sim-color');
    await page.getByTestId('read-only').waitFor();
    const star = icon(page, 'Home button icon', 'Star');
    expect(await star.isChecked()).toBe(true);
    expect(await star.isDisabled()).toBe(true);
    expect(await icon(page, 'Home button icon', 'Badge').isDisabled()).toBe(true);
    await page.context().close();
  });
});
