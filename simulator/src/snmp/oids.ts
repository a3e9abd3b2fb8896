/**
 * Where the simulated printer's agent puts things (STANDARDS.md §2): RFC 1213 system group, RFC 2790
 * hrDeviceTable and hrPrinterTable, RFC 3805 Printer MIB tables. Table OIDs are the `...Entry` nodes,
 * as net-snmp's table providers want them.
 */
export const SIM_OID = {
  system: '1.3.6.1.2.1.1',
  hrDeviceEntry: '1.3.6.1.2.1.25.3.2.1',
  hrPrinterEntry: '1.3.6.1.2.1.25.3.5.1',
  prtGeneralEntry: '1.3.6.1.2.1.43.5.1.1',
  prtMarkerEntry: '1.3.6.1.2.1.43.10.2.1',
  prtMarkerSuppliesEntry: '1.3.6.1.2.1.43.11.1.1',
  prtMarkerColorantEntry: '1.3.6.1.2.1.43.12.1.1',
  prtAlertEntry: '1.3.6.1.2.1.43.18.1.1',
  /** PWG 5107.1 Port Monitor MIB ppmPrinterEntry (ppmPrinterIEEE1284DeviceId is column 3). */
  ppmPrinterEntry: '1.3.6.1.4.1.2699.1.2.1.2.1.1',
} as const;

/** hrDevicePrinter (RFC 2790 hrDeviceTypes). */
export const HR_DEVICE_PRINTER = '1.3.6.1.2.1.25.3.1.5';

/** The one device this agent describes (STANDARDS.md §2: usually 1). */
export const DEVICE_INDEX = 1;

/** A sysObjectID under the IANA "enterprises.pwg" arc is not ours to take: say "unknown" (RFC 1213). */
export const SYS_OBJECT_ID = '0.0';

/** hrDeviceStatus (RFC 2790). */
export const DEVICE_STATUS = { running: 2, warning: 3, down: 5 } as const;
/** hrPrinterStatus (RFC 2790). */
export const PRINTER_STATUS = { other: 1, idle: 3, printing: 4 } as const;

/** hrPrinterDetectedErrorState bit numbers (RFC 2790): bit 0 is the top bit of the first byte. */
export const ERROR_BIT = {
  lowPaper: 0,
  noPaper: 1,
  lowToner: 2,
  noToner: 3,
  doorOpen: 4,
  jammed: 5,
  offline: 6,
  serviceRequested: 7,
} as const;

/** prtAlertSeverityLevel, prtAlertTrainingLevel and prtAlertGroup values used (RFC 3805). */
export const SEVERITY = { critical: 3, warning: 4 } as const;
export const TRAINING = { untrained: 3, trained: 4 } as const;
export const GROUP = { generalPrinter: 5, cover: 6, input: 8, markerSupplies: 11, mediaPath: 13 } as const;

/** prtMarkerCounterUnit impressions (RFC 3805 PrtMarkerCounterUnitTC). */
export const UNIT_IMPRESSIONS = 7;
/** prtMarkerMarkTech electrophotographicLaser (RFC 3805). */
export const MARK_TECH_LASER = 4;
