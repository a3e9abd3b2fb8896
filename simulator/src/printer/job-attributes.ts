import { A, type IppAttribute, selectRequested } from '@quire/protocol/ipp';
import type { SimJob } from './print-engine';

const TEMPLATE = new Set(['copies', 'sides', 'print-color-mode', 'finishings', 'media', 'number-up']);

const seconds = (ms: number): number => Math.floor(ms / 1000);

/** The URI of a job; job operations accept it as `job-uri` (RFC 8011 §4.3.1). */
export const jobUriOf = (host: string, id: number): string => `ipp://${host}/ipp/print/${id}`;

/** Job description and template attributes (RFC 8011 §5.2-5.3) of one job. */
function allJobAttributes(job: SimJob, host: string, upTime: number): IppAttribute[] {
  const t = job.template;
  const time = (name: string, at: number | null): IppAttribute =>
    at === null ? A.outOfBand(name, 0x13) : A.integer(name, seconds(at));
  const out: IppAttribute[] = [
    A.integer('job-id', job.id),
    A.uri('job-uri', jobUriOf(host, job.id)),
    A.uri('job-printer-uri', `ipp://${host}/ipp/print`),
    A.name('job-name', job.name),
    A.name('job-originating-user-name', job.user),
    A.enum('job-state', job.state),
    A.keyword('job-state-reasons', ...job.reasons),
    time('time-at-creation', job.createdAt),
    time('time-at-processing', job.processingAt),
    time('time-at-completed', job.completedAt),
    A.integer('job-printer-up-time', upTime),
    A.dateTime('date-time-at-creation', new Date(job.createdAt)),
    A.integer('job-k-octets', Math.ceil(job.size / 1024)),
    A.mimeMediaType('document-format', job.format),
    A.integer('number-of-documents', 1),
    A.integer('copies', t.copies),
    A.keyword('sides', t.sides),
    A.keyword('print-color-mode', t.printColorMode),
    A.enum('finishings', ...(t.finishings.length > 0 ? t.finishings : [3])),
    A.integer('number-up', t.numberUp),
  ];
  if (t.media) out.push(A.keyword('media', t.media));
  return out;
}

/**
 * The attributes asked for by `requested-attributes` (RFC 8011 §4.3.4.1): `all`, `job-template`,
 * `job-description`, or names; `fallback` when the client named none.
 */
export function jobAttributes(
  job: SimJob,
  host: string,
  upTime: number,
  requested: readonly string[],
  fallback: readonly string[],
): IppAttribute[] {
  return selectRequested(
    allJobAttributes(job, host, upTime),
    requested,
    fallback,
    TEMPLATE,
    'job-description',
  );
}
