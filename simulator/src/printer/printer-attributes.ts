import { createHash } from 'node:crypto';
import { NUMBER_UP } from '@quire/protocol';
import { A, type IppAttribute, mediaSizeOf, selectRequested } from '@quire/protocol/ipp';
import { capabilitiesOf } from './capabilities';
import type { SimPrinterOptions } from './options';
import type { PrinterStatusNow } from './print-engine';
import { IPP_VERSIONS, OPERATIONS } from './request';

export interface PrinterNow {
  /** `host:port` the client used, for the URIs it is told. */
  host: string;
  status: PrinterStatusNow;
  queuedJobCount: number;
  /** Seconds since the epoch (as CUPS and our release server count `printer-up-time`). */
  upTime: number;
}

const mediaSize = mediaSizeOf;
const mediaCol = (name: string): IppAttribute[] => [
  mediaSize(name),
  A.keyword('media-source', 'main'),
  A.keyword('media-type', 'stationery'),
];

/** 300 and 600 dpi, the resolutions raster clients may choose. */
const resolutions = (name: string): IppAttribute => ({
  name,
  values: [300, 600].map((d) => ({ syntax: 'resolution' as const, value: { x: d, y: d, units: 3 } })),
});

/** IEEE 1284 device ID command set names (`CMD:`) of the document formats. */
const COMMAND_SET: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/pwg-raster': 'PWGRaster',
  'image/urf': 'URF',
};

/** A stable `urn:uuid:` per printer name, so clients recognise the printer across restarts. */
function uuidOf(name: string): string {
  const h = createHash('sha256').update(`quire-sim:${name}`).digest('hex');
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Job template attributes (RFC 8011 §5.2, PWG 5100.13): `*-default`, `*-supported`, `*-ready`. */
function jobTemplate(o: SimPrinterOptions): IppAttribute[] {
  const caps = capabilitiesOf(o);
  return [
    A.integer('copies-default', 1),
    A.range('copies-supported', 1, caps.copiesMax),
    A.enum('finishings-default', 3),
    A.enum('finishings-supported', ...caps.finishings),
    A.enum('finishings-ready', ...caps.finishings),
    A.keyword('media-default', o.mediaDefault),
    A.keyword('media-supported', ...o.media),
    A.keyword('media-ready', o.mediaDefault),
    A.collection('media-col-default', mediaCol(o.mediaDefault)),
    A.collection('media-col-ready', mediaCol(o.mediaDefault)),
    A.keyword('media-col-supported', 'media-size', 'media-source', 'media-type'),
    A.keyword('media-source-supported', 'main'),
    A.keyword('media-type-supported', 'stationery'),
    A.collection('media-size-supported', ...o.media.map((m) => [mediaSize(m)])),
    A.keyword('multiple-document-handling-default', caps.documentHandling[0]!),
    A.keyword('multiple-document-handling-supported', ...caps.documentHandling),
    A.integer('number-up-default', 1),
    A.integer('number-up-supported', ...NUMBER_UP),
    A.enum('orientation-requested-default', 3),
    A.enum('orientation-requested-supported', 3, 4, 5, 6),
    A.keyword('output-bin-default', caps.outputBins[0]!),
    A.keyword('output-bin-supported', ...caps.outputBins),
    A.boolean('page-ranges-supported', true),
    A.keyword('print-color-mode-default', caps.colorModeDefault),
    A.keyword('print-color-mode-supported', ...caps.colorModes),
    A.enum('print-quality-default', 4),
    A.enum('print-quality-supported', 3, 4, 5),
    A.keyword('print-scaling-default', 'auto'),
    A.keyword('print-scaling-supported', 'auto', 'auto-fit', 'fill', 'fit', 'none'),
    A.resolution('printer-resolution-default', 600, 600),
    resolutions('printer-resolution-supported'),
    A.integer('job-priority-default', 50),
    A.integer('job-priority-supported', 100),
    A.keyword('sides-default', 'one-sided'),
    A.keyword('sides-supported', ...caps.sides),
  ];
}

/** Printer description attributes (RFC 8011 §5.4, PWG 5100.14 §5). */
function description(o: SimPrinterOptions, now: PrinterNow): IppAttribute[] {
  const uri = `ipp://${now.host}/ipp/print`;
  const { status } = now;
  const formats = o.documentFormats;
  const commands = formats.flatMap((f) => COMMAND_SET[f] ?? []);
  return [
    A.charset('charset-configured', 'utf-8'),
    A.charset('charset-supported', 'utf-8', 'us-ascii'),
    A.boolean('color-supported', o.color),
    A.keyword('compression-supported', 'none'),
    A.mimeMediaType('document-format-default', 'application/octet-stream'),
    A.mimeMediaType('document-format-supported', ...formats),
    A.naturalLanguage('generated-natural-language-supported', 'en'),
    // Not 'ipp-everywhere': Create-Job, Send-Document and Identify-Printer are not simulated.
    A.keyword('ipp-features-supported', 'none'),
    A.keyword('ipp-versions-supported', ...IPP_VERSIONS),
    A.keyword(
      'job-creation-attributes-supported',
      'copies',
      'finishings',
      'media',
      'media-col',
      'multiple-document-handling',
      'number-up',
      'orientation-requested',
      'output-bin',
      'page-ranges',
      'print-color-mode',
      'print-quality',
      'print-scaling',
      'printer-resolution',
      'sides',
    ),
    A.boolean('multiple-document-jobs-supported', false),
    A.integer('multiple-operation-time-out', 60),
    A.naturalLanguage('natural-language-configured', 'en'),
    A.enum('operations-supported', ...OPERATIONS),
    A.integer('pages-per-minute', 20),
    ...(o.color ? [A.integer('pages-per-minute-color', 10)] : []),
    A.keyword('pdl-override-supported', 'attempted'),
    A.text('printer-device-id', `MFG:Quire;MDL:${o.makeAndModel};CMD:${commands.join(',')};`),
    A.text('printer-info', `Simulated printer ${o.name}`),
    A.boolean('printer-is-accepting-jobs', status.acceptingJobs),
    A.text('printer-location', o.location),
    A.text('printer-make-and-model', o.makeAndModel),
    A.uri('printer-more-info', `http://${now.host}/`),
    A.name('printer-name', o.name),
    A.enum('printer-state', status.state),
    A.keyword('printer-state-reasons', ...status.reasons),
    A.text('printer-state-message', stateMessage(status)),
    A.integer('printer-up-time', now.upTime),
    A.dateTime('printer-current-time', new Date(now.upTime * 1000)),
    A.uri('printer-uri-supported', uri),
    A.uri('printer-uuid', uuidOf(o.name)),
    A.integer('queued-job-count', now.queuedJobCount),
    A.keyword('uri-authentication-supported', 'none'),
    A.keyword('uri-security-supported', 'none'),
    A.keyword('which-jobs-supported', 'completed', 'not-completed', 'all'),
    resolutions('pwg-raster-document-resolution-supported'),
    A.keyword('pwg-raster-document-sheet-back', 'normal'),
    A.keyword('pwg-raster-document-type-supported', ...(o.color ? ['sgray_8', 'srgb_8'] : ['sgray_8'])),
    A.keyword(
      'urf-supported',
      'V1.4',
      'CP1',
      'RS300-600',
      'W8',
      ...(o.color ? ['SRGB24'] : []),
      ...(o.duplex ? ['DM1'] : []),
    ),
  ];
}

/** What a person at the printer would read on its display. */
function stateMessage(s: PrinterStatusNow): string {
  if (s.state === 5) return `Stopped: ${s.reasons.map((r) => r.replace(/-error$/, '')).join(', ')}.`;
  return s.state === 4 ? 'Printing.' : 'Ready to print.';
}

/** Attributes that must be asked for by name: `all` does not include them (as in CUPS). */
const BY_NAME_ONLY = new Set(['media-col-database']);

/**
 * The attributes a Get-Printer-Attributes asked for (RFC 8011 §4.2.5.1): `all` (the default),
 * `printer-description`, `job-template`, or names; names the printer does not have are left out.
 */
export function printerAttributes(
  o: SimPrinterOptions,
  now: PrinterNow,
  requested: readonly string[],
): IppAttribute[] {
  const template = jobTemplate(o);
  const templateNames = new Set(template.map((a) => a.name));
  const all = [
    ...description(o, now),
    ...template,
    A.collection('media-col-database', ...o.media.map(mediaCol)),
  ];
  // Attributes sent only when named (media-col-database: PWG 5100.7 §6.4.3) are not part of `all`.
  const named = all.filter((a) => BY_NAME_ONLY.has(a.name) && requested.includes(a.name));
  const rest = all.filter((a) => !BY_NAME_ONLY.has(a.name));
  return [...selectRequested(rest, requested, ['all'], templateNames, 'printer-description'), ...named];
}
