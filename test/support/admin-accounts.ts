import type { Browser, Page } from 'playwright-core';
import type { TestAccount } from './accounts';
import { openAdminPage, signInWithAccount } from './browser';

/** An administrator and a helpdesk account for the admin page's tests (made with `addAccounts`). */
export const ADA: TestAccount = { email: 'ada@example.com', password: 'admin-secret-12', name: 'Ada Admin' };
export const HANA: TestAccount = {
  email: 'hana@example.com',
  password: 'helpdesk-secret-1',
  name: 'Hana Help',
};

/** `/admin/<hash>` signed in as `who`; in French when asked (the language is switched before signing in). */
export async function openAdminAs(
  browser: Browser,
  url: string,
  who: TestAccount,
  o: { hash?: string; viewport?: { width: number; height: number }; french?: boolean } = {},
): Promise<Page> {
  const page = await openAdminPage(browser, url, o);
  if (o.french) await page.getByTestId('language').click();
  await signInWithAccount(page, who.email, who.password);
  return page;
}
