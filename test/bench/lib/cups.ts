import fs from 'node:fs/promises';
import path from 'node:path';
import { freePort, run, type Spawned, start, tempDir } from '../../support/process';
import { track } from './cleanup';

export interface Cups {
  /** `ipp://127.0.0.1:port/printers/rawq`: the raw queue that holds every job. */
  queueUri: string;
  port: number;
  process: Spawned;
  /** Points the raw queue at another printer (`lpadmin -v`). */
  setDevice(uri: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A private `cupsd` (TOOLING.md): every path under a temporary directory, listening on loopback only,
 * with one raw queue `rawq` that holds every job (`job-hold-until-default=indefinite`). The defaults
 * of a Debian install are kept except `MaxJobs 0` (CUPS refuses jobs past 500 held ones otherwise) and
 * an open policy on loopback (no authentication, so a Release-Job needs no certificate).
 * The directories are made readable by the `lp` user: CUPS runs its backends as `lp`, and the `ipp`
 * backend fails with "Permission denied" otherwise.
 */
export async function startCups(deviceUri: string): Promise<Cups> {
  const dir = await tempDir('cups');
  for (const sub of ['spool', 'tmp', 'cache', 'state', 'log', 'ppd']) await fs.mkdir(path.join(dir, sub));
  await fs.chmod(dir, 0o755);
  await fs.chmod(path.join(dir, 'tmp'), 0o1777);
  const port = await freePort();
  await fs.writeFile(
    path.join(dir, 'cupsd.conf'),
    [
      `Listen 127.0.0.1:${port}`,
      'LogLevel warn',
      'MaxJobs 0',
      'Browsing No',
      'WebInterface No',
      'DefaultAuthType None',
      '<Location />',
      '  Order allow,deny',
      '  Allow all',
      '</Location>',
      '<Policy default>',
      '  JobPrivateAccess all',
      '  JobPrivateValues none',
      '  SubscriptionPrivateAccess all',
      '  SubscriptionPrivateValues none',
      '  <Limit All>',
      '    Order deny,allow',
      '  </Limit>',
      '</Policy>',
      '',
    ].join('\n'),
  );
  await fs.writeFile(
    path.join(dir, 'cups-files.conf'),
    [
      `ServerRoot ${dir}`,
      `RequestRoot ${dir}/spool`,
      `TempDir ${dir}/tmp`,
      `CacheDir ${dir}/cache`,
      `StateDir ${dir}/state`,
      `AccessLog ${dir}/log/access_log`,
      `ErrorLog ${dir}/log/error_log`,
      `PageLog ${dir}/log/page_log`,
      `Printcap ${dir}/printcap`,
      'SystemGroup root',
      'FileDevice No',
      '',
    ].join('\n'),
  );
  const proc = start('cupsd', [
    '-f',
    '-c',
    path.join(dir, 'cupsd.conf'),
    '-s',
    path.join(dir, 'cups-files.conf'),
  ]);
  const stop = track(
    'cupsd',
    async () => {
      await proc.stop();
      await fs.rm(dir, { recursive: true, force: true });
    },
    { pids: [proc.child.pid!], dirs: [dir] },
  );
  const env = { CUPS_SERVER: `127.0.0.1:${port}` };
  const lpadmin = async (args: string[]): Promise<void> => {
    const { code, stdout, stderr } = await run('lpadmin', args, { env });
    if (code !== 0) throw new Error(`lpadmin ${args.join(' ')} failed: ${stdout}${stderr}\n${proc.output()}`);
  };
  const deadline = Date.now() + 15_000;
  for (;;) {
    // `lpstat -r` exits 0 either way; its words say whether the scheduler answers.
    const { stdout } = await run('lpstat', ['-r'], { env });
    if (stdout.includes('scheduler is running')) break;
    if (proc.child.exitCode !== null || Date.now() > deadline)
      throw new Error(`cupsd did not start:\n${proc.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  await lpadmin(['-p', 'rawq', '-E', '-v', deviceUri]);
  await lpadmin(['-p', 'rawq', '-o', 'job-hold-until-default=indefinite']);
  return {
    queueUri: `ipp://127.0.0.1:${port}/printers/rawq`,
    port,
    process: proc,
    setDevice: (uri) => lpadmin(['-p', 'rawq', '-v', uri]),
    stop,
  };
}
