import { AppError, type ColorMode, type JobSettings, type JobSource } from '@quire/protocol';
import { countPdfPages } from '../adapters/pdf/page-count';
import type { Spool } from '../adapters/spool/spool';
import type { Database } from '../adapters/sqlite/database';
import type { JobRecord, JobStore } from '../adapters/sqlite/job-store';
import type { UserStore } from '../adapters/sqlite/user-store';
import { isAcceptedFormat, resolveFormat } from '../domain/document-format';
import type { Logger } from '../log';
import type { EventBus } from './events';

export interface JobRequest {
  requestingUserName: string;
  jobName: string;
  /** `document-format` as the client declared it, if it did. */
  declaredFormat: string | undefined;
  settings: JobSettings;
  submittedColor: ColorMode;
  source: JobSource;
}

interface Deps {
  db: Database;
  jobs: JobStore;
  users: UserStore;
  spool: Spool;
  events: EventBus;
  log: Logger;
  maxDocumentBytes: number;
}

/**
 * Takes documents in and holds them. A job is held for the user its requesting-user-name names; a job
 * from a name nobody has is held all the same (user unknown, visible to administrators), never dropped.
 * Nothing is acknowledged before the document is on disk and the job row is committed.
 */
export class IngestService {
  constructor(private readonly d: Deps) {}

  /** Print-Job and web upload: spool the document, then hold the job. */
  async submit(req: JobRequest, document: AsyncIterable<Buffer>): Promise<JobRecord> {
    const doc = await this.spoolDocument(req.declaredFormat, document);
    try {
      const id = await this.d.db.transaction(async (tx) => {
        const user = await this.d.users.findByName(req.requestingUserName, tx);
        return this.d.jobs.insert(tx, {
          userId: user?.id ?? null,
          requestingUserName: req.requestingUserName,
          name: req.jobName,
          source: req.source,
          submittedAt: Date.now(),
          state: 'held',
          settings: req.settings,
          submittedColor: req.submittedColor,
          spoolFile: doc.file,
          format: doc.format,
          size: doc.size,
          pages: doc.pages,
          pagesSource: doc.pages === null ? 'unknown' : 'pdf',
        });
      });
      return await this.announce(id);
    } catch (error) {
      await this.d.spool.remove(doc.file);
      throw error;
    }
  }

  /** Create-Job: a job that waits (state `incoming`) for its document. */
  async create(req: JobRequest): Promise<JobRecord> {
    const id = await this.d.db.transaction(async (tx) => {
      const user = await this.d.users.findByName(req.requestingUserName, tx);
      return this.d.jobs.insert(tx, {
        userId: user?.id ?? null,
        requestingUserName: req.requestingUserName,
        name: req.jobName,
        source: req.source,
        submittedAt: Date.now(),
        state: 'incoming',
        settings: req.settings,
        submittedColor: req.submittedColor,
        spoolFile: null,
        format: req.declaredFormat ?? 'application/octet-stream',
        size: 0,
        pages: null,
        pagesSource: 'unknown',
      });
    });
    return (await this.d.jobs.get(id))!;
  }

  /** Send-Document: the document of a Create-Job; the job is held once it is on disk. */
  async attach(
    jobId: number,
    declaredFormat: string | undefined,
    document: AsyncIterable<Buffer>,
  ): Promise<JobRecord> {
    const doc = await this.spoolDocument(declaredFormat, document);
    try {
      const attached = await this.d.db.transaction((tx) =>
        this.d.jobs.attachDocument(tx, jobId, {
          spoolFile: doc.file,
          size: doc.size,
          format: doc.format,
          pages: doc.pages,
          pagesSource: doc.pages === null ? 'unknown' : 'pdf',
        }),
      );
      if (!attached) throw new AppError('conflict', 'This job already has its document.');
      return await this.announce(jobId);
    } catch (error) {
      await this.d.spool.remove(doc.file);
      throw error;
    }
  }

  private async spoolDocument(declaredFormat: string | undefined, document: AsyncIterable<Buffer>) {
    const spooled = await this.d.spool.write(document, this.d.maxDocumentBytes);
    const format = resolveFormat(declaredFormat, spooled.head);
    if (!isAcceptedFormat(format)) {
      await this.d.spool.remove(spooled.file);
      throw new AppError('format-not-supported', `Documents of type ${format} are not accepted.`);
    }
    const pages =
      format === 'application/pdf'
        ? await countPdfPages(this.d.spool.pathOf(spooled.file), spooled.size)
        : null;
    return { ...spooled, format, pages };
  }

  private async announce(id: number): Promise<JobRecord> {
    const job = (await this.d.jobs.get(id))!;
    this.d.log.info('job held', {
      job: job.id,
      user: job.userId ?? 'unknown',
      size: job.size,
      pages: job.pages,
    });
    if (job.userId !== null) this.d.events.publish({ type: 'jobs-changed', userIds: [job.userId] });
    return job;
  }
}
