import fs from 'node:fs/promises';
import { tempDir } from '../../support/process';
import { startTestServer, type TestServer } from '../../support/server';
import { track } from './cleanup';
import { observeServerOutput } from './observations';

/**
 * The release server as a child process (test/support/server.ts: `node --import tsx
 * release-server/src/main.ts`, free port, its own data directory), stopped by PID at the end whatever
 * happens, its data directory removed unless it was given. Its log level is the production default
 * (`info`).
 */
export async function startQuire(env: NodeJS.ProcessEnv = {}, dataDir?: string): Promise<TestServer> {
  const dir = dataDir ?? (await tempDir('bench-server'));
  // Made here, not by the harness, so that it is removed even when the server fails to start.
  const removeDir = dataDir
    ? null
    : track('server data', () => fs.rm(dir, { recursive: true, force: true }), { dirs: [dir] });
  const server = await startTestServer({ DEMO: '0', ...env }, dir);
  const stopServer = track(
    `release server ${server.port}`,
    async () => {
      await server.stop();
      observeServerOutput('release server', server.process.output());
    },
    { pids: [server.process.child.pid!] },
  );
  return {
    ...server,
    async stop() {
      await stopServer();
      await removeDir?.();
    },
  };
}

async function expectOk(res: Response, what: string): Promise<void> {
  if (res.status !== 200) throw new Error(`${what}: HTTP ${res.status} ${await res.text()}`);
}

/** `POST /api/admin/<users|badges>/import` with a CSV; fails unless applied. */
export async function importCsv(server: TestServer, what: 'users' | 'badges', csv: string): Promise<void> {
  const res = await server.admin(`/${what}/import`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv' },
    body: csv,
  });
  await expectOk(res, `${what} import`);
}

/** One user `bench` (badge 900001) for the ingest, release and large-document benchmarks. */
export async function seedBenchUser(server: TestServer): Promise<{ user: string; badge: string }> {
  await importCsv(
    server,
    'users',
    'EMAIL,OPERATION,PASSWORD,FIRST_NAME,LAST_NAME,DISPLAY_NAME,SHORTNAME,GROUPS,CUSTOM_ATTRIBUTES,COST_CENTER,DEPARTMENT\n' +
      'bench@example.com,CREATE,bench-secret,Bench,User,,bench,,,,\n',
  );
  await importCsv(server, 'badges', 'BADGE,OPERATION,EMAIL\n900001,CREATE,bench@example.com\n');
  return { user: 'bench', badge: '900001' };
}

/** `POST /api/admin/printers`: the server reads the printer's capabilities from it. */
export async function addPrinter(server: TestServer, name: string, uri: string): Promise<void> {
  const res = await server.admin('/printers', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, uri }),
  });
  if (res.status !== 200 && res.status !== 201)
    throw new Error(`add printer ${name}: HTTP ${res.status} ${await res.text()}`);
}
