import {
  type AlertSeverity,
  FLEET_STATES,
  type FleetAlert,
  type FleetState,
  type FleetStatus,
} from '@quire/protocol';
import { flagSeverity } from '../../../domain/fleet/error-state';
import type { Strings } from './i18n';

/**
 * A state's mark next to its word and colour, so that no state is told by colour alone (issue 6; WCAG
 * 1.4.1): a tick, an exclamation mark, a cross, a question mark.
 */
export const STATE_MARK: Readonly<Record<FleetState, string>> = {
  ok: '✓',
  warning: '!',
  error: '✕',
  unknown: '?',
};

/**
 * What is wrong with a printer in this page's language, errors first: the error bits, "down" when the
 * device is down without saying why, then supplies past the threshold. The server words the same in
 * English (`FleetStatus.error`); the page words it from the closed sets so that French reads French.
 * Open alerts are listed apart, in the printer's own words. Null when nothing is wrong.
 */
export function troubleText(s: FleetStatus, t: Strings): string | null {
  const errors = s.flags.filter((f) => flagSeverity(f) === 'error');
  const warnings = s.flags.filter((f) => flagSeverity(f) === 'warning');
  const words = [
    ...(s.state === 'error' && errors.length === 0 && s.deviceStatus === 'down' ? [t.down] : []),
    ...errors.map((f) => t.flags[f]),
    ...warnings.map((f) => t.flags[f]),
    ...s.supplies.flatMap((x) =>
      x.condition === 'ok' || x.condition === 'unknown'
        ? []
        : [t.supply(x.description, t.supplyCondition[x.condition])],
    ),
  ];
  if (words.length === 0) return null;
  const text = [...new Set(words)].join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export type Reach = 'yes' | 'no' | 'never' | 'off';

/** Whether the printer answers SNMP, in words: not monitored, not read yet, answering, or why not. */
export function reachText(s: FleetStatus, t: Strings): { reach: Reach; text: string } {
  if (s.monitoring === 'off') return { reach: 'off', text: t.fleet.reach.off };
  if (s.reachable === null) return { reach: 'never', text: t.fleet.reach.never };
  if (s.reachable) return { reach: 'yes', text: t.fleet.reach.yes };
  const why = s.pollError ? t.pollError[s.pollError.kind] : t.pollError.network;
  return { reach: 'no', text: t.fleet.reach.no(why) };
}

/** `#/fleet?state=error`: the filter in the address, null (all) when absent or not a state. */
export function filterFromParams(params: Readonly<Record<string, string>>): FleetState | null {
  const state = params.state;
  return state !== undefined && (FLEET_STATES as readonly string[]).includes(state)
    ? (state as FleetState)
    : null;
}

/** How many printers are in each state, and in all. */
export function countByState(list: readonly FleetStatus[]): Record<'all' | FleetState, number> {
  const counts = { all: list.length, error: 0, warning: 0, ok: 0, unknown: 0 };
  for (const s of list) counts[s.state]++;
  return counts;
}

const RANK: Readonly<Record<FleetState, number>> = { error: 0, warning: 1, unknown: 2, ok: 3 };

/** The printers to show: those in `filter` (all when null), the ones needing help first, then by name. */
export function visibleFleet(list: readonly FleetStatus[], filter: FleetState | null): FleetStatus[] {
  return list
    .filter((s) => filter === null || s.state === filter)
    .sort((a, b) => RANK[a.state] - RANK[b.state] || a.printer.localeCompare(b.printer));
}

const SEVERITY_RANK: Readonly<Record<AlertSeverity, number>> = { critical: 0, warning: 1, other: 2 };

/** Open alerts as an administrator reads them: the critical ones first, then the newest. */
export function orderedAlerts(alerts: readonly FleetAlert[]): FleetAlert[] {
  return [...alerts].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.raisedAt.localeCompare(a.raisedAt),
  );
}

/**
 * A printer's detail with its state from the fleet list when that one is newer: the view refreshes the
 * light list every 10 s and the heavy detail (30 days of readings) less often.
 */
export function withLatestStatus<T extends FleetStatus>(
  detail: T,
  listed: FleetStatus | null | undefined,
): T {
  if (!listed || listed.printer !== detail.printer) return detail;
  if ((listed.lastPollAt ?? '') <= (detail.lastPollAt ?? '')) return detail;
  return { ...detail, ...listed };
}
