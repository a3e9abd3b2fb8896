import type { Page } from 'playwright-core';
import { textOf } from './browser';

/**
 * Moves a signed-in admin page to `hash` as a bookmark or a typed address would, and waits for the
 * view's title (`main h1`) to say `title`.
 */
export async function goTo(page: Page, hash: string, title: string | RegExp): Promise<void> {
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
  await textOf(page.locator('main h1'), title);
}
