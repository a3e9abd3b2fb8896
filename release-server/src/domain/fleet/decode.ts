import {
  type CounterUnit,
  DEVICE_STATUSES,
  type DeviceStatus,
  type FleetSupply,
  HR_PRINTER_STATUSES,
  type HrPrinterStatus,
  type PrinterErrorFlag,
} from '@quire/protocol';
import type { PrinterAlertRow } from './alerts';
import { decodeErrorState } from './error-state';
import { ALERT_COLUMN, HR_DEVICE_PRINTER, OID, SUPPLY_COLUMN } from './oids';
import { bytesAt, columnRows, numberAt, type RawReading, textAt, textOf } from './snmp-value';
import { DEFAULT_LOW_SUPPLY_PERCENT, toFleetSupply } from './supplies';

/** One printer's answer, decoded: what the fleet view shows and what the poller compares over time. */
export interface PrinterReading {
  /** Whether the agent serves a printer at all (hrDeviceType printer, or the Printer MIB tables). */
  isPrinter: boolean;
  deviceIndex: number;
  sysDescr: string | null;
  sysName: string | null;
  location: string | null;
  /** `hrDeviceDescr`, else `sysDescr`. */
  model: string | null;
  deviceStatus: DeviceStatus | null;
  printerStatus: HrPrinterStatus | null;
  flags: PrinterErrorFlag[];
  serial: string | null;
  /** `prtMarkerLifeCount` of the printer's first marker. */
  pageCount: number | null;
  counterUnit: CounterUnit | null;
  supplies: FleetSupply[];
  alerts: PrinterAlertRow[];
}

/** 1-5 to the word, null when absent or out of range. */
const wordOf = <T extends string>(words: readonly T[], n: number | null): T | null =>
  n !== null && n >= 1 && n <= words.length ? words[n - 1]! : null;

export function counterUnitOf(code: number | null): CounterUnit | null {
  if (code === null) return null;
  if (code === 7) return 'impressions';
  if (code === 8) return 'sheets';
  return 'other';
}

/**
 * The hrDeviceIndex of the printer (STANDARDS.md §2: usually 1; find it by walking hrDeviceType): the
 * lowest index whose type is hrDevicePrinter, else the lowest row of hrPrinterTable, else 1.
 */
export function printerDeviceIndex(raw: RawReading): { index: number; found: boolean } {
  const typed = columnRows(raw, OID.hrDeviceType).find(
    (r) => r.value.type === 'oid' && r.value.value.replace(/^\./, '') === HR_DEVICE_PRINTER,
  );
  if (typed?.instance.length === 1) return { index: typed.instance[0]!, found: true };
  const row = columnRows(raw, OID.hrPrinterStatus)[0];
  if (row?.instance.length === 1) return { index: row.instance[0]!, found: true };
  return { index: 1, found: false };
}

/** Rows of a two-index table (`hrDeviceIndex`, row) for one device, as column number -> value maps. */
function tableRows(
  raw: RawReading,
  entry: string,
  device: number,
): Map<number, Map<number, number | string>> {
  const start = `${entry}.`;
  const rows = new Map<number, Map<number, number | string>>();
  for (const [oid, v] of raw) {
    if (!oid.startsWith(start)) continue;
    const [column, dev, row, ...rest] = oid.slice(start.length).split('.').map(Number);
    if (column === undefined || dev !== device || row === undefined || rest.length > 0) continue;
    const cells = rows.get(row) ?? new Map<number, number | string>();
    cells.set(column, v.type === 'string' ? textOf(v.value) : v.value);
    rows.set(row, cells);
  }
  return new Map([...rows].sort(([a], [b]) => a - b));
}

const num = (v: number | string | undefined): number | null => (typeof v === 'number' ? v : null);
const str = (v: number | string | undefined): string => (typeof v === 'string' ? v : '');

/**
 * Decodes what an agent answered (STANDARDS.md §2). Pure: the same answer always decodes the same, from
 * whichever agent it came.
 */
export function decodeReading(raw: RawReading, options: { lowSupplyPercent?: number } = {}): PrinterReading {
  const { index: i, found } = printerDeviceIndex(raw);
  const sysDescr = textAt(raw, OID.sysDescr);

  const markers = columnRows(raw, OID.prtMarkerLifeCount).filter((r) => r.instance[0] === i);
  const marker = markers[0];
  const unitCell = marker && numberAt(raw, `${OID.prtMarkerCounterUnit}.${marker.instance.join('.')}`);

  const colorants = new Map<number, string>();
  for (const r of columnRows(raw, OID.prtMarkerColorantValue)) {
    if (r.instance[0] === i && r.instance.length === 2 && r.value.type === 'string')
      colorants.set(r.instance[1]!, textOf(r.value.value));
  }
  const supplies = [...tableRows(raw, OID.prtMarkerSuppliesEntry, i)].map(([index, c]) => {
    const colorantIndex = num(c.get(SUPPLY_COLUMN.colorantIndex));
    return toFleetSupply(
      {
        index,
        classCode: num(c.get(SUPPLY_COLUMN.class)),
        typeCode: num(c.get(SUPPLY_COLUMN.type)),
        description: str(c.get(SUPPLY_COLUMN.description)),
        colorant: (colorantIndex && colorants.get(colorantIndex)) || null,
        level: num(c.get(SUPPLY_COLUMN.level)) ?? -2,
        max: num(c.get(SUPPLY_COLUMN.max)) ?? -2,
      },
      options.lowSupplyPercent ?? DEFAULT_LOW_SUPPLY_PERCENT,
    );
  });
  const alerts: PrinterAlertRow[] = [...tableRows(raw, OID.prtAlertEntry, i)].map(([index, c]) => ({
    index,
    severityCode: num(c.get(ALERT_COLUMN.severity)),
    code: num(c.get(ALERT_COLUMN.code)),
    group: num(c.get(ALERT_COLUMN.group)),
    groupIndex: num(c.get(ALERT_COLUMN.groupIndex)),
    description: str(c.get(ALERT_COLUMN.description)),
    time: num(c.get(ALERT_COLUMN.time)),
  }));
  const errorBytes = bytesAt(raw, `${OID.hrPrinterDetectedErrorState}.${i}`);

  return {
    isPrinter: found || markers.length > 0 || supplies.length > 0,
    deviceIndex: i,
    sysDescr,
    sysName: textAt(raw, OID.sysName),
    location: textAt(raw, OID.sysLocation),
    model: textAt(raw, `${OID.hrDeviceDescr}.${i}`) || sysDescr,
    deviceStatus: wordOf(DEVICE_STATUSES, numberAt(raw, `${OID.hrDeviceStatus}.${i}`)),
    printerStatus: wordOf(HR_PRINTER_STATUSES, numberAt(raw, `${OID.hrPrinterStatus}.${i}`)),
    flags: errorBytes ? decodeErrorState(errorBytes) : [],
    serial: textAt(raw, `${OID.prtGeneralSerialNumber}.${i}`) || null,
    pageCount: marker && typeof marker.value.value === 'number' ? marker.value.value : null,
    counterUnit: counterUnitOf(unitCell ?? null),
    supplies,
    alerts,
  };
}
