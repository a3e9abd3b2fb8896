export {
  type AlertKey,
  alertSeverityOf,
  diffAlerts,
  type PrinterAlertRow,
  printerAlerts,
  supplyAlerts,
  type WantedAlert,
} from './alerts';
export { type Assessment, assess, fleetBlockingReason } from './assess';
export { counterUnitOf, decodeReading, type PrinterReading, printerDeviceIndex } from './decode';
export { decodeErrorState, FLAG_WORDS, flagSeverity } from './error-state';
export { COUNTER32, DEFAULT_MAX_WRAP_USAGE, type MeterDelta, type MeterPoint, meterDelta } from './meter';
export { HR_DEVICE_PRINTER, OID, WALKED_SUBTREES } from './oids';
export { METER_CSV_HEADER, type MeterCsvRow, meterCsvCells } from './readings-csv';
export { hostOfUri, mergeSnmpSettings, type StoredSnmpSettings, snmpSettingsView } from './snmp-settings';
export type { RawReading, SnmpValue } from './snmp-value';
export { DEFAULT_LOW_SUPPLY_PERCENT, supplyCondition, supplyPercent, toFleetSupply } from './supplies';
