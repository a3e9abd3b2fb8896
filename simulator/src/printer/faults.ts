import type { PrinterFault } from '@quire/protocol';

/**
 * The `printer-state-reasons` each fault raises (RFC 8011 §5.4.12, PWG 5100.9), always with the `-error`
 * severity suffix: the printer stops (`printer-state` 5) until the fault is cleared.
 *
 * `toner-empty` is reported under both registered keywords: RFC 8011's `toner-empty` and PWG 5100.9's
 * newer `marker-supply-empty`, as many printers do, so older and newer clients both understand it.
 */
export const FAULT_REASONS: Readonly<Record<PrinterFault, readonly string[]>> = {
  jam: ['media-jam-error'],
  offline: ['offline-error'],
  'no-paper': ['media-empty-error'],
  'toner-empty': ['toner-empty-error', 'marker-supply-empty-error'],
  'door-open': ['door-open-error'],
};

/**
 * Whether the printer still accepts jobs with this fault. A jammed or empty printer still takes jobs into
 * its queue (they wait at `processing-stopped`), as real printers and ippeveprinter do; an offline one
 * refuses them (`printer-is-accepting-jobs` false, `server-error-not-accepting-jobs`).
 */
export function acceptsJobsWith(fault: PrinterFault): boolean {
  switch (fault) {
    case 'offline':
      return false;
    case 'jam':
    case 'no-paper':
    case 'toner-empty':
    case 'door-open':
      return true;
    default:
      return fault satisfies never;
  }
}
