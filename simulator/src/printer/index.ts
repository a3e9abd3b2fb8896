export { FAULT_REASONS } from './faults';
export { DOCUMENT_FORMATS, type SimPrinterInput, type SimPrinterOptions } from './options';
export type { PrinterStatusNow, SimJob } from './print-engine';
export { MAX_REQUEST_HEADER_BYTES, type SimPrinter, startSimPrinter } from './sim-printer';
