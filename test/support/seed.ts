import type { AdminJob } from '@quire/protocol';
import { expect } from 'vitest';
import { run } from './process';
import type { TestServer } from './server';

export const USERS_CSV = `EMAIL,OPERATION,PASSWORD,FIRST_NAME,LAST_NAME,DISPLAY_NAME,SHORTNAME,GROUPS,CUSTOM_ATTRIBUTES,COST_CENTER,DEPARTMENT
alice@example.com,CREATE,alice-secret,Alice,Martin,,alice,,,,
bob@example.com,CREATE,bob-secret,Bob,Nguyen,,bob,,,,
`;
export const BADGES_CSV =
  'BADGE,OPERATION,EMAIL\n1001,CREATE,alice@example.com\n1002,CREATE,bob@example.com\n';

/** Imports a CSV through the admin API and expects it applied. */
export async function importCsv(server: TestServer, what: 'users' | 'badges', csv: string): Promise<void> {
  const res = await server.admin(`/${what}/import`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv' },
    body: csv,
  });
  expect(res.status, await res.clone().text()).toBe(200);
}

/** alice (badge 1001, password alice-secret) and bob (badge 1002, password bob-secret). */
export async function seedPeople(server: TestServer): Promise<void> {
  await importCsv(server, 'users', USERS_CSV);
  await importCsv(server, 'badges', BADGES_CSV);
}

export function addPrinter(server: TestServer, name: string, uri: string): Promise<Response> {
  return server.admin('/printers', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, uri }),
  });
}

export async function adminJobs(server: TestServer): Promise<AdminJob[]> {
  const res = await server.admin('/jobs');
  expect(res.status).toBe(200);
  return (await res.json()) as AdminJob[];
}

/** Prints `file` to the queue as `user` with CUPS's own print-job.test; returns ipptool's output. */
export async function ipptoolPrint(server: TestServer, user: string, file: string): Promise<string> {
  const { code, stdout, stderr } = await run(
    'ipptool',
    ['-tv', '-f', file, server.ippUri, 'print-job.test'],
    {
      env: { CUPS_USER: user },
    },
  );
  expect(code, stdout + stderr).toBe(0);
  return stdout;
}

/** `PUT /api/admin/<path>` with a JSON body, to a test server or the demo; expects 200 and returns the answer. */
export async function putAdmin(
  target: Pick<TestServer, 'admin'>,
  p: string,
  body: unknown,
): Promise<unknown> {
  const res = await target.admin(p, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  expect(res.status, `PUT /api/admin${p}: ${text}`).toBe(200);
  return JSON.parse(text) as unknown;
}
