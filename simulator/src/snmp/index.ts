export { type SnmpAgent, type SnmpPrinterSource, startSnmpAgent } from './agent';
export { type SnmpAgentInput, type SnmpAgentOptions, snmpAgentOptionsSchema } from './options';
export { SUPPLY_KEYS, type SupplyKey } from './printer-mib';
export { type SnmpSimPrinter, startSnmpSimPrinter } from './sim-printer-snmp';
