import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import {
  A,
  GroupTag,
  groupOf,
  type IppAttribute,
  ippRequest,
  isSuccess,
  Operation,
  operationRequest,
} from '@quire/protocol/ipp';
import type { AdminClient, ImportOutcome } from './admin-client';
import { badgesCsv, usersCsv } from './csv';
import type { DemoJob } from './jobs';
import type { DemoUser } from './users';

/** Written once the first-start seeding ran against a server that has the import endpoints. */
export const SEEDED_MARKER = path.join('demo', 'seeded');

export interface SeedDeps {
  admin: AdminClient;
  dataDir: string;
  /** The release server's own queue, `ipp://127.0.0.1:<port>/ipp/print`. */
  ippUri: string;
  pdfFile: string;
  users: readonly DemoUser[];
  jobs: readonly DemoJob[];
}

/** What seeding did, in lines for the banner. */
export interface SeedOutcome {
  firstStart: boolean;
  notes: string[];
}

/**
 * First start of a data directory only: imports the demo users and their badges through the admin API,
 * then holds a few demo jobs for them on the server's own IPP queue. Each step checks for itself, so a
 * start that could not import (the server lacked the endpoints) finishes the job on the next start
 * without holding the jobs twice.
 */
/**
 * Prices and a quota that make the demo panel show what a real one shows: each job's cost and the quota
 * left. (Set a quota with `"color": "disallowed"` to see the offer to print in black and white.)
 */
const DEMO_ACCOUNTING: Record<string, unknown> = {
  '/prices': { currency: 'EUR', pricing: { kind: 'flat', mono: '0.05', color: '0.15' } },
  '/quota-definitions': [
    { name: 'Standard', unit: 'impressions', schedule: 'every-month', limits: { total: 500, color: 100 } },
  ],
  '/quota-assignments': [{ scope: 'company', quota: 'Standard' }],
};

export async function seedFirstStart(d: SeedDeps): Promise<SeedOutcome> {
  const marker = path.join(d.dataDir, SEEDED_MARKER);
  if (fs.existsSync(marker)) return { firstStart: false, notes: [] };
  const notes: string[] = [];
  const users = await d.admin.importCsv('users', usersCsv(d.users));
  notes.push(...describeImport('users', users));
  const badges = users.kind === 'unavailable' ? users : await d.admin.importCsv('badges', badgesCsv(d.users));
  if (users.kind !== 'unavailable') notes.push(...describeImport('badges', badges));
  if (users.kind === 'done') {
    for (const [path, body] of Object.entries(DEMO_ACCOUNTING)) await d.admin.put(path, body);
    notes.push('Prices: 0.05 EUR a black-and-white page, 0.15 in colour; 500 pages a month, 100 in colour.');
  }
  if ((await d.admin.jobCount()) === 0) {
    for (const job of d.jobs) await holdJob(d.ippUri, d.pdfFile, job);
    notes.push(`Held ${d.jobs.length} demo jobs for ${[...new Set(d.jobs.map((j) => j.owner))].join(', ')}.`);
  }
  if (users.kind === 'done' && badges.kind === 'done') {
    await fsp.mkdir(path.dirname(marker), { recursive: true });
    await fsp.writeFile(marker, `${new Date().toISOString()}\n`);
  }
  return { firstStart: true, notes };
}

function describeImport(what: 'users' | 'badges', outcome: ImportOutcome): string[] {
  if (outcome.kind === 'unavailable') {
    return [
      `Demo users and badges were NOT imported: this server has no /api/admin/${what}/import yet (HTTP ${outcome.status}). The next start tries again.`,
    ];
  }
  const { report } = outcome;
  const lines = [
    `Imported demo ${what}: ${report.created.length} created, ${report.updated.length} updated.`,
  ];
  for (const e of report.errors.slice(0, 5)) lines.push(`  ${what} CSV line ${e.line}: ${e.reason}`);
  return lines;
}

/** Sends the demo PDF to the hold queue as `job.owner` (Print-Job, RFC 8011 §4.2.1). */
export async function holdJob(ippUri: string, pdfFile: string, job: DemoJob): Promise<number> {
  const template: IppAttribute[] = [];
  if (job.copies !== undefined) template.push(A.integer('copies', job.copies));
  if (job.sides) template.push(A.keyword('sides', job.sides));
  if (job.colorMode) template.push(A.keyword('print-color-mode', job.colorMode));
  if (job.finishings?.length) template.push(A.enum('finishings', ...job.finishings));
  const { size } = await fsp.stat(pdfFile);
  const answer = await ippRequest(
    ippUri,
    operationRequest(
      Operation.PrintJob,
      ippUri,
      [
        A.name('requesting-user-name', job.owner),
        A.name('job-name', job.name),
        A.mimeMediaType('document-format', 'application/pdf'),
      ],
      { job: template },
    ),
    { document: { stream: fs.createReadStream(pdfFile), length: size } },
  );
  if (!isSuccess(answer.code)) {
    throw new Error(
      `The queue refused the demo job "${job.name}" (IPP status 0x${answer.code.toString(16).padStart(4, '0')}).`,
    );
  }
  return groupOf(answer, GroupTag.job).int('job-id') ?? 0;
}
