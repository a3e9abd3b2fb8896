import type { Page } from 'playwright-core';

/**
 * Badge typed to job list painted, measured inside the page with its own clock: from just before the
 * badge's keystrokes are dispatched (as a USB reader types them, all at once, then Enter; the same
 * events as test/support/browser.ts `tapBadge`) until the first job row is in the DOM and the frame
 * that shows it has been painted (a task queued from the next requestAnimationFrame runs after that
 * frame). Then signs out and waits for the badge prompt again, ready for the next sample.
 */
/**
 * The in-page part, as source text: functions handed to `page.evaluate` are compiled by tsx, which adds
 * helpers (`__name`) the page does not have.
 */
const MEASURE = `(text) => new Promise((resolve, reject) => {
  const rowShown = () => document.querySelector('[data-testid="job-row"]') !== null;
  if (rowShown()) return reject(new Error('a job list is already on screen'));
  const timer = setTimeout(() => reject(new Error('no job row within 30 s')), 30000);
  const t0 = performance.now();
  const observer = new MutationObserver(() => {
    if (!rowShown()) return;
    observer.disconnect();
    clearTimeout(timer);
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
  });
  observer.observe(document.body, { childList: true, subtree: true });
  for (const key of [...text, 'Enter'])
    document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
})`;

export async function badgeToListPainted(page: Page, badge: string): Promise<number> {
  const ms = await page.evaluate<number>(`(${MEASURE})(${JSON.stringify(badge)})`);
  await page.getByTestId('sign-out').click();
  await page.getByTestId('badge-prompt').waitFor();
  return ms;
}
