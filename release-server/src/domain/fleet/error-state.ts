import { PRINTER_ERROR_FLAGS, type PrinterErrorFlag } from '@quire/protocol';

/**
 * The flags set in `hrPrinterDetectedErrorState` (RFC 2790 §6), in bit order. Bit 0 is the most
 * significant bit of the first byte: 0x04 0x00 is `jammed` (bit 5), 0x00 0x80 `inputTrayMissing`
 * (bit 8). Printers send one byte or two (or, rarely, none); bits beyond the 15 defined are ignored.
 */
export function decodeErrorState(bytes: Uint8Array): PrinterErrorFlag[] {
  const flags: PrinterErrorFlag[] = [];
  for (const [bit, flag] of PRINTER_ERROR_FLAGS.entries()) {
    const byte = bytes[bit >> 3];
    if (byte !== undefined && (byte & (0x80 >> (bit & 7))) !== 0) flags.push(flag);
  }
  return flags;
}

/**
 * How much each flag matters. `error` flags stop printing (PRODUCT.md §11: jam, no paper, door open,
 * offline, ...): a release to the printer is refused. `warning` flags need attention soon.
 */
export function flagSeverity(flag: PrinterErrorFlag): 'error' | 'warning' {
  switch (flag) {
    case 'noPaper':
    case 'noToner':
    case 'doorOpen':
    case 'jammed':
    case 'offline':
    case 'inputTrayMissing':
    case 'outputTrayMissing':
    case 'markerSupplyMissing':
    case 'outputFull':
      return 'error';
    case 'lowPaper':
    case 'lowToner':
    case 'serviceRequested':
    case 'outputNearFull':
    case 'inputTrayEmpty':
    case 'overduePreventMaint':
      return 'warning';
    default:
      return flag satisfies never;
  }
}

/** Each flag in a few words for the fleet view and the panel. */
export const FLAG_WORDS: Readonly<Record<PrinterErrorFlag, string>> = {
  lowPaper: 'paper low',
  noPaper: 'out of paper',
  lowToner: 'toner low',
  noToner: 'out of toner',
  doorOpen: 'door open',
  jammed: 'paper jam',
  offline: 'offline',
  serviceRequested: 'service requested',
  inputTrayMissing: 'paper tray missing',
  outputTrayMissing: 'output tray missing',
  markerSupplyMissing: 'toner cartridge missing',
  outputNearFull: 'output tray nearly full',
  outputFull: 'output tray full',
  inputTrayEmpty: 'a paper tray is empty',
  overduePreventMaint: 'maintenance overdue',
};
