import { AppError, type ColorMode, type JobSettings, type JobSource } from '@quire/protocol';
import type { PageCounter } from '../adapters/pdf/page-count';
import { isDiskFull, type Spool } from '../adapters/spool/spool';
import type { Database, Transaction } from '../adapters/sqlite/database';
import { insertedRecord, type JobRecord, type JobStore, type NewJob } from '../adapters/sqlite/job-store';
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
  /**
   * The owner, when the caller already knows who they are (a web upload by the signed-in account);
   * otherwise the user `requestingUserName` names, if anyone has it.
   */
  ownerId?: number;
  /**
   * What an IPP client sent as `requesting-user-name` with credentials that named `ownerId` (then
   * `requestingUserName` is the account's name); kept with the job, never used to find its owner.
   */
  claimedUserName?: string;
}

interface Deps {
  db: Database;
  jobs: JobStore;
  users: UserStore;
  spool: Spool;
  pageCounter: PageCounter;
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
  private readonly receiving = new Set<number>();

  constructor(private readonly d: Deps) {}

  /** Print-Job and web upload: spool the document, then hold the job. */
  async submit(req: JobRequest, document: AsyncIterable<Buffer>): Promise<JobRecord> {
    const doc = await this.spoolDocument(req.declaredFormat, document);
    const job = await this.committedOrRemoved(doc.file, (tx) =>
      this.insert(tx, req, 'held', {
        spoolFile: doc.file,
        format: doc.format,
        size: doc.size,
        pages: doc.pages,
        pagesSource: doc.pages === null ? 'unknown' : 'pdf',
      }),
    );
    // After the commit the document belongs to a held job: nothing from here on may remove it.
    return this.announce(job);
  }

  /** Create-Job: a job that waits (state `incoming`) for its document. */
  create(req: JobRequest): Promise<JobRecord> {
    return this.d.db.transaction((tx) =>
      this.insert(tx, req, 'incoming', {
        spoolFile: null,
        format: req.declaredFormat ?? 'application/octet-stream',
        size: 0,
        pages: null,
        pagesSource: 'unknown',
      }),
    );
  }

  /** Inserts the job for the user its requesting-user-name names, if anyone has it. */
  private async insert(
    tx: Transaction,
    req: JobRequest,
    state: 'held' | 'incoming',
    doc: Pick<NewJob, 'spoolFile' | 'format' | 'size' | 'pages' | 'pagesSource'>,
  ): Promise<JobRecord> {
    const user =
      req.ownerId !== undefined
        ? { id: req.ownerId }
        : await this.d.users.findByName(req.requestingUserName, tx);
    const job: NewJob = {
      userId: user?.id ?? null,
      requestingUserName: req.requestingUserName,
      claimedUserName: req.claimedUserName ?? null,
      name: req.jobName,
      source: req.source,
      submittedAt: Date.now(),
      state,
      settings: req.settings,
      submittedColor: req.submittedColor,
      ...doc,
    };
    return insertedRecord(await this.d.jobs.insert(tx, job), job);
  }

  /** Send-Document: the document of a Create-Job; the job is held once it is on disk. */
  async attach(
    jobId: number,
    declaredFormat: string | undefined,
    document: AsyncIterable<Buffer>,
  ): Promise<JobRecord> {
    // While its document arrives a Create-Job must not expire, however long the upload takes.
    this.receiving.add(jobId);
    try {
      const doc = await this.spoolDocument(declaredFormat, document);
      const attached = await this.committedOrRemoved(doc.file, async (tx) => {
        const ok = await this.d.jobs.attachDocument(tx, jobId, {
          spoolFile: doc.file,
          size: doc.size,
          format: doc.format,
          pages: doc.pages,
          pagesSource: doc.pages === null ? 'unknown' : 'pdf',
        });
        if (!ok) {
          const job = await this.d.jobs.get(jobId, tx);
          throw job?.state === 'expired'
            ? new AppError('document-missing', 'This job waited too long for its document and has expired.')
            : new AppError('conflict', 'This job already has its document.');
        }
        return ok;
      });
      if (attached) return this.announce((await this.d.jobs.get(jobId))!);
      throw new AppError('internal-error', 'The document could not be attached.');
    } finally {
      this.receiving.delete(jobId);
    }
  }

  /** Create-Jobs whose document is arriving now (housekeeping leaves them alone). */
  isReceiving(jobId: number): boolean {
    return this.receiving.has(jobId);
  }

  /**
   * Runs `work` in a transaction shared with the other jobs arriving at the same moment (one commit, one
   * WAL sync for all of them); if it does not commit, the spooled document it was for is removed.
   */
  private async committedOrRemoved<T>(file: string, work: (tx: Transaction) => Promise<T>): Promise<T> {
    try {
      return await this.d.db.sharedTransaction(work);
    } catch (error) {
      await this.d.spool.remove(file);
      if (!isDiskFull(error)) throw error;
      this.d.log.error('disk full: the database cannot hold more jobs; documents are refused', {});
      throw new AppError(
        'storage-full',
        'The print server’s disk is full: the job was not kept. Try again later.',
        {
          cause: error,
        },
      );
    }
  }

  private async spoolDocument(declaredFormat: string | undefined, document: AsyncIterable<Buffer>) {
    const spooled = await this.d.spool.write(document, this.d.maxDocumentBytes).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'storage-full') {
        this.d.log.error('disk full: the spool cannot hold more documents; documents are refused', {
          dir: this.d.spool.dir,
        });
      }
      throw error;
    });
    const format = resolveFormat(declaredFormat, spooled.head);
    if (!isAcceptedFormat(format)) {
      await this.d.spool.remove(spooled.file);
      throw new AppError('format-not-supported', `Documents of type ${format} are not accepted.`);
    }
    const pages =
      format === 'application/pdf'
        ? await this.d.pageCounter.count(this.d.spool.pathOf(spooled.file), spooled.size, spooled.bytes)
        : null;
    return { file: spooled.file, size: spooled.size, format, pages };
  }

  private announce(job: JobRecord): JobRecord {
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
