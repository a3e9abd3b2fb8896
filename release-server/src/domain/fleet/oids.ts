/**
 * The objects the poller reads (STANDARDS.md §2): RFC 1213 system group, RFC 2790 Host Resources
 * (hrDeviceTable, hrPrinterTable) and RFC 3805 Printer MIB tables. Numeric, without a leading dot.
 * Table columns are given without instance: the instance is `.<hrDeviceIndex>[.<row>]`.
 */
export const OID = {
  sysDescr: '1.3.6.1.2.1.1.1.0',
  sysUpTime: '1.3.6.1.2.1.1.3.0',
  sysName: '1.3.6.1.2.1.1.5.0',
  sysLocation: '1.3.6.1.2.1.1.6.0',
  hrDeviceType: '1.3.6.1.2.1.25.3.2.1.2',
  hrDeviceDescr: '1.3.6.1.2.1.25.3.2.1.3',
  hrDeviceStatus: '1.3.6.1.2.1.25.3.2.1.5',
  hrPrinterStatus: '1.3.6.1.2.1.25.3.5.1.1',
  hrPrinterDetectedErrorState: '1.3.6.1.2.1.25.3.5.1.2',
  prtGeneralSerialNumber: '1.3.6.1.2.1.43.5.1.1.17',
  prtMarkerCounterUnit: '1.3.6.1.2.1.43.10.2.1.3',
  prtMarkerLifeCount: '1.3.6.1.2.1.43.10.2.1.4',
  prtMarkerSuppliesEntry: '1.3.6.1.2.1.43.11.1.1',
  prtMarkerColorantValue: '1.3.6.1.2.1.43.12.1.1.4',
  prtAlertEntry: '1.3.6.1.2.1.43.18.1.1',
} as const;

/** `hrDeviceType` of a printer: hrDevicePrinter (RFC 2790). */
export const HR_DEVICE_PRINTER = '1.3.6.1.2.1.25.3.1.5';

/** Columns of prtMarkerSuppliesEntry (RFC 3805). */
export const SUPPLY_COLUMN = {
  markerIndex: 2,
  colorantIndex: 3,
  class: 4,
  type: 5,
  description: 6,
  unit: 7,
  max: 8,
  level: 9,
} as const;

/** Columns of prtAlertEntry (RFC 3805). */
export const ALERT_COLUMN = {
  severity: 2,
  training: 3,
  group: 4,
  groupIndex: 5,
  location: 6,
  code: 7,
  description: 8,
  time: 9,
} as const;

/** What the poller walks, in this order, once the scalars are read. */
export const WALKED_SUBTREES = [
  OID.prtMarkerCounterUnit,
  OID.prtMarkerLifeCount,
  OID.prtMarkerSuppliesEntry,
  OID.prtMarkerColorantValue,
  OID.prtAlertEntry,
] as const;
