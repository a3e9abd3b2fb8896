import type { ErrorBody, PrinterErrorFlag, PrinterStatus } from '@quire/protocol';

/** `printer-state-reasons` keywords (RFC 8011 §5.4.12, PWG 5100.9) in words a person understands. */
const WORDS: Record<string, string> = {
  'media-jam': 'has a paper jam',
  'media-empty': 'is out of paper',
  'media-needed': 'needs paper',
  'input-tray-missing': 'has a paper tray missing',
  'door-open': 'has a door open',
  'cover-open': 'has a cover open',
  'toner-empty': 'is out of toner',
  'marker-supply-empty': 'is out of toner',
  'output-area-full': 'has a full output tray',
  offline: 'is offline',
  paused: 'is paused',
  shutdown: 'is shutting down',
  'spool-area-full': 'has no room for more jobs',
};

/** A reason keyword without its severity suffix (`media-jam-error` -> `media-jam`). */
const bare = (reason: string): string => reason.replace(/-(error|warning|report)$/, '');

/**
 * Why a printer cannot take a job now, or null when it can. Only `-error` reasons (and reasons without a
 * suffix, which RFC 8011 treats as errors) block; warnings and reports do not.
 */
export function blockingReason(name: string, status: PrinterStatus): ErrorBody | null {
  const blocking = status.reasons.filter(
    (r) => !/-(warning|report)$/.test(r) && r !== 'none' && r !== 'moving-to-paused',
  );
  const words = [...new Set(blocking.map((r) => WORDS[bare(r)]).filter(Boolean))];
  const described = words.length > 0 ? `${name} ${words.join(' and ')}` : null;
  if (status.state === 'stopped') {
    return { code: 'printer-stopped', message: `${described ?? `${name} is stopped`}. Your jobs stay held.` };
  }
  if (!status.acceptingJobs) {
    return { code: 'printer-not-accepting', message: `${name} is not accepting jobs. Your jobs stay held.` };
  }
  if (described) return { code: 'printer-stopped', message: `${described}. Your jobs stay held.` };
  return null;
}

/**
 * The SNMP error bits (RFC 2790 hrPrinterDetectedErrorState) that stop a printer, as the IPP
 * `printer-state-reasons` keywords (PWG 5100.9) panels already put into words. Warnings (low paper,
 * low toner, output nearly full, maintenance due) do not stop it and are left out.
 */
const FLAG_REASONS: Partial<Record<PrinterErrorFlag, string>> = {
  jammed: 'media-jam-error',
  noPaper: 'media-empty-error',
  inputTrayEmpty: 'media-empty-error',
  doorOpen: 'door-open-error',
  offline: 'offline-error',
  noToner: 'toner-empty-error',
  inputTrayMissing: 'input-tray-missing-error',
  outputFull: 'output-area-full-error',
};

export function reasonsFromFlags(flags: readonly PrinterErrorFlag[]): string[] {
  return [...new Set(flags.flatMap((f) => FLAG_REASONS[f] ?? []))];
}

/** A printer's state as IPP says it, made worse by what SNMP knows (a jam IPP does not report). */
export function withFleetReasons(status: PrinterStatus, flags: readonly PrinterErrorFlag[]): PrinterStatus {
  const extra = reasonsFromFlags(flags).filter((r) => !status.reasons.includes(r));
  if (extra.length === 0) return status;
  return { ...status, state: 'stopped', reasons: [...status.reasons, ...extra] };
}
