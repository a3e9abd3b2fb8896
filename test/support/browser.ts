import fs from 'node:fs/promises';
import path from 'node:path';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { ROOT } from './process';

/** Debian's chromium (TOOLING.md): never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launches headless Debian chromium with the flags this sandbox needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
}

/** The smallest panel printers have (PRODUCT.md §1): every screen must fit it. */
export const PANEL_VIEWPORT = { width: 800, height: 480 } as const;

/** A page at the panel's size, touch enabled, on `/panel/?printer=<printer>[&lang=<lang>]`. */
export async function openPanel(
  browser: Browser,
  url: string,
  printer: string,
  lang?: 'en' | 'fr',
): Promise<Page> {
  const context = await browser.newContext({ viewport: PANEL_VIEWPORT, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`${url}/panel/?printer=${printer}${lang ? `&lang=${lang}` : ''}`);
  await page.getByTestId('badge-prompt').waitFor();
  return page;
}

/**
 * A USB badge reader tapping a card: the number and Enter as keydown events on the document, all in one
 * go, as the kiosk's virtual reader types them (simulator/src/kiosk/lib/wedge.ts).
 */
export async function tapBadge(page: Page, badge: string): Promise<void> {
  await page.evaluate((text) => {
    for (const key of [...text, 'Enter'])
      document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  }, badge);
}

/** Real key presses `delayMs` apart, then Enter: ~10 ms is a reader, ~200 ms a person. */
export async function typeKeys(page: Page, text: string, delayMs: number): Promise<void> {
  await page.keyboard.type(text, { delay: delayMs });
  await page.waitForTimeout(delayMs);
  await page.keyboard.press('Enter');
}

/** Waits until the locator's text matches; on failure, says what the page showed instead. */
export async function textOf(locator: Locator, expected: RegExp | string, timeout = 15_000): Promise<void> {
  const pattern =
    typeof expected === 'string'
      ? new RegExp(`^${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
      : expected;
  const deadline = Date.now() + timeout;
  let last: string | null = null;
  for (;;) {
    last = (await locator.count()) > 0 ? await locator.first().textContent() : null;
    if (last !== null && pattern.test(last)) return;
    if (Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const shown = await locator
    .page()
    .locator('body')
    .innerText()
    .catch(() => '(no page)');
  throw new Error(
    `expected ${locator} to match ${pattern}, got ${JSON.stringify(last)}; the page shows:\n${shown}`,
  );
}

/** Where the suite keeps its screenshots (gitignored: `test-results/`). */
export const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots');

/** A screenshot of the whole page at its viewport, as `test-results/screenshots/<name>.png`. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await fs.mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/**
 * Every visible button, touch target and key on the page is at least 48x48 CSS px (PRODUCT.md §5.8), and
 * nothing sticks out of the viewport (the screen fits without scrolling the page). Returns the offenders.
 */
export async function touchProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const { innerWidth: w, innerHeight: h } = window;
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollHeight > h + 1 || root.scrollWidth > w + 1)
      problems.push(`page scrolls: ${root.scrollWidth}x${root.scrollHeight}`);
    for (const el of document.querySelectorAll<HTMLElement>('button, [role=option], [role=switch]')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      const name = (el.dataset.testid ?? el.textContent ?? '').trim().slice(0, 30);
      if (r.width < 48 || r.height < 48)
        problems.push(`${name}: ${Math.round(r.width)}x${Math.round(r.height)}`);
      // Inside a scrolling list a row may be below the fold; anything else must be on screen.
      if (!el.closest('.list') && (r.right > w + 1 || r.bottom > h + 1))
        problems.push(`${name} off screen at ${Math.round(r.right)},${Math.round(r.bottom)}`);
    }
    return problems;
  });
}

/** The admin page's two sizes (issue 5): a laptop screen and a phone. */
export const ADMIN_VIEWPORT = { width: 1280, height: 800 } as const;
export const PHONE_VIEWPORT = { width: 390, height: 844 } as const;

/** Whether the page scrolls sideways at its viewport (it must not, on a phone either). */
export async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(
    () => (document.scrollingElement ?? document.documentElement).scrollWidth > innerWidth + 1,
  );
}

/**
 * Issue 5: `/admin/` at `viewport`, before signing in. The page first asks the server whether a session
 * is open and whether the first-run form is due, so the caller waits for the form it expects.
 */
export async function openAdminPage(
  browser: Browser,
  url: string,
  o: { viewport?: { width: number; height: number }; hash?: string; locale?: string } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: o.viewport ?? ADMIN_VIEWPORT,
    locale: o.locale ?? 'en-GB',
  });
  const page = await context.newPage();
  await page.goto(`${url}/admin/${o.hash ?? ''}`);
  return page;
}

/** Signs in on the account form (email or short name, and password) and waits for the header to name who. */
export async function signInWithAccount(page: Page, login: string, password: string): Promise<void> {
  await page.getByTestId('login').fill(login);
  await page.getByTestId('password').fill(password);
  await page.getByTestId('sign-in').click();
  await page.getByTestId('sign-out').waitFor();
}

/**
 * `/admin/<hash>` signed in with the admin token, the second way in since issue 5 ("Sign in with the admin
 * token", under the account or first-run form). Signs in with `token`, or stops on the token form when null.
 */
export async function openAdminWithToken(
  browser: Browser,
  url: string,
  token: string | null,
  o: { viewport?: { width: number; height: number }; hash?: string } = {},
): Promise<Page> {
  const page = await openAdminPage(browser, url, o);
  await page.getByTestId('use-token').click();
  await page.getByTestId('token').waitFor();
  if (token !== null) {
    await page.getByTestId('token').fill(token);
    await page.getByTestId('sign-in').click();
    await page.getByTestId('sign-out').waitFor();
  }
  return page;
}
