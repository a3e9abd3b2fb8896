import type { JobState } from '@quire/protocol';

/** States from which a person can release a job at a panel. */
export const RELEASABLE: ReadonlySet<JobState> = new Set(['held', 'kept']);

/** States a panel lists: everything a person may still act on. */
export const LISTED: readonly JobState[] = ['held', 'kept', 'releasing'];

/** States that end a job's life; its document is gone or going. */
export const FINAL: ReadonlySet<JobState> = new Set(['printed', 'deleted', 'expired', 'failed']);

/** The IPP `job-state` and `job-state-reasons` a client sees for a held job (RFC 8011 §5.3.7-8). */
export function ippJobState(state: JobState): { state: number; reasons: string[] } {
  switch (state) {
    case 'incoming':
      return { state: 3, reasons: ['job-incoming'] };
    case 'held':
    case 'kept':
      // Held until its owner authenticates at a printer (PWG 5100.11 release-on-authentication).
      return { state: 4, reasons: ['job-held-for-authorization'] };
    case 'releasing':
      return { state: 5, reasons: ['job-printing'] };
    case 'printed':
      return { state: 9, reasons: ['job-completed-successfully'] };
    case 'deleted':
      return { state: 7, reasons: ['job-canceled-by-user'] };
    case 'expired':
      return { state: 7, reasons: ['job-canceled-by-operator'] };
    case 'failed':
      return { state: 8, reasons: ['aborted-by-system'] };
    default:
      return unreachable(state);
  }
}

export function unreachable(value: never): never {
  throw new Error(`unreachable: ${String(value)}`);
}
