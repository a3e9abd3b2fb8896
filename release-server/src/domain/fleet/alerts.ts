import type { AlertSeverity, FleetSupply } from '@quire/protocol';

/** One row of prtAlertTable as read (RFC 3805 §2.2.13). */
export interface PrinterAlertRow {
  /** `prtAlertIndex`: only ever increases on one agent (STANDARDS.md §2). */
  index: number;
  severityCode: number | null;
  code: number | null;
  group: number | null;
  groupIndex: number | null;
  description: string;
  /** `prtAlertTime`: sysUpTime when it was raised, in hundredths of a second. */
  time: number | null;
}

/** An alert as Quire keeps it: which one it is, and what to show. */
export interface AlertKey {
  source: 'printer' | 'supply';
  /** `prtAlertIndex` for a printer alert, `prtMarkerSuppliesIndex` for a supply alert. */
  index: number;
  code: number;
}

export interface WantedAlert extends AlertKey {
  severity: AlertSeverity;
  description: string;
}

/** `prtAlertSeverityLevel`: other(1), critical(3), warning(4), warningBinaryChangeEvent(5). */
export function alertSeverityOf(code: number | null): AlertSeverity {
  if (code === 3) return 'critical';
  if (code === 4 || code === 5) return 'warning';
  return 'other';
}

/** Words for the alert codes a printer may leave without a description (RFC 3805 PrtAlertCodeTC). */
const CODE_WORDS: Readonly<Record<number, string>> = {
  3: 'Cover open',
  5: 'Interlock open',
  8: 'Paper jam',
  9: 'Part missing',
  12: 'Almost empty',
  13: 'Empty',
  14: 'Almost full',
  15: 'Full',
  22: 'Offline',
  501: 'Door open',
  801: 'Paper tray missing',
  807: 'Paper low',
  808: 'Out of paper',
  901: 'Output tray missing',
  903: 'Output tray full',
  1101: 'Out of toner',
  1104: 'Toner low',
  1107: 'Waste toner box almost full',
  1109: 'Waste toner box full',
};

export function alertWords(code: number, description: string): string {
  return description || CODE_WORDS[code] || `Alert code ${code}`;
}

/** The printer's alert table as alerts Quire keeps. */
export function printerAlerts(rows: readonly PrinterAlertRow[]): WantedAlert[] {
  return rows.map((r) => ({
    source: 'printer',
    index: r.index,
    code: r.code ?? 2,
    severity: alertSeverityOf(r.severityCode),
    description: alertWords(r.code ?? 2, r.description),
  }));
}

/** `prtAlertGroup` markerSupplies(11): the alert's `prtAlertGroupIndex` is a `prtMarkerSuppliesIndex`. */
const MARKER_SUPPLIES_GROUP = 11;

/**
 * Supplies past the threshold as alerts (PRODUCT.md §11), with the printer MIB's own codes so they read
 * like the printer's: toner 1104 almost empty / 1101 empty, waste toner 1107 almost full / 1109 full,
 * anything else 12-15 subunit almost empty, empty, almost full, full. A supply the printer already
 * raises an alert about (`printerRows`, group markerSupplies) gets none of Quire's: one problem, one alert.
 */
export function supplyAlerts(
  supplies: readonly FleetSupply[],
  printerRows: readonly PrinterAlertRow[] = [],
): WantedAlert[] {
  const reported = new Set(
    printerRows.flatMap((r) =>
      r.group === MARKER_SUPPLIES_GROUP && r.groupIndex !== null ? [r.groupIndex] : [],
    ),
  );
  const out: WantedAlert[] = [];
  for (const s of supplies) {
    if (reported.has(s.index)) continue;
    const toner = s.type === 'toner' || s.type === 'tonerCartridge';
    const waste = s.type === 'wasteToner';
    const pct = s.percent === null ? '' : ` (${Math.floor(s.percent)} %)`;
    const alert = (code: number, severity: AlertSeverity, words: string): void => {
      out.push({
        source: 'supply',
        index: s.index,
        code,
        severity,
        description: `${s.description}: ${words}`,
      });
    };
    switch (s.condition) {
      case 'low':
        alert(toner ? 1104 : 12, 'warning', `low${pct}`);
        break;
      case 'empty':
        alert(toner ? 1101 : 13, 'critical', 'empty');
        break;
      case 'nearly-full':
        alert(waste ? 1107 : 14, 'warning', `nearly full${pct}`);
        break;
      case 'full':
        alert(waste ? 1109 : 15, 'critical', 'full');
        break;
      case 'ok':
      case 'unknown':
        break;
      default:
        s.condition satisfies never;
    }
  }
  return out;
}

const keyOf = (a: AlertKey): string => `${a.source}:${a.index}:${a.code}`;

/**
 * What changed between the alerts open before and those wanted now, by source and index (prtAlertIndex
 * only increases, so an index not seen before is a new alert) and code (an agent that restarted and
 * reuses an index for another alert clears the old one and raises the new).
 */
export function diffAlerts<T extends AlertKey>(
  open: readonly T[],
  wanted: readonly WantedAlert[],
): { raised: WantedAlert[]; cleared: T[] } {
  const openKeys = new Set(open.map(keyOf));
  const wantedKeys = new Set(wanted.map(keyOf));
  const seen = new Set<string>();
  const raised = wanted.filter((a) => {
    const key = keyOf(a);
    if (openKeys.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { raised, cleared: open.filter((a) => !wantedKeys.has(keyOf(a))) };
}
