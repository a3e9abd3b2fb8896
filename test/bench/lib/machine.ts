import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { run, tempDir } from '../../support/process';
import { fmt } from './report';
import { median, now } from './stats';

/** The machine a run was made on, as lines of `key: value`. */
export async function describeMachine(): Promise<[string, string][]> {
  const cpus = os.cpus();
  const osRelease = await fs.readFile('/etc/os-release', 'utf8').catch(() => '');
  const distro = osRelease.match(/^PRETTY_NAME="?([^"\n]*)"?/m)?.[1] ?? os.type();
  const head = await run('git', ['rev-parse', '--short', 'HEAD']);
  const dirty = await run('git', ['status', '--porcelain', '--untracked-files=no']);
  const commit = head.code === 0 ? head.stdout.trim() : 'unknown';
  return [
    ['CPU', `${cpus[0]?.model.trim() ?? 'unknown'}, ${cpus.length} cores`],
    ['RAM', `${fmt(os.totalmem() / 1024 ** 3, 1)} GiB`],
    ['disk', await describeDisk()],
    ['OS', `${distro}, Linux ${os.release()}`],
    ['Node', process.version],
    ['commit', `${commit}${dirty.stdout.trim() ? ' (with uncommitted changes in the working tree)' : ''}`],
  ];
}

/**
 * The block device under the temporary directory (where every benchmark keeps its data), what the
 * kernel says of it, and what one fsync of a small new file costs there: the figure that decides what
 * "synced to disk" costs.
 */
async function describeDisk(): Promise<string> {
  const df = await run('df', ['--output=source,fstype', os.tmpdir()]);
  const [source = '?', fstype = '?'] = (df.stdout.trim().split('\n')[1] ?? '').trim().split(/\s+/);
  const dev = path.basename(source).replace(/p?\d+$/, '');
  const sys = `/sys/block/${dev}`;
  const read = (f: string) =>
    fs
      .readFile(path.join(sys, f), 'utf8')
      .then((s) => s.trim())
      .catch(() => '');
  const rotational = await read('queue/rotational');
  const driver = path.basename(await fs.realpath(path.join(sys, 'device')).catch(() => ''));
  const kind = driver.startsWith('virtio')
    ? 'virtio block device'
    : rotational === '0'
      ? 'SSD'
      : rotational === '1'
        ? 'rotational'
        : 'unknown type';
  return `${source} ${fstype}, ${kind} (rotational=${rotational || '?'}); fsync of a new 4 KB file: ${fmt(await fsyncMs(), 2)} ms median`;
}

async function fsyncMs(): Promise<number> {
  const dir = await tempDir('fsync');
  const times: number[] = [];
  try {
    for (let i = 0; i < 50; i++) {
      const fd = openSync(path.join(dir, `f${i}`), 'wx');
      writeSync(fd, Buffer.alloc(4096, 1));
      const t = now();
      fsyncSync(fd);
      times.push(now() - t);
      closeSync(fd);
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
  return median(times);
}
