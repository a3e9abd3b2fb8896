import { AppError } from '@quire/protocol';
import {
  A,
  type CheckedRequest,
  GroupTag,
  type IppAttribute,
  IppError,
  type IppGroup,
  Operation,
  Status,
} from '@quire/protocol/ipp';
import { isAcceptedFormat } from '../../../domain/document-format';
import type { IngestService, JobRequest } from '../../../services/ingest';
import type { JobRemoval } from '../../../services/job-removal';
import type { JobRecord, JobStore } from '../../sqlite/job-store';
import { readJobTemplate } from '../job-template';
import { COMPRESSIONS, type Compression, decompress, isCompression } from './compression';
import { jobAccess, jobsListed, type Requester, SignInNeeded } from './job-access';
import { jobAttributes } from './job-attributes';
import { printerAttributes, type UriAuthentication } from './printer-attributes';
import type { QueueAddress } from './queue-address';

export interface OperationContext {
  /** How the client reached the queue, for the URIs it is told. */
  address: QueueAddress;
  /** Who sent the request: an account that signed in, or a name. */
  requester: Requester;
  /** What `uri-authentication-supported` says (RFC 8011 §5.4.2). */
  uriAuthentication: UriAuthentication;
  ingest: IngestService;
  removal: JobRemoval;
  jobs: JobStore;
}

export interface OperationResult {
  status: number;
  groups: IppGroup[];
  message?: string;
}

/** The document data that follows the attributes. */
export type DocumentBody = AsyncIterable<Buffer>;

/** Attributes every job answer carries (RFC 8011 §4.2.1.2). */
const JOB_ANSWER = ['job-id', 'job-uri', 'job-state', 'job-state-reasons', 'job-state-message'];
const GET_JOBS_DEFAULT = ['job-id', 'job-uri'];

export async function runOperation(
  req: CheckedRequest,
  body: DocumentBody,
  ctx: OperationContext,
): Promise<OperationResult> {
  switch (req.operationId) {
    case Operation.PrintJob: {
      const { job, unsupported } = jobRequestOf(req, ctx.requester);
      const held = await withAppErrors(() => ctx.ingest.submit(job, decompress(body, compressionOf(req))));
      return jobAnswer(held, ctx.address, unsupported);
    }
    case Operation.ValidateJob: {
      const { unsupported } = jobRequestOf(req, ctx.requester);
      return unsupportedAnswer(unsupported);
    }
    case Operation.CreateJob: {
      const { job, unsupported } = jobRequestOf(req, ctx.requester);
      return jobAnswer(await ctx.ingest.create(job), ctx.address, unsupported);
    }
    case Operation.SendDocument: {
      const job = await targetJob(req, ctx);
      const compression = compressionOf(req);
      const format = declaredFormat(req);
      if (job.state !== 'incoming') {
        throw new IppError(
          Status.multipleDocumentJobsNotSupported,
          'This job already has its document; a job holds one.',
        );
      }
      const document = decompress(body, compression);
      return jobAnswer(
        await withAppErrors(() => ctx.ingest.attach(job.id, format, document)),
        ctx.address,
        [],
      );
    }
    case Operation.CancelJob: {
      const job = await targetJob(req, ctx);
      await withAppErrors(() => ctx.removal.delete(job));
      return { status: Status.successfulOk, groups: [] };
    }
    case Operation.GetJobAttributes: {
      const job = await targetJob(req, ctx, 'anyone');
      const requested = req.operation.strings('requested-attributes');
      const attributes =
        jobAccess(ctx.requester, job) === 'owner'
          ? jobAttributes(job, ctx.address, requested, ['all'])
          : jobAttributes(job, ctx.address, requested, ['all']).filter((a) =>
              PUBLIC_JOB_ATTRIBUTES.has(a.name),
            );
      return { status: Status.successfulOk, groups: [{ tag: GroupTag.job, attributes }] };
    }
    case Operation.GetJobs:
      return getJobs(req, ctx);
    case Operation.GetPrinterAttributes: {
      printerTarget(req);
      const attributes = printerAttributes(
        {
          address: ctx.address,
          queuedJobCount: await ctx.jobs.countHeld(),
          acceptingJobs: true,
          uriAuthentication: ctx.uriAuthentication,
        },
        req.operation.strings('requested-attributes'),
      );
      return { status: Status.successfulOk, groups: [{ tag: GroupTag.printer, attributes }] };
    }
    default:
      throw new IppError(Status.operationNotSupported, 'Operation not supported.');
  }
}

/** The queue is `/ipp/print`; a request for any other printer is for a printer that does not exist. */
function printerTarget(req: CheckedRequest): void {
  const uri = req.operation.string('printer-uri');
  if (uri === undefined) throw new IppError(Status.badRequest, 'printer-uri is required.');
  let path: string;
  try {
    path = new URL(uri).pathname;
  } catch {
    throw new IppError(Status.badRequest, `printer-uri "${uri.slice(0, 100)}" is not a URI.`);
  }
  if (path.replace(/\/+$/, '') !== '/ipp/print') {
    throw new IppError(
      Status.notFound,
      `There is no printer at ${path.slice(0, 100)}; the queue is /ipp/print.`,
    );
  }
}

function compressionOf(req: CheckedRequest): Compression {
  const compression = req.operation.string('compression') ?? 'none';
  if (!isCompression(compression)) {
    throw new IppError(
      Status.compressionNotSupported,
      `Compression ${compression} is not supported; use ${COMPRESSIONS.join(', ')}.`,
      [{ tag: GroupTag.unsupported, attributes: [A.keyword('compression', compression)] }],
    );
  }
  return compression;
}

function declaredFormat(req: CheckedRequest): string | undefined {
  const format = req.operation.string('document-format');
  if (format !== undefined && !isAcceptedFormat(format)) {
    throw new IppError(Status.documentFormatNotSupported, `Documents of type ${format} are not accepted.`, [
      { tag: GroupTag.unsupported, attributes: [A.mimeMediaType('document-format', format)] },
    ]);
  }
  return format;
}

/**
 * Reads and checks what Print-Job, Validate-Job and Create-Job have in common. A job sent by an account
 * that signed in is held for it, under its name, whatever `requesting-user-name` says; what that said
 * is kept with the job (RFC 8011 §5.3.6: the most authenticated name is the originating user).
 */
function jobRequestOf(
  req: CheckedRequest,
  requester: Requester,
): { job: JobRequest; unsupported: IppAttribute[] } {
  printerTarget(req);
  compressionOf(req);
  const format = declaredFormat(req);
  const template = readJobTemplate(req.job);
  if (template.unsupported.length > 0 && req.operation.bool('ipp-attribute-fidelity') === true) {
    throw new IppError(Status.attributesOrValuesNotSupported, 'Some job attributes cannot be honoured.', [
      { tag: GroupTag.unsupported, attributes: template.unsupported },
    ]);
  }
  const claimed = (req.operation.string('requesting-user-name') ?? '').trim().slice(0, 255);
  const owner =
    requester.kind === 'account'
      ? { requestingUserName: requester.user.name, ownerId: requester.user.id, claimedUserName: claimed }
      : { requestingUserName: claimed || 'anonymous' };
  const name =
    (req.operation.string('job-name') ?? req.operation.string('document-name') ?? '').trim() || 'Untitled';
  return {
    job: {
      ...owner,
      jobName: name.slice(0, 255),
      declaredFormat: format,
      settings: template.settings,
      submittedColor: template.submittedColor,
      source: 'ipp',
    },
    unsupported: template.unsupported,
  };
}

function unsupportedAnswer(unsupported: IppAttribute[]): OperationResult {
  if (unsupported.length === 0) return { status: Status.successfulOk, groups: [] };
  return {
    status: Status.successfulOkIgnoredOrSubstituted,
    groups: [{ tag: GroupTag.unsupported, attributes: unsupported }],
  };
}

function jobAnswer(job: JobRecord, address: QueueAddress, unsupported: IppAttribute[]): OperationResult {
  const base = unsupportedAnswer(unsupported);
  const attributes = jobAttributes(job, address, JOB_ANSWER, JOB_ANSWER);
  return { status: base.status, groups: [...base.groups, { tag: GroupTag.job, attributes }] };
}

/**
 * The job a job operation names, by `job-uri` or `printer-uri` + `job-id` (RFC 8011 §4.3). Job
 * operations are for the job's owner ({@link jobAccess}); anyone else is `client-error-not-authorized`
 * (RFC 8011 Appendix B: the requester is known and other credentials would not help), and a request
 * without credentials for a job sent with them is asked to sign in (HTTP 401).
 */
async function targetJob(
  req: CheckedRequest,
  ctx: OperationContext,
  who: 'owner' | 'anyone' = 'owner',
): Promise<JobRecord> {
  let id: number | undefined;
  const jobUri = req.operation.string('job-uri');
  if (jobUri !== undefined) {
    const match = /\/ipp\/print\/(\d{1,15})$/.exec(jobUri);
    if (!match)
      throw new IppError(Status.notFound, `job-uri ${jobUri.slice(0, 100)} names no job of this queue.`);
    id = Number(match[1]);
  } else {
    printerTarget(req);
    id = req.operation.int('job-id');
    if (id === undefined) throw new IppError(Status.badRequest, 'job-id is required with printer-uri.');
  }
  const job = await ctx.jobs.get(id);
  if (!job) throw new IppError(Status.notFound, `There is no job ${id}.`);
  const access = who === 'owner' ? jobAccess(ctx.requester, job) : 'owner';
  if (access === 'other') throw new IppError(Status.notAuthorized, `Job ${id} belongs to someone else.`);
  if (access === 'sign-in')
    throw new SignInNeeded(`Job ${id} was sent with a password: sign in to change it.`);
  return job;
}

/**
 * What anyone may know of a job on a secure queue: its state, not its name or owner (as CUPS's
 * JobPrivateValues does by default).
 */
const PUBLIC_JOB_ATTRIBUTES = new Set([
  'job-id',
  'job-uri',
  'job-printer-uri',
  'job-state',
  'job-state-reasons',
  'time-at-creation',
  'time-at-processing',
  'time-at-completed',
  'job-printer-up-time',
]);

/** Get-Jobs (RFC 8011 §4.2.6): whose jobs, {@link jobsListed} says. */
async function getJobs(req: CheckedRequest, ctx: OperationContext): Promise<OperationResult> {
  printerTarget(req);
  const which = req.operation.string('which-jobs') ?? 'not-completed';
  const states =
    which === 'completed'
      ? (['printed', 'deleted', 'expired', 'failed'] as const)
      : which === 'all'
        ? undefined
        : which === 'not-completed'
          ? (['incoming', 'held', 'kept', 'releasing'] as const)
          : null;
  if (states === null) {
    throw new IppError(Status.attributesOrValuesNotSupported, `which-jobs ${which} is not supported.`, [
      { tag: GroupTag.unsupported, attributes: [A.keyword('which-jobs', which)] },
    ]);
  }
  const limit = req.operation.int('limit');
  const whose = jobsListed(ctx.requester, req.operation.bool('my-jobs') === true);
  if (whose === null) return { status: Status.successfulOk, groups: [] };
  const jobs = await ctx.jobs.query({
    ...(states && { states }),
    ...whose,
    newestFirst: which === 'completed',
    limit: limit !== undefined && limit > 0 ? Math.min(limit, 1000) : 1000,
  });
  const requested = req.operation.strings('requested-attributes');
  return {
    status: Status.successfulOk,
    groups: jobs.map((job) => ({
      tag: GroupTag.job,
      attributes: jobAttributes(job, ctx.address, requested, GET_JOBS_DEFAULT),
    })),
  };
}

/** Turns the services' coded errors into IPP statuses (RFC 8011 §4.1.6). */
async function withAppErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isZlibError(error))
      throw new IppError(Status.compressionError, `The compressed document is damaged: ${error.message}.`);
    if (!(error instanceof AppError)) throw error;
    switch (error.code) {
      case 'payload-too-large':
        throw new IppError(Status.requestEntityTooLarge, error.message);
      case 'format-not-supported':
        throw new IppError(Status.documentFormatNotSupported, error.message);
      case 'job-not-releasable':
      case 'conflict':
        throw new IppError(Status.notPossible, error.message);
      case 'storage-full':
        // RFC 8011 §13.1.5.6: "a temporary error such as … a disk overflow condition"; clients retry.
        throw new IppError(Status.temporaryError, error.message);
      default:
        throw error;
    }
  }
}

function isZlibError(error: unknown): error is Error {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && code.startsWith('Z_');
}
