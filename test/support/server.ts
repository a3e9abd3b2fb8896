import fs from 'node:fs/promises';
import { type Spawned, start, tempDir, waitForOutput } from './process';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';

export interface TestServer {
  url: string;
  port: number;
  /** `ipp://127.0.0.1:port/ipp/print` */
  ippUri: string;
  dataDir: string;
  process: Spawned;
  /** Calls the admin API with the admin token. */
  admin(path: string, init?: RequestInit): Promise<Response>;
  stop(): Promise<void>;
}

/**
 * Starts the release server (`release-server/src/main.ts`) as a child process on a free port with an
 * empty data directory, and removes the directory when stopped.
 */
export async function startTestServer(env: NodeJS.ProcessEnv = {}, dataDir?: string): Promise<TestServer> {
  const dir = dataDir ?? (await tempDir('server'));
  const proc = start(process.execPath, ['--import', 'tsx', 'release-server/src/main.ts'], {
    env: { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, DEMO: '0', ADMIN_TOKEN, LOG_LEVEL: 'info', ...env },
  });
  const [, url, port] = await waitForOutput(proc, /Quire release server on (http:\/\/127\.0\.0\.1:(\d+))/);
  return {
    url: url!,
    port: Number(port),
    ippUri: `ipp://127.0.0.1:${port}/ipp/print`,
    dataDir: dir,
    process: proc,
    admin: (path, init = {}) =>
      fetch(`${url}/api/admin${path}`, {
        ...init,
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...(init.headers as Record<string, string>) },
      }),
    async stop() {
      await proc.stop();
      if (!dataDir) await fs.rm(dir, { recursive: true, force: true });
    },
  };
}
