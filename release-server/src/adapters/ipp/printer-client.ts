import type { Readable } from 'node:stream';
import { AppError, type JobSettings, type PrinterCapabilities, type PrinterStatus } from '@quire/protocol';
import {
  A,
  GroupTag,
  groupOf,
  type IppAttribute,
  type IppMessage,
  IppTransportError,
  ippRequest,
  isSuccess,
  Operation,
  operationRequest,
  Status,
} from '@quire/protocol/ipp';
import { capabilitiesFromIpp, PRINTER_ATTRIBUTES_READ, statusFromIpp } from './capabilities';
import { writeJobTemplate } from './job-template';

export interface PrinterJob {
  userName: string;
  jobName: string;
  format: string;
  settings: JobSettings;
}

/** A printer job's `job-state` (RFC 8011 §5.3.7) and reasons, or `gone` when the printer forgot it. */
export type PrinterJobState =
  | {
      state: number;
      reasons: string[];
      /** `job-impressions-completed`, all copies, when the printer reports it. */
      impressionsCompleted: number | null;
    }
  | 'gone';

/**
 * The release server's side of talking to a printer over IPP. Every failure becomes an {@link AppError}
 * with a code from the closed table and words that name the printer.
 */
export interface PrinterClient {
  getAttributes(
    name: string,
    uri: string,
  ): Promise<{ capabilities: PrinterCapabilities; status: PrinterStatus }>;
  printJob(
    name: string,
    uri: string,
    job: PrinterJob,
    document: { stream: Readable; length: number },
  ): Promise<number>;
  getJobState(name: string, uri: string, printerJobId: number): Promise<PrinterJobState>;
}

let nextRequestId = 1;

function request(code: number, uri: string, operation: IppAttribute[], job: IppAttribute[] = []): IppMessage {
  nextRequestId = nextRequestId >= 0x7fffffff ? 1 : nextRequestId + 1;
  return operationRequest(code, uri, operation, { requestId: nextRequestId, job });
}

export function createPrinterClient(options: { timeoutMs: number }): PrinterClient {
  const send = async (
    name: string,
    uri: string,
    message: IppMessage,
    document?: { stream: Readable; length: number },
  ): Promise<IppMessage> => {
    try {
      const answer = await ippRequest(uri, message, {
        timeoutMs: options.timeoutMs,
        ...(document && { document }),
      });
      if (!isSuccess(answer.code)) throw statusError(name, answer);
      return answer;
    } catch (error) {
      throw error instanceof IppTransportError ? transportError(name, error) : error;
    }
  };

  return {
    async getAttributes(name, uri) {
      const answer = await send(
        name,
        uri,
        request(Operation.GetPrinterAttributes, uri, [
          A.name('requesting-user-name', 'quire'),
          A.keyword('requested-attributes', ...PRINTER_ATTRIBUTES_READ),
        ]),
      );
      const attrs = groupOf(answer, GroupTag.printer);
      return { capabilities: capabilitiesFromIpp(attrs), status: statusFromIpp(attrs) };
    },

    async printJob(name, uri, job, document) {
      const answer = await send(
        name,
        uri,
        request(
          Operation.PrintJob,
          uri,
          [
            A.name('requesting-user-name', job.userName),
            A.name('job-name', job.jobName.slice(0, 255) || 'Untitled'),
            A.mimeMediaType('document-format', job.format),
          ],
          writeJobTemplate(job.settings),
        ),
        document,
      );
      const id = groupOf(answer, GroupTag.job).int('job-id');
      if (id === undefined)
        throw new AppError('printer-rejected-job', `${name} accepted the job but gave no job id.`);
      return id;
    },

    async getJobState(name, uri, printerJobId) {
      try {
        const answer = await send(
          name,
          uri,
          request(Operation.GetJobAttributes, uri, [
            A.integer('job-id', printerJobId),
            A.name('requesting-user-name', 'quire'),
            A.keyword('requested-attributes', 'job-state', 'job-state-reasons', 'job-impressions-completed'),
          ]),
        );
        const job = groupOf(answer, GroupTag.job);
        const impressions = job.int('job-impressions-completed');
        return {
          state: job.int('job-state') ?? 3,
          reasons: job.strings('job-state-reasons'),
          impressionsCompleted: impressions !== undefined && impressions >= 0 ? impressions : null,
        };
      } catch (error) {
        if (error instanceof AppError && error.cause === Status.notFound) return 'gone';
        throw error;
      }
    },
  };
}

function transportError(name: string, error: IppTransportError): AppError {
  switch (error.failure) {
    case 'timeout':
      return new AppError('printer-timeout', `${name} did not answer in time. Your jobs stay held.`, {
        cause: error,
      });
    case 'unreachable':
      return new AppError(
        'printer-unreachable',
        `${name} cannot be reached (${error.message}). Your jobs stay held.`,
        {
          cause: error,
        },
      );
    case 'http-status':
    case 'bad-response':
      return new AppError(
        'printer-unreachable',
        `${name} did not answer as an IPP printer (${error.message}).`,
        {
          cause: error,
        },
      );
    default:
      return error.failure satisfies never;
  }
}

function statusError(name: string, answer: IppMessage): AppError {
  const said = groupOf(answer, GroupTag.operation).string('status-message');
  const detail = said ? ` (${said})` : ` (IPP status 0x${answer.code.toString(16).padStart(4, '0')})`;
  const options = { cause: answer.code };
  switch (answer.code) {
    case Status.busy:
      return new AppError('printer-busy', `${name} is busy${detail}.`, options);
    case Status.notAcceptingJobs:
      return new AppError('printer-not-accepting', `${name} is not accepting jobs${detail}.`, options);
    case Status.documentFormatNotSupported:
      return new AppError(
        'format-not-supported',
        `${name} cannot print this kind of document${detail}.`,
        options,
      );
    case Status.notFound:
      return new AppError('printer-rejected-job', `${name} does not know this job${detail}.`, options);
    default:
      return new AppError('printer-rejected-job', `${name} refused the job${detail}.`, options);
  }
}
