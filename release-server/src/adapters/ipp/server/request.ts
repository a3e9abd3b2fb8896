import {
  A,
  AttributeMap,
  encodeIpp,
  GroupTag,
  type IppGroup,
  type IppMessage,
  Operation,
  Status,
} from '@quire/protocol/ipp';

/** IPP versions the queue speaks (`ipp-versions-supported`). */
export const IPP_VERSIONS = ['1.1', '2.0', '2.1', '2.2'] as const;

/** Operations the queue performs (`operations-supported`). */
export const OPERATIONS = [
  Operation.PrintJob,
  Operation.ValidateJob,
  Operation.CreateJob,
  Operation.SendDocument,
  Operation.CancelJob,
  Operation.GetJobAttributes,
  Operation.GetJobs,
  Operation.GetPrinterAttributes,
] as const;

/** An IPP-level failure: becomes a response with this status and a `status-message`. */
export class IppError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extraGroups: IppGroup[] = [],
  ) {
    super(message);
    this.name = 'IppError';
  }
}

export interface Header {
  version: { major: number; minor: number };
  requestId: number;
}

/** Builds a response: the operation group (charset, language, status-message) then `groups`. */
export function respond(to: Header, status: number, groups: IppGroup[] = [], message?: string): Buffer {
  const supported = to.version.major === 1 || to.version.major === 2;
  const operation = [
    A.charset('attributes-charset', 'utf-8'),
    A.naturalLanguage('attributes-natural-language', 'en'),
  ];
  if (message) operation.push(A.text('status-message', message.slice(0, 255)));
  return encodeIpp({
    version: supported ? to.version : { major: 1, minor: 1 },
    code: status,
    requestId: to.requestId,
    groups: [{ tag: GroupTag.operation, attributes: operation }, ...groups],
  });
}

export interface CheckedRequest {
  operationId: number;
  operation: AttributeMap;
  /** The job template group (0x02), empty when absent. */
  job: AttributeMap;
}

/**
 * The checks every request passes before its operation runs, in the order of RFC 8011 §4.1:
 * version (§4.1.8), request-id (§4.1.1), the operation group starting with attributes-charset then
 * attributes-natural-language (§4.1.4), a supported charset, a supported operation, and the target.
 */
export function checkRequest(message: IppMessage): CheckedRequest {
  const { major } = message.version;
  if (major !== 1 && major !== 2) {
    throw new IppError(
      Status.versionNotSupported,
      `IPP version ${major}.${message.version.minor} is not supported; use ${IPP_VERSIONS.join(', ')}.`,
    );
  }
  if (message.requestId <= 0)
    throw new IppError(Status.badRequest, 'request-id must be 1 or more (RFC 8011 §4.1.1).');
  const first = message.groups[0];
  if (!first || first.tag !== GroupTag.operation) {
    throw new IppError(Status.badRequest, 'The request must start with the operation attributes group.');
  }
  if (message.groups.filter((g) => g.tag === GroupTag.operation).length > 1) {
    throw new IppError(Status.badRequest, 'The operation attributes group appears more than once.');
  }
  const [charset, language] = first.attributes;
  if (charset?.name !== 'attributes-charset' || language?.name !== 'attributes-natural-language') {
    throw new IppError(
      Status.badRequest,
      'The first two operation attributes must be attributes-charset then attributes-natural-language (RFC 8011 §4.1.4).',
    );
  }
  if (charset.values[0]?.syntax !== 'charset' || language.values[0]?.syntax !== 'naturalLanguage') {
    throw new IppError(
      Status.badRequest,
      'attributes-charset or attributes-natural-language has the wrong syntax.',
    );
  }
  const cs = String(charset.values[0].value).toLowerCase();
  if (cs !== 'utf-8' && cs !== 'us-ascii') {
    throw new IppError(Status.charsetNotSupported, `Charset ${cs} is not supported; use utf-8.`);
  }
  if (!(OPERATIONS as readonly number[]).includes(message.code)) {
    throw new IppError(
      Status.operationNotSupported,
      `Operation 0x${message.code.toString(16).padStart(4, '0')} is not supported.`,
    );
  }
  const operation = AttributeMap.of(first);
  if (!operation.has('printer-uri') && !operation.has('job-uri')) {
    throw new IppError(Status.badRequest, 'printer-uri (or job-uri) is required (RFC 8011 §4.2).');
  }
  const job = AttributeMap.of(message.groups.find((g) => g.tag === GroupTag.job));
  return { operationId: message.code, operation, job };
}
