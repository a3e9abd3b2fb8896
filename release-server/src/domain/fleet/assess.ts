import type { ErrorBody, FleetState, FleetStatus, PrinterErrorFlag } from '@quire/protocol';
import type { WantedAlert } from './alerts';
import type { PrinterReading } from './decode';
import { FLAG_WORDS, flagSeverity } from './error-state';

export interface Assessment {
  state: FleetState;
  /** The trouble in words ("paper jam, door open"), errors first; null when all is well. */
  words: string | null;
}

const SUPPLY_WORDS = { low: 'low', empty: 'empty', 'nearly-full': 'nearly full', full: 'full' } as const;

/**
 * A reading at a glance (STANDARDS.md §2 status combinations): `error` when a flag stops printing or
 * the device is down (critical, offline); `warning` when a flag needs attention, the device says
 * warning, a supply is past the threshold or an alert is open; `ok` otherwise.
 */
export function assess(reading: PrinterReading, alerts: readonly WantedAlert[]): Assessment {
  const errors = reading.flags.filter((f) => flagSeverity(f) === 'error');
  const warnings = reading.flags.filter((f) => flagSeverity(f) === 'warning');
  const supplies = reading.supplies.flatMap((s) =>
    s.condition === 'ok' || s.condition === 'unknown'
      ? []
      : [`${s.description} ${SUPPLY_WORDS[s.condition]}`],
  );
  const flagWords = (flags: PrinterErrorFlag[]) => flags.map((f) => FLAG_WORDS[f]);
  if (errors.length > 0 || reading.deviceStatus === 'down') {
    const words = errors.length > 0 ? flagWords(errors) : ['down'];
    return { state: 'error', words: [...words, ...flagWords(warnings), ...supplies].join(', ') };
  }
  const alertWords = alerts.filter((a) => a.severity !== 'other').map((a) => a.description);
  const trouble = [...new Set([...flagWords(warnings), ...supplies, ...alertWords])];
  if (trouble.length > 0 || reading.deviceStatus === 'warning')
    return { state: 'warning', words: trouble.join(', ') || 'warning' };
  return { state: 'ok', words: null };
}

/**
 * Why a release to this printer must wait, from its latest SNMP reading (issue 6: a printer in error
 * is refused with the reason, the jobs staying held); null when the reading shows no error, is older
 * than `maxAgeMs` (too old to trust), or the printer did not answer (IPP will tell at release).
 */
export function fleetBlockingReason(status: FleetStatus, now: number, maxAgeMs: number): ErrorBody | null {
  if (status.state !== 'error' || status.reachable !== true || !status.lastReadingAt) return null;
  if (now - Date.parse(status.lastReadingAt) > maxAgeMs) return null;
  const words = status.flags.filter((f) => flagSeverity(f) === 'error').map((f) => FLAG_WORDS[f]);
  const what = words.length > 0 ? `reports ${words.join(' and ')}` : 'reports that it is down';
  return { code: 'printer-stopped', message: `${status.printer} ${what}. Your jobs stay held.` };
}
