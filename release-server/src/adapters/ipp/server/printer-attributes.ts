import { DEFAULT_SETTINGS, MAX_COPIES, NUMBER_UP, SIDES } from '@quire/protocol';
import { A, type IppAttribute, MEDIA_SIZES, mediaSizeOf, selectRequested } from '@quire/protocol/ipp';
import { ACCEPTED_FORMATS } from '../../../domain/document-format';
import { FINISHINGS_ACCEPTED } from '../job-template';
import { COMPRESSIONS } from './compression';
import { moreInfoOf, type QueueAddress, queueUriOf, uriSecurityOf } from './queue-address';
import { IPP_VERSIONS, OPERATIONS } from './request';

/**
 * `uri-authentication-supported` (RFC 8011 §5.4.2): `basic` when every request must carry HTTP Basic
 * credentials (`IPP_AUTHENTICATION=required`); otherwise `requesting-user-name`, which clients may
 * still back with credentials.
 */
export type UriAuthentication = 'requesting-user-name' | 'basic';

export interface QueueState {
  /** How the client reached the queue, for the URIs it is told. */
  address: QueueAddress;
  queuedJobCount: number;
  acceptingJobs: boolean;
  uriAuthentication: UriAuthentication;
}

const DEFAULT_MEDIA = 'iso_a4_210x297mm';

const mediaSize = (name: string): IppAttribute[] => [mediaSizeOf(name)];

/** Job template attributes the queue offers (RFC 8011 §5.2): `*-default`, `*-supported`, `*-ready`. */
function jobTemplate(): IppAttribute[] {
  return [
    A.integer('copies-default', DEFAULT_SETTINGS.copies),
    A.range('copies-supported', 1, MAX_COPIES),
    A.enum('finishings-default', 3),
    A.enum('finishings-supported', ...FINISHINGS_ACCEPTED),
    A.keyword('media-default', DEFAULT_MEDIA),
    A.keyword('media-supported', ...Object.keys(MEDIA_SIZES)),
    A.keyword('media-ready', DEFAULT_MEDIA),
    A.collection('media-col-default', mediaSize(DEFAULT_MEDIA)),
    A.collection('media-col-ready', mediaSize(DEFAULT_MEDIA)),
    A.keyword('media-col-supported', 'media-size'),
    A.integer('number-up-default', 1),
    A.integer('number-up-supported', ...NUMBER_UP),
    A.keyword('print-color-mode-default', 'auto'),
    A.keyword('print-color-mode-supported', 'auto', 'color', 'monochrome'),
    A.keyword('sides-default', DEFAULT_SETTINGS.sides),
    A.keyword('sides-supported', ...SIDES),
  ];
}

/** Printer description attributes (RFC 8011 §5.4) of the hold queue. */
function description(q: QueueState, upTime: number): IppAttribute[] {
  return [
    A.charset('charset-configured', 'utf-8'),
    A.charset('charset-supported', 'utf-8', 'us-ascii'),
    A.keyword('compression-supported', ...COMPRESSIONS),
    A.mimeMediaType('document-format-default', 'application/octet-stream'),
    A.mimeMediaType('document-format-supported', ...ACCEPTED_FORMATS),
    A.naturalLanguage('generated-natural-language-supported', 'en'),
    A.keyword('ipp-versions-supported', ...IPP_VERSIONS),
    A.keyword('ipp-features-supported', 'none'),
    A.naturalLanguage('natural-language-configured', 'en'),
    A.enum('operations-supported', ...OPERATIONS),
    A.keyword('pdl-override-supported', 'attempted'),
    A.boolean('color-supported', true),
    A.boolean('multiple-document-jobs-supported', false),
    A.integer('multiple-operation-time-out', 300),
    A.text('printer-info', 'Secure print queue: jobs wait until you sign in at a printer.'),
    A.text('printer-location', ''),
    A.text('printer-make-and-model', 'Quire Secure Print Release'),
    A.uri('printer-more-info', moreInfoOf(q.address)),
    A.name('printer-name', 'Quire'),
    A.enum('printer-state', 3),
    A.keyword('printer-state-reasons', 'none'),
    A.boolean('printer-is-accepting-jobs', q.acceptingJobs),
    // Seconds since the epoch, as CUPS does, so job time-at-* attributes compare with it (RFC 8011 §5.4.29).
    A.integer('printer-up-time', upTime),
    A.dateTime('printer-current-time', new Date(upTime * 1000)),
    A.integer('queued-job-count', q.queuedJobCount),
    A.uri('printer-uri-supported', queueUriOf(q.address)),
    A.keyword('uri-authentication-supported', q.uriAuthentication),
    A.keyword('uri-security-supported', uriSecurityOf(q.address)),
    A.keyword(
      'job-creation-attributes-supported',
      'copies',
      'finishings',
      'media',
      'media-col',
      'number-up',
      'print-color-mode',
      'sides',
    ),
    A.keyword('which-jobs-supported', 'completed', 'not-completed', 'all'),
  ];
}

const TEMPLATE_NAMES = new Set(jobTemplate().map((a) => a.name));

/** Every media the queue accepts as a `media-col` (PWG 5100.7); only sent when asked for by name. */
const mediaColDatabase = (): IppAttribute =>
  A.collection('media-col-database', ...Object.keys(MEDIA_SIZES).map((name) => mediaSize(name)));

/**
 * The attributes a Get-Printer-Attributes asked for (RFC 8011 §4.2.5.1): `all` (the default),
 * `printer-description`, `job-template`, or names. Names the queue does not have are left out.
 */
export function printerAttributes(
  q: QueueState,
  requested: readonly string[],
  now = Date.now(),
): IppAttribute[] {
  const all = [...description(q, Math.max(1, Math.floor(now / 1000))), ...jobTemplate()];
  // media-col-database is large on real printers, so `all` leaves it out (PWG 5100.7 §6.4.3).
  if (requested.includes('media-col-database')) all.push(mediaColDatabase());
  return selectRequested(all, requested, ['all'], TEMPLATE_NAMES, 'printer-description');
}
