import { A, AttributeMap } from './attributes';
import { Status } from './constants';
import { encodeIpp } from './encode';
import { GroupTag } from './tags';
import type { IppAttribute, IppGroup, IppMessage } from './types';

/** An IPP-level failure: answered with this status, a `status-message`, and any extra groups. */
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

/**
 * Builds an answer: the operation group (attributes-charset, attributes-natural-language and, when
 * given, status-message), then `groups`. A request in a version nobody speaks is answered in 1.1.
 */
export function respond(
  to: Pick<IppMessage, 'version' | 'requestId'>,
  status: number,
  groups: IppGroup[] = [],
  message?: string,
): Buffer {
  const known = to.version.major === 1 || to.version.major === 2;
  const operation = [
    A.charset('attributes-charset', 'utf-8'),
    A.naturalLanguage('attributes-natural-language', 'en'),
  ];
  if (message) operation.push(A.text('status-message', message.slice(0, 255)));
  return encodeIpp({
    version: known ? to.version : { major: 1, minor: 1 },
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
 * The checks every request passes before its operation runs, in the order of RFC 8011 §4.1: version
 * (§4.1.8), request-id (§4.1.1), the operation group first with attributes-charset then
 * attributes-natural-language (§4.1.4), a supported charset, an operation in `operations`, and a target
 * (`printer-uri` or `job-uri`, §4.1.5). Throws {@link IppError}.
 */
export function checkRequest(message: IppMessage, operations: readonly number[]): CheckedRequest {
  const { major, minor } = message.version;
  if (major !== 1 && major !== 2) {
    throw new IppError(
      Status.versionNotSupported,
      `IPP version ${major}.${minor} is not supported; use 1.1 or 2.x.`,
    );
  }
  if (message.requestId <= 0)
    throw new IppError(Status.badRequest, 'request-id must be 1 or more (RFC 8011 §4.1.1).');
  const first = message.groups[0];
  if (first?.tag !== GroupTag.operation) {
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
  const cs = charset.values[0];
  if (cs?.syntax !== 'charset' || language.values[0]?.syntax !== 'naturalLanguage') {
    throw new IppError(
      Status.badRequest,
      'attributes-charset or attributes-natural-language has the wrong syntax.',
    );
  }
  if (!['utf-8', 'us-ascii'].includes(cs.value.toLowerCase())) {
    throw new IppError(
      Status.charsetNotSupported,
      `Charset ${cs.value.slice(0, 40)} is not supported; use utf-8.`,
      [{ tag: GroupTag.unsupported, attributes: [A.charset('attributes-charset', cs.value.slice(0, 40))] }],
    );
  }
  if (!operations.includes(message.code)) {
    const code = `0x${message.code.toString(16).padStart(4, '0')}`;
    throw new IppError(Status.operationNotSupported, `Operation ${code} is not supported.`);
  }
  const operation = AttributeMap.of(first);
  if (!operation.has('printer-uri') && !operation.has('job-uri')) {
    throw new IppError(Status.badRequest, 'printer-uri (or job-uri) is required (RFC 8011 §4.1.5).');
  }
  const job = AttributeMap.of(message.groups.find((g) => g.tag === GroupTag.job));
  return { operationId: message.code, operation, job };
}

/**
 * The attributes a `requested-attributes` list asks for (RFC 8011 §4.2.5.1, §4.3.4.1): `all`, a group
 * keyword (`job-template`, `printer-description`, `job-description`) that names the attributes in or out
 * of `template`, or names; `fallback` when the client named none.
 */
export function selectRequested(
  all: readonly IppAttribute[],
  requested: readonly string[],
  fallback: readonly string[],
  template: ReadonlySet<string>,
  descriptionKeyword: 'printer-description' | 'job-description',
): IppAttribute[] {
  const want = new Set(requested.length > 0 ? requested : fallback);
  if (want.has('all')) return [...all];
  return all.filter(
    (a) =>
      want.has(a.name) ||
      (want.has('job-template') && template.has(a.name)) ||
      (want.has(descriptionKeyword) && !template.has(a.name)),
  );
}
