import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { simPrintersSchema } from '@quire/protocol';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { type Demo, startDemo } from '../support/demo';
import { makePdf } from '../support/pdf';
import { run, tempDir } from '../support/process';

let demo: Demo;
let browser: Browser;
let page: Page;
let dir: string;

beforeAll(async () => {
  dir = await tempDir('e2e');
  [demo, browser] = await Promise.all([startDemo(), launchChromium()]);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await demo?.stop();
  await fs.rm(dir, { recursive: true, force: true });
});

async function printAs(owner: string, title: string): Promise<Buffer> {
  const pdf = await makePdf(3, title);
  const file = path.join(dir, `${title}.pdf`);
  await fs.writeFile(file, pdf);
  const { code, stdout } = await run('ipptool', [
    '-t',
    '-f',
    file,
    '-d',
    `owner=${owner}`,
    '-d',
    `title=${title}`,
    `${demo.url.replace('http', 'ipp')}/ipp/print`,
    'simulator/ipp/print-held.test',
  ]);
  expect(code, stdout).toBe(0);
  return pdf;
}

describe('the kiosk in Debian chromium', () => {
  it('badge typed, job visible, settings changed, Print tapped: the document arrives at the printer', async () => {
    const pdf = await printAs('alice', 'Quarterly report');
    await page.goto(`${demo.url}/kiosk/`);
    await page.getByTestId('printer-sim-color').click();
    const panel = page.frameLocator('[data-testid=panel-frame]');
    await panel.getByTestId('badge-prompt').waitFor();

    // A USB badge reader is a keyboard: it types the number and Enter, with nothing focused.
    await page.getByTestId('panel-frame').focus();
    await page.keyboard.type('1001\n', { delay: 15 });
    await expect.poll(() => panel.getByTestId('user-name').textContent()).toBe('Alice Martin');

    const row = panel.getByTestId('job-row').filter({ hasText: 'Quarterly report' });
    await row.click();
    await expect.poll(() => row.getAttribute('aria-selected')).toBe('true');
    await panel.getByTestId('edit').click();
    await panel.getByTestId('copies-plus').click();
    await panel.getByTestId('copies-plus').click();
    await panel.getByTestId('two-sided').click();
    await panel.getByTestId('mono').click();
    await expect.poll(() => panel.getByTestId('copies-value').textContent()).toBe('3');
    await panel.getByTestId('save').click();
    await expect.poll(() => row.textContent()).toMatch(/Black and white.*Two-sided.*3 copies/);

    await panel.getByTestId('print').click();
    await expect
      .poll(() => panel.getByTestId('status').textContent(), { timeout: 15_000 })
      .toMatch(/“Quarterly report” printed/);

    const entry = page.getByTestId('tray-entry').filter({ hasText: 'Quarterly report' });
    await entry.waitFor({ timeout: 10_000 });
    expect(await entry.getAttribute('data-copies')).toBe('3');
    expect(await entry.getAttribute('data-sides')).toBe('two-sided-long-edge');
    expect(await entry.getAttribute('data-color-mode')).toBe('monochrome');

    // The printer received the very document alice sent.
    const printers = simPrintersSchema.parse(await (await fetch(`${demo.url}/sim/api/printers`)).json());
    const arrived = printers
      .find((p) => p.name === 'sim-color')!
      .tray.find((t) => t.name === 'Quarterly report');
    expect(arrived).toMatchObject({ user: 'alice', copies: 3, size: pdf.length });
    expect(arrived!.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
    await expect.poll(() => row.count()).toBe(0);
  });

  it('the virtual badge reader signs in; a printer fault is told in words and the job stays held', async () => {
    await printAs('bob', 'Jammed memo');
    await page.goto(`${demo.url}/kiosk/`);
    await page.getByTestId('printer-sim-mono').click();
    const panel = page.frameLocator('[data-testid=panel-frame]');
    await panel.getByTestId('badge-prompt').waitFor();
    await page.getByTestId('badge-bob').click();
    await expect.poll(() => panel.getByTestId('user-name').textContent()).toBe('Bob Nguyen');

    const jam = await fetch(`${demo.url}/sim/api/printers/sim-mono/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ fault: 'jam', active: true }),
    });
    expect(jam.status).toBe(200);
    const row = panel.getByTestId('job-row').filter({ hasText: 'Jammed memo' });
    await row.click();
    await panel.getByTestId('print').click();
    await expect
      .poll(() => panel.getByTestId('status').textContent(), { timeout: 15_000 })
      .toMatch(/not printed: sim-mono has a paper jam/);
    await expect.poll(() => row.textContent()).toMatch(/paper jam/);
    expect(await page.getByTestId('tray-entry').filter({ hasText: 'Jammed memo' }).count()).toBe(0);
  });
});
