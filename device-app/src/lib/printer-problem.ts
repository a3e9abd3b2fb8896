import type { PrinterStatus } from '@quire/protocol';
import type { ProblemKind, Strings } from './i18n';

/** `printer-state-reasons` keywords (RFC 8011 §5.4.12, PWG 5100.9), without severity, by what they mean. */
const KINDS: Record<string, ProblemKind> = {
  'media-jam': 'jam',
  'media-empty': 'paper',
  'media-needed': 'paper',
  'door-open': 'door',
  'cover-open': 'door',
  'interlock-open': 'door',
  'toner-empty': 'toner',
  'marker-supply-empty': 'toner',
  offline: 'offline',
};

/**
 * What stops this printer, in the kinds a person understands, in the order the printer reported them; null
 * while it is working (it is not stopped and accepts jobs). Warnings and reports (`toner-low-warning`)
 * are not problems.
 */
export function printerProblem(status: PrinterStatus | null): { kinds: ProblemKind[] } | null {
  if (!status || (status.state !== 'stopped' && status.acceptingJobs)) return null;
  const kinds: ProblemKind[] = [];
  for (const reason of status.reasons) {
    if (/-(warning|report)$/.test(reason)) continue;
    const kind = KINDS[reason.replace(/-error$/, '')];
    if (kind && !kinds.includes(kind)) kinds.push(kind);
  }
  return { kinds };
}

/** The banner's sentence for a problem. */
export function problemText(
  problem: { kinds: ProblemKind[] },
  status: PrinterStatus,
  t: Strings['printer'],
): string {
  if (problem.kinds.length > 0) return t.problem(problem.kinds.map((k) => t.reasons[k]).join(', '));
  return status.state === 'stopped' ? t.stopped : t.notAccepting;
}
