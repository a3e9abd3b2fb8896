import fs from 'node:fs/promises';
import path from 'node:path';
import type { JobSettings } from '@quire/protocol';
import { PageCounter } from '../../../release-server/src/adapters/pdf/page-count';
import { Spool } from '../../../release-server/src/adapters/spool/spool';
import { Database } from '../../../release-server/src/adapters/sqlite/database';
import { JobStore } from '../../../release-server/src/adapters/sqlite/job-store';
import { migrate } from '../../../release-server/src/adapters/sqlite/migrate';
import { UserStore } from '../../../release-server/src/adapters/sqlite/user-store';
import { silentLogger } from '../../../release-server/src/log';
import { EventBus } from '../../../release-server/src/services/events';
import { IngestService, type JobRequest } from '../../../release-server/src/services/ingest';
import { tempDir } from '../../support/process';
import { track } from './cleanup';
import { now } from './stats';

/** One part of the ingest path and how many times a second this process ran it. */
export interface PartRate {
  part: string;
  concurrency: number;
  perSecond: number;
}

const SETTINGS: JobSettings = {
  copies: 1,
  sides: 'one-sided',
  colorMode: 'color',
  finishings: [],
  media: null,
  numberUp: 1,
};

/**
 * The ingest path taken apart, to find which part sets the pace: the server's own modules
 * (release-server/src) run in this process on a fresh data directory, without HTTP or IPP, each part
 * alone at the concurrency the ingest benchmark uses. Read-only use of product code: nothing is
 * changed, only called.
 */
export async function measureIngestParts(pdf: Buffer, count: number): Promise<PartRate[]> {
  const dir = await tempDir('ingest-parts');
  const removeDir = track('ingest parts data', () => fs.rm(dir, { recursive: true, force: true }), {
    dirs: [dir],
  });
  const db = await Database.open(path.join(dir, 'quire.db'));
  const pageCounter = new PageCounter();
  try {
    await migrate(db);
    await db.transaction((tx) =>
      tx.run(
        "INSERT INTO users (email, shortname, created_at, updated_at) VALUES ('bench@example.com', 'bench', 0, 0)",
      ),
    );
    const spool = await Spool.open(dir);
    const jobs = new JobStore(db);
    const users = new UserStore(db);
    const ingest = new IngestService({
      db,
      jobs,
      users,
      spool,
      pageCounter,
      events: new EventBus(),
      log: silentLogger,
      maxDocumentBytes: 64 * 1024 * 1024,
    });
    const request: JobRequest = {
      requestingUserName: 'bench',
      jobName: 'bench',
      declaredFormat: 'application/pdf',
      settings: SETTINGS,
      submittedColor: 'color',
      source: 'ipp',
    };
    const row = (userId: number | null) => ({
      userId,
      requestingUserName: 'bench',
      name: 'bench',
      source: 'ipp' as const,
      submittedAt: Date.now(),
      state: 'held' as const,
      settings: SETTINGS,
      submittedColor: 'color' as const,
      spoolFile: 'aa/none',
      format: 'application/pdf',
      size: pdf.length,
      pages: 1,
      pagesSource: 'pdf' as const,
    });
    // A document of one chunk, as a small request brings it.
    const document = async function* () {
      yield pdf;
    };
    const transaction = () =>
      db.transaction(async (tx) => {
        const user = await users.findByName('bench', tx);
        return jobs.insert(tx, row(user?.id ?? null));
      });
    const sample = path.join(dir, 'sample.pdf');
    await fs.writeFile(sample, pdf);
    const parts: [string, number, () => Promise<unknown>][] = [
      ['whole ingest (IngestService.submit) without HTTP/IPP', 8, () => ingest.submit(request, document())],
      ['its SQLite transaction alone (find user, insert job; synchronous=FULL)', 8, transaction],
      [
        'the same, 8 jobs per transaction',
        1,
        () =>
          db.transaction(async (tx) => {
            for (let i = 0; i < 8; i++) {
              const user = await users.findByName('bench', tx);
              await jobs.insert(tx, row(user?.id ?? null));
            }
          }),
      ],
      ['its spool write alone (write O_DSYNC, fsync directory)', 8, () => spool.write(document(), 1e9)],
      ['its page count alone (pdf-lib, in a worker thread)', 1, () => pageCounter.count(sample, pdf.length)],
    ];
    const rates: PartRate[] = [];
    for (const [part, concurrency, work] of parts) {
      const jobsPerCall = part.includes('8 jobs per') ? 8 : 1;
      const calls = Math.ceil(count / jobsPerCall);
      await runMany(Math.ceil(calls / 5), concurrency, work); // warm-up
      const seconds = await runMany(calls, concurrency, work);
      rates.push({ part, concurrency, perSecond: (calls * jobsPerCall) / seconds });
    }
    return rates;
  } finally {
    await pageCounter.close();
    await db.close();
    await removeDir();
  }
}

async function runMany(count: number, concurrency: number, work: () => Promise<unknown>): Promise<number> {
  let next = 0;
  const started = now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < count) await work();
    }),
  );
  return (now() - started) / 1000;
}
