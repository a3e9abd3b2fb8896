import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePdf } from '../support/pdf';
import { run, tempDir } from '../support/process';
import { startTlsTestServer, type TlsTestServer } from '../support/tls';

/**
 * Issue 5, Security: a client that reached the hold queue over HTTPS is told `ipps://` URIs with
 * `uri-security-supported` `tls` (RFC 7472 §4, RFC 8011 §5.4.3), and one over plain HTTP `ipp://` and
 * `none`, from the same server process. Checked with CUPS's ipptool against the server's own
 * self-signed certificate, which ipptool accepts (client.conf(5): AllowAnyRoot defaults to Yes).
 *
 * Two things CUPS 2.4.2 does that the expectations follow: it sends a loopback address as `localhost`
 * in the Host header, and the URIs are built from that header; and with `-T` (a timeout) it closes a
 * TLS 1.3 connection to Node right after sending, before the answer (TLS 1.2 or no `-T` work), so
 * ipptool runs without one here (the test's own timeout bounds it).
 */

/** Get-Printer-Attributes and Print-Job; `$expect` is the queue URI the client must be told. */
const SCRIPT = `
{
  NAME "Get-Printer-Attributes names the way the client came in"
  OPERATION Get-Printer-Attributes
  GROUP operation-attributes-tag
  ATTR charset attributes-charset utf-8
  ATTR language attributes-natural-language en
  ATTR uri printer-uri $uri
  ATTR keyword requested-attributes printer-uri-supported,uri-security-supported,uri-authentication-supported,printer-more-info
  STATUS successful-ok
  EXPECT printer-uri-supported OF-TYPE uri COUNT 1 WITH-VALUE "$expect"
  EXPECT uri-security-supported OF-TYPE keyword COUNT 1 WITH-VALUE "$security"
  EXPECT uri-authentication-supported OF-TYPE keyword COUNT 1
  EXPECT printer-more-info OF-TYPE uri WITH-VALUE "$web"
  DISPLAY printer-uri-supported
  DISPLAY uri-security-supported
}
{
  NAME "Print-Job answers a job URI on the same way in"
  OPERATION Print-Job
  GROUP operation-attributes-tag
  ATTR charset attributes-charset utf-8
  ATTR language attributes-natural-language en
  ATTR uri printer-uri $uri
  ATTR name requesting-user-name ipps-test
  ATTR name job-name "URIs over $scheme"
  ATTR mimeMediaType document-format application/pdf
  FILE $filename
  STATUS successful-ok
  EXPECT job-id OF-TYPE integer WITH-VALUE >0
  EXPECT job-uri OF-TYPE uri WITH-VALUE "/^$expect/[0-9]+$$/"
  DISPLAY job-uri
}
`;

let server: TlsTestServer;
let dir: string;
let script: string;
let pdf: string;

beforeAll(async () => {
  dir = await tempDir('ipps-uris');
  script = path.join(dir, 'queue-uris.test');
  pdf = path.join(dir, 'one.pdf');
  await Promise.all([fs.writeFile(script, SCRIPT), fs.writeFile(pdf, await makePdf(1))]);
  server = await startTlsTestServer();
});

afterAll(async () => {
  await server?.stop();
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

async function ipptool(uri: string, vars: Record<string, string>): Promise<string> {
  const defines = Object.entries(vars).flatMap(([k, v]) => ['-d', `${k}=${v}`]);
  const { code, stdout, stderr } = await run('ipptool', ['-tv', '-f', pdf, ...defines, uri, script]);
  expect(code, stdout + stderr).toBe(0);
  expect(stdout).not.toMatch(/\[FAIL\]/);
  return stdout;
}

describe('the queue tells URIs the way the client came in', () => {
  it('over HTTPS: ipps://host:tlsport/ipp/print, tls, and job URIs under it', async () => {
    const queue = `ipps://localhost:${server.httpsPort}/ipp/print`;
    const out = await ipptool(`ipps://127.0.0.1:${server.httpsPort}/ipp/print`, {
      expect: queue,
      security: 'tls',
      web: `https://localhost:${server.httpsPort}/`,
    });
    expect(out).toContain(`printer-uri-supported (uri) = ${queue}`);
    expect(out).toMatch(new RegExp(`job-uri \\(uri\\) = ${queue}/\\d+`));
  });

  it('over plain HTTP on the same server: ipp://host:port/ipp/print and none', async () => {
    const queue = `ipp://localhost:${server.port}/ipp/print`;
    const out = await ipptool(server.ippUri, {
      expect: queue,
      security: 'none',
      web: `http://localhost:${server.port}/`,
    });
    expect(out).toContain('uri-security-supported (keyword) = none');
  });
});
