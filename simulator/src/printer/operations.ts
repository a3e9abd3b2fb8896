import fs from 'node:fs/promises';
import path from 'node:path';
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
import { DocumentTooLarge, extensionOf, receiveDocument, sniffFormat } from './document';
import { jobAttributes } from './job-attributes';
import { readJobTemplate } from './job-template';
import type { SimPrinterOptions } from './options';
import type { PrintEngine, SimJob } from './print-engine';
import { printerAttributes } from './printer-attributes';

export interface OperationContext {
  options: SimPrinterOptions;
  engine: PrintEngine;
  /** Where received documents are written. */
  dir: string;
  /** `host:port` the client used, for the URIs it is told. */
  host: string;
}

export interface OperationResult {
  status: number;
  groups: IppGroup[];
  message?: string;
}

const JOB_ANSWER = ['job-id', 'job-uri', 'job-state', 'job-state-reasons'];
const GET_JOBS_DEFAULT = ['job-id', 'job-uri'];

let documentSeq = 0;

const upTime = (): number => Math.max(1, Math.floor(Date.now() / 1000));
const ok = (groups: IppGroup[] = []): OperationResult => ({ status: Status.successfulOk, groups });

export async function runOperation(
  req: CheckedRequest,
  body: AsyncIterable<Buffer>,
  ctx: OperationContext,
): Promise<OperationResult> {
  switch (req.operationId) {
    case Operation.PrintJob:
      return printJob(req, body, ctx);
    case Operation.ValidateJob:
      return withUnsupported(checkJobRequest(req, ctx).unsupported, []);
    case Operation.CancelJob: {
      const job = targetJob(req, ctx);
      const outcome = ctx.engine.cancel(job.id);
      if (outcome === 'not-possible') {
        throw new IppError(Status.notPossible, `Job ${job.id} has already ended and cannot be canceled.`);
      }
      return ok();
    }
    case Operation.GetJobAttributes: {
      const job = targetJob(req, ctx);
      const attributes = jobAttributes(
        job,
        ctx.host,
        upTime(),
        req.operation.strings('requested-attributes'),
        ['all'],
      );
      return ok([{ tag: GroupTag.job, attributes }]);
    }
    case Operation.GetJobs:
      return getJobs(req, ctx);
    case Operation.GetPrinterAttributes: {
      printerTarget(req);
      const now = {
        host: ctx.host,
        status: ctx.engine.status(),
        queuedJobCount: ctx.engine.list().filter((j) => j.state < 7).length,
        upTime: upTime(),
      };
      const attributes = printerAttributes(ctx.options, now, req.operation.strings('requested-attributes'));
      return ok([{ tag: GroupTag.printer, attributes }]);
    }
    default:
      throw new IppError(Status.operationNotSupported, 'Operation not supported by this printer.');
  }
}

/**
 * Print-Job (RFC 8011 §4.2.1): checks the request, takes the printer's one job slot (busy and offline
 * printers refuse before any document byte is stored), streams the document to disk, and answers with
 * the new job `pending`.
 */
async function printJob(
  req: CheckedRequest,
  body: AsyncIterable<Buffer>,
  ctx: OperationContext,
): Promise<OperationResult> {
  const { format, template, unsupported } = checkJobRequest(req, ctx);
  const admission = ctx.engine.admit();
  if (admission === 'not-accepting') {
    throw new IppError(
      Status.notAcceptingJobs,
      `${ctx.options.name} is not accepting jobs (${ctx.engine.status().reasons.join(', ')}).`,
    );
  }
  if (admission === 'busy')
    throw new IppError(Status.busy, `${ctx.options.name} is printing another job; try again shortly.`);
  const incoming = path.join(ctx.dir, `incoming-${++documentSeq}`);
  let job: SimJob;
  try {
    const doc = await receiveDocument(body, incoming, ctx.options.maxDocumentBytes);
    if (doc.size === 0) {
      await fs.rm(incoming, { force: true });
      throw new IppError(Status.badRequest, 'The Print-Job request carries no document data.');
    }
    const actual = format === 'application/octet-stream' ? sniffFormat(doc.head) : format;
    const file = path.join(ctx.dir, `document-${documentSeq}.${extensionOf(actual)}`);
    await fs.rename(incoming, file);
    job = ctx.engine.accept({
      name:
        (req.operation.string('job-name') ?? req.operation.string('document-name') ?? '')
          .trim()
          .slice(0, 255) || 'Untitled',
      user: (req.operation.string('requesting-user-name') ?? '').trim().slice(0, 255) || 'anonymous',
      format: actual,
      size: doc.size,
      sha256: doc.sha256,
      file,
      template,
    });
  } catch (error) {
    ctx.engine.abandon();
    if (error instanceof DocumentTooLarge) throw new IppError(Status.requestEntityTooLarge, error.message);
    throw error;
  }
  return withUnsupported(unsupported, [
    { tag: GroupTag.job, attributes: jobAttributes(job, ctx.host, upTime(), JOB_ANSWER, JOB_ANSWER) },
  ]);
}

/** What Print-Job and Validate-Job check in common: target, compression, format, template (§4.2.1.1). */
function checkJobRequest(req: CheckedRequest, ctx: OperationContext) {
  printerTarget(req);
  const compression = req.operation.string('compression');
  if (compression !== undefined && compression !== 'none') {
    throw new IppError(
      Status.compressionNotSupported,
      `Compression ${compression.slice(0, 40)} is not supported.`,
      [{ tag: GroupTag.unsupported, attributes: [A.keyword('compression', compression.slice(0, 40))] }],
    );
  }
  const format = req.operation.string('document-format') ?? 'application/octet-stream';
  if (!(ctx.options.documentFormats as readonly string[]).includes(format)) {
    throw new IppError(
      Status.documentFormatNotSupported,
      `${ctx.options.name} cannot print ${format.slice(0, 80)} documents.`,
      [{ tag: GroupTag.unsupported, attributes: [A.mimeMediaType('document-format', format.slice(0, 80))] }],
    );
  }
  const { template, unsupported } = readJobTemplate(req.job, ctx.options);
  if (unsupported.length > 0 && req.operation.bool('ipp-attribute-fidelity') === true) {
    throw new IppError(Status.attributesOrValuesNotSupported, 'Some job attributes cannot be honoured.', [
      { tag: GroupTag.unsupported, attributes: unsupported },
    ]);
  }
  return { format, template, unsupported };
}

/** Unsupported attributes are ignored, and said so: `successful-ok-ignored-or-substituted-attributes`. */
function withUnsupported(unsupported: IppAttribute[], groups: IppGroup[]): OperationResult {
  if (unsupported.length === 0) return ok(groups);
  return {
    status: Status.successfulOkIgnoredOrSubstituted,
    groups: [{ tag: GroupTag.unsupported, attributes: unsupported }, ...groups],
  };
}

/** The printer is `/ipp/print`; any other path names a printer that does not exist here. */
function printerTarget(req: CheckedRequest): void {
  const uri = req.operation.string('printer-uri');
  if (uri === undefined) throw new IppError(Status.badRequest, 'printer-uri is required.');
  let pathname: string;
  try {
    pathname = new URL(uri).pathname;
  } catch {
    throw new IppError(Status.badRequest, `printer-uri "${uri.slice(0, 100)}" is not a URI.`);
  }
  if (pathname.replace(/\/+$/, '') !== '/ipp/print') {
    throw new IppError(
      Status.notFound,
      `There is no printer at ${pathname.slice(0, 100)}; this printer is /ipp/print.`,
    );
  }
}

/** The job a job operation names, by `job-uri` or `printer-uri` + `job-id` (RFC 8011 §4.3). */
function targetJob(req: CheckedRequest, ctx: OperationContext): SimJob {
  let id: number | undefined;
  const jobUri = req.operation.string('job-uri');
  if (jobUri !== undefined) {
    const match = /\/ipp\/print\/(\d{1,9})$/.exec(jobUri);
    if (!match)
      throw new IppError(Status.notFound, `job-uri ${jobUri.slice(0, 100)} names no job of this printer.`);
    id = Number(match[1]);
  } else {
    printerTarget(req);
    id = req.operation.int('job-id');
    if (id === undefined) throw new IppError(Status.badRequest, 'job-id is required with printer-uri.');
  }
  const job = ctx.engine.get(id);
  if (!job) throw new IppError(Status.notFound, `There is no job ${id}.`);
  return job;
}

/** Get-Jobs (RFC 8011 §4.2.6): `which-jobs`, `my-jobs`, `limit`, `requested-attributes`. */
function getJobs(req: CheckedRequest, ctx: OperationContext): OperationResult {
  printerTarget(req);
  const which = req.operation.string('which-jobs') ?? 'not-completed';
  if (!['completed', 'not-completed', 'all'].includes(which)) {
    throw new IppError(
      Status.attributesOrValuesNotSupported,
      `which-jobs ${which.slice(0, 40)} is not supported.`,
      [{ tag: GroupTag.unsupported, attributes: [A.keyword('which-jobs', which.slice(0, 40))] }],
    );
  }
  const user = (req.operation.string('requesting-user-name') ?? '').trim();
  const mine = req.operation.bool('my-jobs') === true;
  const limit = req.operation.int('limit');
  let jobs = ctx.engine
    .list()
    .filter((j) => which === 'all' || (which === 'completed') === j.state >= 7)
    .filter((j) => !mine || j.user === user);
  // Completed jobs are listed most recent first (RFC 8011 §4.2.6.1).
  if (which === 'completed') jobs = jobs.reverse();
  if (limit !== undefined && limit > 0) jobs = jobs.slice(0, limit);
  const requested = req.operation.strings('requested-attributes');
  return ok(
    jobs.map((job) => ({
      tag: GroupTag.job,
      attributes: jobAttributes(job, ctx.host, upTime(), requested, GET_JOBS_DEFAULT),
    })),
  );
}
