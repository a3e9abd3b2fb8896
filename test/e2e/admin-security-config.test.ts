import { X509Certificate } from 'node:crypto';
import fs from 'node:fs/promises';
import { securityStateSchema } from '@quire/protocol';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Issued, issue, rsaKeys } from '../../release-server/src/adapters/tls/test-certificates';
import {
  launchChromium,
  openAdminPage,
  PHONE_VIEWPORT,
  screenshot,
  scrollsSideways,
  signInWithAccount,
  textOf,
} from '../support/browser';
import { importCsv, putAdmin } from '../support/seed';
import { servedCertificate, startTlsTestServer, type TlsTestServer } from '../support/tls';

/**
 * Issue 5, the Security and Configuration sections in Debian chromium, against the real server with
 * HTTPS on (TLS_PORT=0, TLS_HOST_NAME=quire.test). Certificates are made here with node-forge
 * (release-server/src/adapters/tls/test-certificates.ts) and given to the page as files, as a person
 * would choose them. The configuration goes out as a file, is edited as a person would edit it, and
 * comes back through the preview. An administrator's session does it all; the tests run in order.
 */

const HOST = 'quire.test';
const HEADER =
  'EMAIL,OPERATION,PASSWORD,FIRST_NAME,LAST_NAME,DISPLAY_NAME,SHORTNAME,GROUPS,CUSTOM_ATTRIBUTES,COST_CENTER,DEPARTMENT';
const PEOPLE = [
  HEADER,
  'ada@example.com,CREATE,ada-secret-123,Ada,Admin,,ada,"Finance",,,',
  'erin@example.com,CREATE,erin-secret-12,Erin,Moreau,,erin,,,,',
].join('\n');
const PRICES = {
  currency: 'EUR',
  countBy: 'impression',
  pricing: { kind: 'flat', mono: '0.05', color: '0.15' },
  models: [],
};

let server: TlsTestServer;
let browser: Browser;
/** Ada's page (an administrator with a session), used by the tests in order. */
let page: Page;
let ca: Issued;
/** A certificate for quire.test that the test CA issued. */
let leaf: Issued;
/** A key that belongs to neither. */
let otherKeyPem: string;
let expired: Issued;
let wrongHost: Issued;
let dir: string;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTlsTestServer(), launchChromium()]);
  await importCsv(server, 'users', PEOPLE);
  for (const [email, role] of [
    ['ada@example.com', 'administrator'],
    ['erin@example.com', 'helpdesk'],
  ])
    await putAdmin(server, `/users/${email}/role`, { role });
  await putAdmin(server, '/prices', PRICES);
  ca = issue({ names: [], commonName: 'Quire Test CA', ca: true });
  leaf = issue({ issuer: ca });
  const keys = rsaKeys();
  otherKeyPem = issue({ keys }).keyPem;
  const yearMs = 365 * 86_400_000;
  expired = issue({
    keys,
    notBefore: new Date(Date.now() - 2 * yearMs),
    notAfter: new Date(Date.now() - yearMs),
  });
  wrongHost = issue({ keys, names: ['printers.example.org'] });
  dir = await fs.mkdtemp('/tmp/quire-e2e-config-');
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

const go = async (p: Page, hash: string, title: string) => {
  await p.evaluate((h) => {
    location.hash = h;
  }, hash);
  await textOf(p.locator('main h1'), title);
};

const security = async () =>
  securityStateSchema.parse(await (await server.admin('/security/certificate')).json());
const prices = async () => (await (await server.admin('/prices')).json()) as typeof PRICES;
const groups = async () => ((await (await server.admin('/config')).json()) as { groups: string[] }).groups;

const pem = (name: string, text: string) => ({
  name,
  mimeType: 'application/x-pem-file',
  buffer: Buffer.from(text),
});

/** Chooses the two files and waits until the page has read them into its boxes. */
async function chooseFiles(
  p: Page,
  certificate: { name: string; text: string },
  key: { name: string; text: string },
) {
  await p.getByTestId('certificate-file').setInputFiles(pem(certificate.name, certificate.text));
  await p.getByTestId('key-file').setInputFiles(pem(key.name, key.text));
  await expect
    .poll(() => p.getByTestId('certificate-text').inputValue())
    .toBe(certificate.text.replace(/\r\n/g, '\n'));
  await expect.poll(() => p.getByTestId('key-text').inputValue()).toBe(key.text.replace(/\r\n/g, '\n'));
}

const fact = (p: Page, name: string) => p.locator(`[data-fact="${name}"] dd`);

describe('the Security section', () => {
  it('shows the certificate the server generated at start, and where HTTPS answers', async () => {
    page = await openAdminPage(browser, server.url, { hash: '#/security' });
    await signInWithAccount(page, 'ada', 'ada-secret-123');
    await textOf(page.locator('main h1'), 'Security');
    const state = await security();
    await textOf(fact(page, 'names'), HOST);
    await textOf(fact(page, 'issuer'), /^itself \(self-signed\)/);
    await textOf(fact(page, 'fingerprint'), state.certificate!.fingerprintSha256);
    await textOf(fact(page, 'key'), 'RSA, 2048 bits');
    await textOf(fact(page, 'https'), `on, port ${server.httpsPort}`);
    await textOf(fact(page, 'hostName'), HOST);
    // Never a key: the boxes are empty and no key's text is anywhere on the page.
    expect(await page.getByTestId('key-text').inputValue()).toBe('');
    expect(await page.content()).not.toMatch(/PRIVATE KEY-----\s*[A-Za-z0-9+/=]{16}/);
    await screenshot(page, 'admin-security.en');
  });

  it('refuses a key that does not match, an expired certificate, a garbage file and another host name, each with its reason; nothing is installed', async () => {
    const before = (await security()).certificate!.fingerprintSha256;
    const refused = page.getByTestId('upload-refused');
    const submit = page.getByTestId('upload-submit');

    await chooseFiles(
      page,
      { name: 'cert.pem', text: leaf.certificatePem },
      { name: 'key.pem', text: otherKeyPem },
    );
    await submit.click();
    await textOf(
      refused,
      /^Not installed: The private key does not match the certificate: the certificate's public key was not made from this key\./,
    );
    await screenshot(page, 'admin-security-mismatch.en');

    await chooseFiles(
      page,
      { name: 'old.pem', text: expired.certificatePem },
      { name: 'old.key', text: expired.keyPem },
    );
    await submit.click();
    await textOf(
      refused,
      /^Not installed: The certificate expired on \d{4}-\d\d-\d\d \d\d:\d\d UTC \(it was valid from /,
    );

    await chooseFiles(
      page,
      { name: 'garbage.pem', text: 'this is not a certificate\u0000\u00ff' },
      { name: 'key.pem', text: leaf.keyPem },
    );
    await submit.click();
    await textOf(refused, /^Not installed: The certificate is not in PEM form/);

    await chooseFiles(
      page,
      { name: 'other.pem', text: wrongHost.certificatePem },
      { name: 'other.key', text: wrongHost.keyPem },
    );
    await submit.click();
    await textOf(
      refused,
      /^Not installed: The certificate is for printers\.example\.org, not for quire\.test \(the server's host name\)/,
    );
    // A host name to check that is none: said next to its field before anything is sent.
    await page.getByLabel('Host name to check').fill('not a host!');
    await submit.click();
    await textOf(page.locator('#upload-hostName-error'), 'This value is not valid here.');
    await textOf(page.getByTestId('upload-status'), 'Not sent: correct the fields marked in red.');
    await page.getByLabel('Host name to check').fill('');

    expect((await security()).certificate!.fingerprintSha256).toBe(before);
    expect((await servedCertificate(server.httpsPort, { servername: HOST })).fingerprint256).toBe(before);
  });

  it('installs a certificate a CA issued, says what it replaced, forgets the key, and HTTPS serves it', async () => {
    await chooseFiles(
      page,
      { name: 'cert.pem', text: leaf.certificatePem },
      { name: 'key.pem', text: leaf.keyPem },
    );
    await page.getByTestId('upload-submit').click();
    await textOf(
      page.getByTestId('upload-status'),
      /^Installed: the certificate for quire\.test, valid until .+\. It replaces the one for quire\.test\. HTTPS uses it for new connections now\.$/,
    );
    expect(await page.getByTestId('upload-refused').count()).toBe(0);
    // The key and the files chosen are gone from the page.
    expect(await page.getByTestId('key-text').inputValue()).toBe('');
    expect(await page.getByTestId('certificate-text').inputValue()).toBe('');
    expect(await page.getByTestId('key-file').inputValue()).toBe('');
    expect(await page.content()).not.toContain(leaf.keyPem.split(/\r?\n/)[1]);

    const fingerprint = new X509Certificate(leaf.certificatePem).fingerprint256;
    await textOf(fact(page, 'fingerprint'), fingerprint);
    await textOf(fact(page, 'issuer'), 'CN=Quire Test CA');
    expect((await servedCertificate(server.httpsPort, { servername: HOST })).fingerprint256).toBe(
      fingerprint,
    );
    await screenshot(page, 'admin-security-installed.en');
  });

  it('generates a self-signed certificate, asking first since it replaces one a CA issued, and shows it', async () => {
    const form = page.getByTestId('self-signed-form');
    expect(await form.getByLabel('Host name').inputValue()).toBe(HOST);
    await form.getByTestId('self-signed-submit').click();
    await textOf(
      form.getByRole('alert'),
      'The installed certificate was issued by CN=Quire Test CA. Replace it with a self-signed one that clients do not trust?',
    );
    // The keyboard goes on from the first answer.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'confirm-replace',
    );
    await form.getByTestId('keep-installed').click();
    await textOf(
      form.getByTestId('self-signed-status'),
      'Nothing changed: the installed certificate is kept.',
    );
    const leafPrint = new X509Certificate(leaf.certificatePem).fingerprint256;
    expect((await security()).certificate!.fingerprintSha256).toBe(leafPrint);

    await form.getByTestId('self-signed-submit').click();
    await form.getByTestId('confirm-replace').click();
    await textOf(
      form.getByTestId('self-signed-status'),
      /^Installed: the certificate for quire\.test, valid until .+\. It replaces the one for quire\.test\. HTTPS uses it for new connections now\.$/,
      30_000,
    );
    const state = await security();
    expect(state.certificate).toMatchObject({ selfSigned: true, dnsNames: [HOST] });
    expect(state.certificate!.fingerprintSha256).not.toBe(leafPrint);
    await textOf(fact(page, 'fingerprint'), state.certificate!.fingerprintSha256);
    await textOf(fact(page, 'issuer'), /^itself \(self-signed\)/);
    expect((await servedCertificate(server.httpsPort, { servername: HOST })).fingerprint256).toBe(
      state.certificate!.fingerprintSha256,
    );
    await screenshot(page, 'admin-security-self-signed.en');
  });
});

/** The file the Configuration section downloaded, as it was. */
let exported: Record<string, unknown>;

describe('the Configuration section', () => {
  it('exports the whole configuration as an indented JSON file named for the day', async () => {
    await go(page, '#/configuration', 'Configuration');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^quire-config-\d{4}-\d\d-\d\d\.json$/);
    const text = await fs.readFile((await download.path())!, 'utf8');
    expect(text).toMatch(/^\{\n {2}"schemaVersion": 1,\n/);
    exported = JSON.parse(text) as Record<string, unknown>;
    expect(exported).toMatchObject({ prices: PRICES, groups: ['Finance'] });
    await textOf(page.getByTestId('export-status'), `${download.suggestedFilename()} downloaded.`);
  });

  /** The exported file with a price edited, a group added and one left out, as a person edits it. */
  const edited = () => {
    const doc = structuredClone(exported) as { prices: typeof PRICES; groups: string[] };
    doc.prices.pricing.mono = '0.07';
    doc.groups = ['Imported team'];
    return Buffer.from(JSON.stringify(doc, null, 2));
  };
  const choose = (name: string, buffer: Buffer) =>
    page.getByTestId('config-file').setInputFiles({ name, mimeType: 'application/json', buffer });

  it('previews an edited file as a diff, says what it deletes, and applies nothing when cancelled', async () => {
    await choose('quire-config-edited.json', edited());
    await textOf(
      page.getByTestId('config-status'),
      'Importing this file would make 3 changes. Nothing has changed yet.',
    );
    const pricesPart = page.locator('[data-testid=diff-part][data-part=prices]');
    await textOf(pricesPart.locator('h3'), 'Prices (1 change)');
    await textOf(pricesPart.locator('[data-field="pricing.mono"]'), 'pricing.mono: "0.05" → becomes "0.07"');
    const groupsPart = page.locator('[data-testid=diff-part][data-part=groups]');
    await textOf(groupsPart.getByTestId('diff-added'), /^Imported team/);
    await textOf(groupsPart.getByTestId('diff-removed'), 'Finance');
    await textOf(
      page.getByTestId('config-deletes'),
      'Not in the file, so deleted when you apply it:Groups: Finance',
    );
    expect(await pricesPart.getByRole('link', { name: 'Open Prices' }).getAttribute('href')).toBe('#/prices');
    await screenshot(page, 'admin-config-preview.en');

    // A preview changes nothing.
    expect(await prices()).toEqual(PRICES);
    await page.getByTestId('config-cancel').click();
    await textOf(page.getByTestId('config-status'), 'Cancelled: nothing was changed.');
    expect(await page.getByTestId('config-apply').count()).toBe(0);
    expect(await prices()).toEqual(PRICES);
    expect(await groups()).toEqual(['Finance']);
  });

  it('applies the edited file all at once, and the new price is in the Prices section', async () => {
    await choose('quire-config-edited.json', edited());
    await textOf(page.getByTestId('config-apply'), 'Apply these 3 changes');
    await page.getByTestId('config-apply').click();
    await textOf(page.getByTestId('config-status'), 'Applied: 3 changes, all at once.');
    await textOf(
      page.getByTestId('config-applied').locator('[data-field="pricing.mono"]'),
      'pricing.mono: "0.05" → becomes "0.07"',
    );
    expect(await page.getByTestId('config-apply').count()).toBe(0);
    expect(await prices()).toEqual({ ...PRICES, pricing: { ...PRICES.pricing, mono: '0.07' } });
    expect(await groups()).toEqual(['Imported team']);
    await screenshot(page, 'admin-config-applied.en');

    // Followed from the diff's link, the Prices section shows what the file set.
    await page.getByTestId('config-applied').getByRole('link', { name: 'Open Prices' }).click();
    await textOf(page.locator('main h1'), 'Prices');
    await expect
      .poll(() =>
        page.getByTestId('form-prices').getByLabel('Black and white (EUR per impression)').inputValue(),
      )
      .toBe('0.07');
    expect(await page.getByTestId('form-prices').getByLabel('Colour (EUR per impression)').inputValue()).toBe(
      '0.15',
    );
  });

  it('lists every problem of a broken file with its JSON path, and applies nothing', async () => {
    await go(page, '#/configuration', 'Configuration');
    const doc = structuredClone(exported) as Record<string, unknown> & {
      prices: { pricing: { mono: string } };
    };
    doc.prices.pricing.mono = 'cheap';
    doc.colour = 'blue';
    await choose('broken.json', Buffer.from(JSON.stringify(doc, null, 2)));
    await textOf(
      page.getByTestId('config-status'),
      'Nothing can be applied until they are fixed. Nothing was changed.',
    );
    await textOf(page.getByTestId('config-problems').locator('h3'), /^The file has 2 problems/);
    const paths = await page.getByTestId('config-problem').evaluateAll((ls) => ls.map((l) => l.dataset.path));
    expect(paths.sort()).toEqual(['$', '$.prices.pricing.mono']);
    await textOf(page.locator('[data-testid=config-problem][data-path="$"]'), '$ unknown field colour');
    expect(await page.getByTestId('config-apply').count()).toBe(0);
    await screenshot(page, 'admin-config-problems.en');

    // Not JSON at all: said, with where the parser stopped.
    await choose('broken.json', Buffer.from('{"prices": {"currency": "EUR",'));
    await textOf(page.getByTestId('config-status'), /^This file is not JSON \(.+\)\. Nothing was changed\.$/);
    expect(await page.getByTestId('config-problems').count()).toBe(0);
    expect((await prices()).pricing.mono).toBe('0.07');
  });
});

describe('a helpdesk account', () => {
  it('does not see Security nor Configuration, and is told so when it types their address', async () => {
    const desk = await openAdminPage(browser, server.url, { hash: '#/security' });
    await signInWithAccount(desk, 'erin', 'erin-secret-12');
    await textOf(desk.getByTestId('who'), 'Erin Moreau (helpdesk)');
    expect(await desk.getByTestId('nav-security').count()).toBe(0);
    expect(await desk.getByTestId('nav-configuration').count()).toBe(0);
    expect(await desk.getByTestId('nav-prices').count()).toBe(1);
    for (const hash of ['#/security', '#/configuration']) {
      await go(desk, hash, 'Nothing here');
      await textOf(desk.locator('main p').first(), 'Only administrators can see this section.');
      expect(await desk.getByTestId('upload-form').count()).toBe(0);
      expect(await desk.getByTestId('config-file').count()).toBe(0);
    }
    // The server lets helpdesk read the state (test/interop/tls.test.ts) and refuses its changes.
    const refused = await desk.evaluate(async () => {
      const { csrfToken } = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const res = await fetch('/api/admin/security/self-signed', {
        method: 'POST',
        headers: { 'x-csrf-token': csrfToken },
      });
      return { status: res.status, code: ((await res.json()) as { code: string }).code };
    });
    expect(refused).toEqual({ status: 403, code: 'forbidden' });
    await desk.context().close();
  });
});

describe('in French on a phone (390x844)', () => {
  it('says a refusal and a broken file in French, and fits the width', async () => {
    const phone = await openAdminPage(browser, server.url, { viewport: PHONE_VIEWPORT, hash: '#/security' });
    await phone.getByTestId('language').click();
    await signInWithAccount(phone, 'ada', 'ada-secret-123');
    await textOf(phone.locator('main h1'), 'Sécurité');
    await textOf(fact(phone, 'https'), `activé, port ${server.httpsPort}`);
    await chooseFiles(
      phone,
      { name: 'old.pem', text: expired.certificatePem },
      { name: 'old.key', text: expired.keyPem },
    );
    await phone.getByTestId('upload-submit').click();
    await textOf(
      phone.getByTestId('upload-refused'),
      /^Non installé\u00a0: Le serveur a refusé la demande \(The certificate expired on /,
    );
    expect(await scrollsSideways(phone)).toBe(false);
    await phone.getByTestId('upload-refused').scrollIntoViewIfNeeded();
    await screenshot(phone, 'admin-security-refused.fr.phone');

    await go(phone, '#/configuration', 'Configuration');
    await phone.getByTestId('config-file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...exported, retention: { unprintedJobsLifespanHours: 0 } })),
    });
    await textOf(phone.getByTestId('config-problems').locator('h3'), /^Le fichier a \d+ problèmes?, chacun/);
    expect(
      await phone.getByTestId('config-problem').evaluateAll((ls) => ls.map((l) => l.dataset.path)),
    ).toContain('$.retention.unprintedJobsLifespanHours');
    await textOf(
      phone.getByTestId('config-status'),
      'Rien ne peut être appliqué avant qu’ils soient corrigés. Rien n’a changé.',
    );
    expect(await scrollsSideways(phone)).toBe(false);
    await phone.getByTestId('config-problems').scrollIntoViewIfNeeded();
    await screenshot(phone, 'admin-config-problems.fr.phone');
    await phone.context().close();
  });
});
