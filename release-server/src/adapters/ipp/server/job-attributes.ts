import { A, type IppAttribute, selectRequested } from '@quire/protocol/ipp';
import { ippJobState } from '../../../domain/job-state';
import type { JobRecord } from '../../sqlite/job-store';
import { writeJobTemplate } from '../job-template';
import { jobUriOf, type QueueAddress, queueUriOf } from './queue-address';

const TEMPLATE = new Set(['copies', 'sides', 'print-color-mode', 'finishings', 'media', 'number-up']);

const seconds = (ms: number): number => Math.floor(ms / 1000);

/** Job description and template attributes (RFC 8011 §5.3) of a held job. */
function allJobAttributes(job: JobRecord, address: QueueAddress, now: number): IppAttribute[] {
  const { state, reasons } = ippJobState(job.state);
  const completed = state >= 7 ? (job.printedAt ?? job.updatedAt) : null;
  const out: IppAttribute[] = [
    A.integer('job-id', job.id),
    A.uri('job-uri', jobUriOf(address, job.id)),
    A.uri('job-printer-uri', queueUriOf(address)),
    A.name('job-name', job.name),
    A.name('job-originating-user-name', job.requestingUserName),
    A.enum('job-state', state),
    A.keyword('job-state-reasons', ...reasons),
    A.integer('time-at-creation', seconds(job.submittedAt)),
    job.state === 'releasing' || completed
      ? A.integer('time-at-processing', seconds(job.updatedAt))
      : A.outOfBand('time-at-processing', 0x13),
    completed ? A.integer('time-at-completed', seconds(completed)) : A.outOfBand('time-at-completed', 0x13),
    A.integer('job-printer-up-time', seconds(now)),
    A.dateTime('date-time-at-creation', new Date(job.submittedAt)),
    A.integer('job-k-octets', Math.ceil(job.size / 1024)),
    A.mimeMediaType('document-format', job.format),
    A.integer('number-of-documents', job.spoolFile ? 1 : 0),
    ...writeJobTemplate(job.settings),
  ];
  if (job.error) out.push(A.text('job-state-message', job.error.message.slice(0, 255)));
  if (job.pages !== null) out.push(A.integer('job-pages', job.pages));
  return out;
}

/**
 * The attributes asked for by `requested-attributes` (RFC 8011 §4.3.4.1): `all`, `job-template`,
 * `job-description`, or names; `fallback` when the client named none.
 */
export function jobAttributes(
  job: JobRecord,
  address: QueueAddress,
  requested: readonly string[],
  fallback: readonly string[],
  now = Date.now(),
): IppAttribute[] {
  return selectRequested(
    allJobAttributes(job, address, now),
    requested,
    fallback,
    TEMPLATE,
    'job-description',
  );
}
