import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_VIEWPORT,
  launchChromium,
  PHONE_VIEWPORT,
  screenshot,
  scrollsSideways,
  textOf,
} from '../support/browser';
import { type Demo, startDemo, trayOf } from '../support/demo';
import { makePng } from '../support/images';
import { makePdf } from '../support/pdf';
import { tempDir } from '../support/process';

/**
 * Issue 5 item 3 in Debian chromium: alice signs in at /my/, uploads a PDF and a PNG (which becomes a
 * PDF), sees them with their pages and cost, taps her badge on the kiosk's panel and prints them; the
 * simulated printer's tray shows them. Also: uploads refused in words before and after sending, delete
 * with confirmation from the keyboard, default settings, delegates, history, French, and a phone.
 * The demo runs with MAX_DOCUMENT_MB=32 so that "too large" is a small (sparse) file.
 */

let demo: Demo;
let browser: Browser;
let dir: string;
let pdf: Buffer;
const files: Record<string, string> = {};

beforeAll(async () => {
  [demo, browser, dir, pdf] = await Promise.all([
    startDemo({ env: { MAX_DOCUMENT_MB: '32' } }),
    launchChromium(),
    tempDir('my-e2e'),
    makePdf(2, 'Board minutes'),
  ]);
  const write = async (name: string, bytes: Buffer) => {
    files[name] = path.join(dir, name);
    await fs.writeFile(files[name]!, bytes);
  };
  await write('Board minutes.pdf', pdf);
  await write('Whiteboard.png', makePng(1200, 900));
  await write('Draft.pdf', await makePdf(1, 'Draft'));
  await write('notes.txt', Buffer.from('Remember the milk.\n'));
  await write('letter.pdf', Buffer.from('<!doctype html><p>Not a PDF at all</p>'));
  await write('slow.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(30 * 1024 * 1024, 0x20)]));
  // 33 MB without writing them: a sparse file, never read, since the page refuses it by its size.
  files['big.pdf'] = path.join(dir, 'big.pdf');
  await fs.writeFile(files['big.pdf'], '%PDF-1.7\n');
  await fs.truncate(files['big.pdf'], 33 * 1024 * 1024);
});

afterAll(async () => {
  await browser?.close();
  await demo?.stop();
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

const job = (page: Page, name: string) =>
  page.getByTestId('jobs').locator('.jobs > [data-testid=job]').filter({ hasText: name });

async function openMy(viewport: { width: number; height: number } = ADMIN_VIEWPORT): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(`${demo.url}/my/`);
  await page.getByTestId('login').waitFor();
  return page;
}

async function signIn(page: Page, login: string, password = 'demo1234'): Promise<void> {
  await page.getByTestId('login').fill(login);
  await page.getByTestId('password').fill(password);
  await page.getByTestId('sign-in').click();
}

async function upload(page: Page, name: string): Promise<void> {
  await page.getByTestId('upload-file').setInputFiles(files[name]!);
  await page.getByTestId('upload').click();
}

describe('/my/ at 1280x800', () => {
  let page: Page;

  it('signs alice in with her email and password, after saying a wrong password in words', async () => {
    page = await openMy();
    await textOf(page.locator('h1'), 'Sign in to your print queue');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('login');
    await screenshot(page, 'my-sign-in.en');
    await page.getByTestId('sign-in').click();
    await textOf(page.getByTestId('sign-in-problem'), 'Enter your email or short name, and your password.');
    await signIn(page, 'alice@example.com', 'wrong-password');
    await textOf(page.getByTestId('sign-in-problem'), 'Wrong email, short name or password.');
    await signIn(page, 'alice@example.com');
    await textOf(page.locator('h1'), 'My print queue');
    await textOf(page.getByTestId('who'), 'Signed in as Alice Martin');
    // The demo's own jobs for alice are there already.
    await job(page, 'Sales figures Q3').waitFor();
  });

  it('uploads a PDF and a PNG and lists them with their pages and cost', async () => {
    await upload(page, 'Board minutes.pdf');
    await textOf(page.getByTestId('upload-said'), '“Board minutes.pdf” is waiting for you at any printer.');
    await textOf(
      job(page, 'Board minutes.pdf').getByTestId('job-facts'),
      '2 pages · Cost €0.30 · 1 copy, one-sided, colour',
    );
    await upload(page, 'Whiteboard.png');
    await textOf(page.getByTestId('upload-said'), '“Whiteboard.png” is waiting for you at any printer.');
    await textOf(
      job(page, 'Whiteboard.png').getByTestId('job-facts'),
      '1 page · Cost €0.15 · 1 copy, one-sided, colour',
    );
    expect(await job(page, 'Board minutes.pdf').locator('time').textContent()).toMatch(
      /^Sent \d{1,2} \w{3} 20\d\d, \d\d:\d\d$/,
    );
    // Nothing was kept in the file field: the next upload starts afresh.
    expect(await page.getByTestId('upload-file').inputValue()).toBe('');
    expect(await scrollsSideways(page)).toBe(false);
    await screenshot(page, 'my-queue.en');
  });

  it('refuses in words what is not a document, and what is too large, before or after sending', async () => {
    await upload(page, 'notes.txt');
    await textOf(
      page.getByTestId('upload-said'),
      '“notes.txt” is not a PDF, JPEG or PNG. Upload a PDF document, or a JPEG or PNG picture.',
    );
    await upload(page, 'big.pdf');
    await textOf(page.getByTestId('upload-said'), '“big.pdf” is too large: a document may be at most 32 MB.');
    // Named .pdf, so the page sends it; the server reads its first bytes and refuses it.
    await upload(page, 'letter.pdf');
    await textOf(
      page.getByTestId('upload-said'),
      '“letter.pdf” is not a PDF, JPEG or PNG. Upload a PDF document, or a JPEG or PNG picture.',
    );
    expect(await page.getByTestId('upload-said').getByRole('alert').textContent()).toMatch(/letter\.pdf/);
    await screenshot(page, 'my-upload-refused.en');
    expect(await job(page, 'letter.pdf').count()).toBe(0);
    expect(await job(page, 'big.pdf').count()).toBe(0);
  });

  it('shows the upload’s progress, and cancels it', async () => {
    // The server is paused (SIGSTOP) while 30 MB go out: the bar moves as far as the socket buffers take,
    // then waits; Cancel stops it. Resumed, the server drops the half-received document.
    const pid = demo.process.child.pid!;
    await page.getByTestId('upload-file').setInputFiles(files['slow.pdf']!);
    process.kill(pid, 'SIGSTOP');
    try {
      await page.getByTestId('upload').click();
      const bar = page.getByTestId('upload-progress');
      await expect.poll(async () => Number(await bar.getAttribute('value'))).toBeGreaterThan(0);
      expect(Number(await bar.getAttribute('value'))).toBeLessThan(100);
      await textOf(page.locator('#upload-progress'), /^Uploading “slow\.pdf”: \d+ %$/);
      await screenshot(page, 'my-upload-progress.en');
      await page.getByTestId('cancel-upload').click();
      await textOf(page.getByTestId('upload-said'), 'Upload cancelled.');
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    await page.getByTestId('refresh').click();
    await textOf(page.getByTestId('jobs-said'), 'List updated.');
    expect(await job(page, 'slow.pdf').count()).toBe(0);
  });

  it('deletes a job from the keyboard after asking, and the history says so', async () => {
    await upload(page, 'Draft.pdf');
    await job(page, 'Draft.pdf').waitFor();
    await job(page, 'Draft.pdf').getByTestId('delete').focus();
    await page.keyboard.press('Enter');
    // Asked in place, with the focus on the answer; Escape keeps the job.
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    await expect.poll(focused).toBe('confirm-delete');
    await textOf(job(page, 'Draft.pdf').locator('legend'), 'Delete “Draft.pdf”? It will not print.');
    await page.keyboard.press('Escape');
    await expect.poll(focused).toBe('delete');
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('confirm-delete');
    await page.keyboard.press('Enter');
    await textOf(page.getByTestId('jobs-said'), '“Draft.pdf” deleted.');
    await expect.poll(() => job(page, 'Draft.pdf').count()).toBe(0);
    await textOf(page.getByTestId('history-entry').first(), /^Deleted Draft\.pdf.*1 page$/);
  });

  it('keeps default settings that the next upload starts with', async () => {
    await page.getByTestId('copies').fill('2');
    await page.getByTestId('sides-two-sided-long-edge').check();
    await page.getByTestId('color-monochrome').check();
    await page.getByTestId('save-settings').click();
    await textOf(page.getByTestId('settings-said'), 'Settings saved.');
    await page.reload();
    await page.getByTestId('copies').waitFor();
    expect(await page.getByTestId('copies').inputValue()).toBe('2');
    expect(await page.getByTestId('color-monochrome').isChecked()).toBe(true);
    await upload(page, 'Draft.pdf');
    await textOf(
      job(page, 'Draft.pdf').getByTestId('job-facts'),
      '1 page · Cost €0.10 · 2 copies, two-sided, black and white',
    );
    await page.getByTestId('copies').fill('1');
    await page.getByTestId('sides-one-sided').check();
    await page.getByTestId('color-color').check();
    await page.getByTestId('save-settings').click();
    await textOf(page.getByTestId('settings-said'), 'Settings saved.');
  });

  it('names a delegate by email, refuses an unknown one, and removes her', async () => {
    await page.getByTestId('delegate-input').fill('nobody@example.com');
    await page.getByTestId('add-delegate').click();
    await textOf(
      page.getByTestId('delegates-said'),
      'Nobody has the email or short name “nobody@example.com”.',
    );
    await page.getByTestId('delegate-input').fill('chloe@example.com');
    await page.getByTestId('add-delegate').click();
    await textOf(page.getByTestId('delegates-said'), 'Chloé Dubois may now print your documents.');
    await textOf(page.getByTestId('delegate'), /^Chloé Dubois chloe@example\.com/);
    await page.getByRole('button', { name: 'Remove Chloé Dubois' }).click();
    await textOf(page.getByTestId('delegates-said'), 'Chloé Dubois may no longer print your documents.');
    await page.getByTestId('no-delegates').waitFor();
  });

  it('shows the quota left as the panel does', async () => {
    await textOf(page.getByTestId('quota-total'), /^\d+ pages$/);
    await textOf(page.getByTestId('quota-color'), /^\d+ pages$/);
  });

  it('taps her badge on the kiosk panel, prints both uploads, and the printer’s tray has them', async () => {
    const kiosk = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await kiosk.goto(`${demo.url}/kiosk/`);
    await kiosk.getByTestId('printer-sim-color').click();
    const panel = kiosk.frameLocator('[data-testid=panel-frame]');
    await panel.getByTestId('badge-prompt').waitFor();
    await kiosk.getByTestId('badge-alice').click();
    await expect.poll(() => panel.getByTestId('user-name').textContent()).toBe('Alice Martin');
    for (const name of ['Board minutes.pdf', 'Whiteboard.png']) {
      const row = panel.getByTestId('job-row').filter({ hasText: name });
      await row.click();
      await expect.poll(() => row.getAttribute('aria-selected')).toBe('true');
    }
    await panel.getByTestId('print').click();
    await expect
      .poll(async () => (await trayOf(demo, 'sim-color', 'Board minutes.pdf')).length, { timeout: 20_000 })
      .toBe(1);
    await expect
      .poll(async () => (await trayOf(demo, 'sim-color', 'Whiteboard.png')).length, { timeout: 20_000 })
      .toBe(1);
    const [minutes] = await trayOf(demo, 'sim-color', 'Board minutes.pdf');
    const [board] = await trayOf(demo, 'sim-color', 'Whiteboard.png');
    // The PDF arrived exactly as uploaded; the picture arrived as a PDF.
    expect(minutes).toMatchObject({ user: 'alice', format: 'application/pdf', size: pdf.length, copies: 1 });
    expect(minutes!.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
    expect(board).toMatchObject({ user: 'alice', format: 'application/pdf' });
    await kiosk.getByTestId('tray-entry').filter({ hasText: 'Board minutes.pdf' }).waitFor();
    await screenshot(kiosk, 'my-queue-kiosk-tray');
    await kiosk.context().close();

    // Back on /my/: printed, gone from the queue, in the history with where and how much.
    await page.getByTestId('refresh').click();
    await textOf(page.getByTestId('jobs-said'), 'List updated.');
    expect(await job(page, 'Board minutes.pdf').count()).toBe(0);
    await page.reload();
    await textOf(
      page.getByTestId('history-entry').filter({ hasText: 'Board minutes.pdf' }),
      /^Printed Board minutes\.pdf.* · on sim-color · 2 pages · €0\.30$/,
    );
  });

  it('speaks French, and remembers it', async () => {
    await page.getByTestId('language').click();
    await textOf(page.locator('h1'), 'Mes impressions');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await textOf(page.getByTestId('jobs').locator('h2'), 'En attente d’impression');
    await textOf(
      job(page, 'Draft.pdf').getByTestId('job-facts'),
      /^1\u00a0page · Coût 0,10\s€ · 2\u00a0exemplaires, recto verso, noir et blanc$/,
    );
    await textOf(page.getByTestId('upload').first(), 'Envoyer');
    await upload(page, 'notes.txt');
    await textOf(
      page.getByTestId('upload-said'),
      '«\u00a0notes.txt\u00a0» n’est ni un PDF, ni un JPEG, ni un PNG. Envoyez un document PDF, ou une image JPEG ou PNG.',
    );
    await textOf(page.getByTestId('sign-out'), 'Se déconnecter');
    await textOf(page.getByTestId('who'), 'Session d’Alice Martin');
    await textOf(page.getByTestId('upload-chosen'), 'notes.txt');
    await screenshot(page, 'my-queue.fr');
    await page.reload();
    await textOf(page.locator('h1'), 'Mes impressions');
    await page.getByTestId('language').click();
    await textOf(page.locator('h1'), 'My print queue');
  });

  it('signs out', async () => {
    await page.getByTestId('sign-out').click();
    await textOf(page.getByTestId('sign-in-problem'), 'You are signed out.');
    await page.reload();
    await page.getByTestId('login').waitFor();
    await page.context().close();
  });
});

describe('/my/ on a phone (390x844)', () => {
  it('fits without sideways scrolling, signed out and in, and uploads', async () => {
    const page = await openMy(PHONE_VIEWPORT);
    expect(await scrollsSideways(page)).toBe(false);
    await screenshot(page, 'my-sign-in.phone');
    await signIn(page, 'bob');
    await textOf(page.getByTestId('who'), 'Signed in as Bob Nguyen');
    await job(page, 'Architecture review').waitFor();
    await upload(page, 'Board minutes.pdf');
    await textOf(job(page, 'Board minutes.pdf').getByTestId('job-facts'), /^2 pages · Cost €0\.30/);
    expect(await scrollsSideways(page)).toBe(false);
    // Every button is big enough for a thumb.
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('button')]
        .map((b) => ({ name: b.textContent, r: b.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && r.height < 44)
        .map(({ name, r }) => `${name}: ${Math.round(r.height)}`),
    );
    expect(small).toEqual([]);
    await screenshot(page, 'my-queue.phone');
    await page.context().close();
  });
});
