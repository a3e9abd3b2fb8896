import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { AdminJob } from '@quire/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePdf } from '../support/pdf';
import { ROOT, run, tempDir } from '../support/process';
import { startTestServer, type TestServer } from '../support/server';

/** CUPS's own conformance files (Debian package cups-ipp-utils), used unmodified. */
const CUPS_TESTS = '/usr/share/cups/ipptool';

let server: TestServer;
let dir: string;
let pdf: string;

beforeAll(async () => {
  dir = await tempDir('conformance');
  pdf = path.join(dir, 'doc.pdf');
  await fs.writeFile(pdf, await makePdf(2));
  server = await startTestServer();
});

afterAll(async () => {
  await server?.stop();
  await fs.rm(dir, { recursive: true, force: true });
});

async function ipptool(test: string, uri = server.ippUri): Promise<string> {
  const { code, stdout, stderr } = await run(
    'ipptool',
    ['-T', '10', '-t', '-f', pdf, uri, path.join(CUPS_TESTS, test)],
    {
      env: { CUPS_USER: 'conformance' },
    },
  );
  expect(code, `${test}:\n${stdout}${stderr}`).toBe(0);
  return stdout;
}

describe('IPP conformance with CUPS ipptool', () => {
  it.each([
    'get-printer-attributes.test',
    'get-printer-description-attributes.test',
    'get-job-template-attributes.test',
    'validate-job.test',
    'print-job.test',
    'print-job-gzip.test',
    'print-job-deflate.test',
    'create-job.test',
    'get-jobs.test',
    'get-completed-jobs.test',
  ])('%s passes', async (test) => {
    expect(await ipptool(test)).not.toMatch(/\[FAIL\]/);
  });

  it('get-job-attributes.test passes against a job URI', async () => {
    await ipptool('print-job.test');
    const jobs = (await (await server.admin('/jobs')).json()) as AdminJob[];
    expect(await ipptool('get-job-attributes.test', `${server.ippUri}/${jobs[0]!.id}`)).toMatch(/\[PASS\]/);
  });

  it('holds compressed documents decompressed, byte for byte', async () => {
    const size = (await fs.stat(pdf)).size;
    await ipptool('print-job-gzip.test');
    await ipptool('print-job-deflate.test');
    const jobs = (await (await server.admin('/jobs?limit=2')).json()) as AdminJob[];
    expect(jobs).toHaveLength(2);
    for (const job of jobs)
      expect(job).toMatchObject({ size, pages: 2, format: 'application/pdf', state: 'held' });
  });

  /**
   * ipp-1.1.test then waits for each printed job to complete; a hold queue holds, so ipptool is stopped
   * once it reaches that step. Every test before it, the RFC 8011 §4.1 request checks among them, must pass.
   */
  it('passes the request checks of ipp-1.1.test (RFC 8011 §4.1) and the operations before the hold', async () => {
    const child = spawn(
      'ipptool',
      ['-T', '10', '-t', '-f', pdf, server.ippUri, path.join(CUPS_TESTS, 'ipp-1.1.test')],
      {
        cwd: ROOT,
        env: { ...process.env, CUPS_USER: 'conformance' },
      },
    );
    let out = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`ipptool did not reach the hold step:\n${out}`)),
        30_000,
      );
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('Get-Job-Attributes Until Job Complete')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', () => resolve());
    });
    child.kill('SIGKILL');
    const results = [...out.matchAll(/^ {4}(.+?)\s+\[(PASS|FAIL|SKIP)\]$/gm)].map(([, name, result]) => [
      name!.trim(),
      result,
    ]);
    const expected = [
      /^RFC 8011 section 4\.1\.1: Bad request-id value 0$/,
      /^RFC 8011 section 4\.1\.4: No Operation Attributes$/,
      /^RFC 8011 section 4\.1\.4: attributes-charset$/,
      /^RFC 8011 section 4\.1\.4: attributes-natural-language$/,
      /^RFC 8011 section 4\.1\.4: attributes-natural-language \+ attributes-cha/,
      /^RFC 8011 section 4\.1\.4: attributes-charset \+ attributes-natural-lang/,
      /^RFC 8011 section 4\.1\.8: Unsupported IPP version 0\.0$/,
      /^RFC 8011 section 4\.2: No printer-uri operation attribute$/,
      /^RFC 8011 section 4\.2\.1: Print-Job Operation$/,
      /^RFC 8011 section 4\.2\.3: Validate-Job Operation$/,
      /^RFC 8011 section 4\.2\.5: Get-Printer-Attributes Operation \(default\)$/,
      /^RFC 8011 section 4\.2\.5: Get-Printer-Attributes Operation \(requested-/,
      /^RFC 8011 section 4\.2\.6: Get-Jobs Operation \(default\)$/,
      /^RFC 8011 section 4\.2\.6: Get-Jobs Operation \(my-jobs different user\)$/,
    ];
    for (const pattern of expected) {
      const found = results.find(([name]) => pattern.test(name!));
      expect(found, `${pattern} in:\n${out}`).toBeDefined();
      expect(found![1], found![0]).toBe('PASS');
    }
    expect(
      results.filter(([, r]) => r === 'FAIL'),
      out,
    ).toEqual([]);
  });
});
