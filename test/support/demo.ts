import fs from 'node:fs/promises';
import { type Spawned, start, tempDir, waitForOutput } from './process';
import { ADMIN_TOKEN } from './server';

export interface Demo {
  url: string;
  dataDir: string;
  process: Spawned;
  stop(): Promise<void>;
}

/**
 * Runs what `npm start` runs (`simulator/src/start.ts`: the server, the simulated printers, demo users,
 * badges and jobs) on free ports with its own data directory. The process is started directly, not
 * through npm, so that stopping it by PID stops everything.
 */
export async function startDemo(env: NodeJS.ProcessEnv = {}): Promise<Demo> {
  const dataDir = await tempDir('demo');
  const proc = start(process.execPath, ['--import', 'tsx', 'simulator/src/start.ts'], {
    env: {
      PORT: '0',
      SIM_PORT: '0',
      SIM_PROCESSING_MS: '300',
      DATA_DIR: dataDir,
      DEMO: '1',
      ADMIN_TOKEN,
      ...env,
    },
  });
  const [, url] = await waitForOutput(proc, /Quire is ready on (http:\/\/127\.0\.0\.1:\d+)/, 30_000);
  return {
    url: url!,
    dataDir,
    process: proc,
    async stop() {
      await proc.stop();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}
