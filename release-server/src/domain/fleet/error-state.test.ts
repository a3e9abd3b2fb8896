import type { PrinterErrorFlag } from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import { decodeErrorState, flagSeverity } from './error-state';

describe('decodeErrorState (RFC 2790: bit 0 is the most significant bit of byte 0)', () => {
  it.each<[string, number[], PrinterErrorFlag[]]>([
    ['no bytes', [], []],
    ['one zero byte', [0x00], []],
    ['two zero bytes', [0x00, 0x00], []],
    ['lowPaper is the top bit', [0x80], ['lowPaper']],
    ['noPaper', [0x40], ['noPaper']],
    ['lowToner', [0x20], ['lowToner']],
    ['noToner', [0x10], ['noToner']],
    ['doorOpen', [0x08], ['doorOpen']],
    ['jammed in one byte', [0x04], ['jammed']],
    ['jammed in two bytes', [0x04, 0x00], ['jammed']],
    ['offline', [0x02], ['offline']],
    ['serviceRequested is the bottom bit of byte 0', [0x01], ['serviceRequested']],
    ['inputTrayMissing is the top bit of byte 1', [0x00, 0x80], ['inputTrayMissing']],
    ['outputTrayMissing', [0x00, 0x40], ['outputTrayMissing']],
    ['markerSupplyMissing', [0x00, 0x20], ['markerSupplyMissing']],
    ['outputNearFull', [0x00, 0x10], ['outputNearFull']],
    ['outputFull', [0x00, 0x08], ['outputFull']],
    ['inputTrayEmpty', [0x00, 0x04], ['inputTrayEmpty']],
    ['overduePreventMaint', [0x00, 0x02], ['overduePreventMaint']],
    ['bit 15 is not defined', [0x00, 0x01], []],
    ['jam with door open and offline', [0x0e], ['doorOpen', 'jammed', 'offline']],
    ['low toner and output nearly full across bytes', [0x20, 0x10], ['lowToner', 'outputNearFull']],
    ['a third byte is ignored', [0x00, 0x00, 0xff], []],
    [
      'every defined bit',
      [0xff, 0xfe],
      [
        'lowPaper',
        'noPaper',
        'lowToner',
        'noToner',
        'doorOpen',
        'jammed',
        'offline',
        'serviceRequested',
        'inputTrayMissing',
        'outputTrayMissing',
        'markerSupplyMissing',
        'outputNearFull',
        'outputFull',
        'inputTrayEmpty',
        'overduePreventMaint',
      ],
    ],
  ])('%s: %j', (_name, bytes, flags) => {
    expect(decodeErrorState(Uint8Array.from(bytes))).toEqual(flags);
  });
});

describe('flagSeverity', () => {
  it.each<[PrinterErrorFlag, 'error' | 'warning']>([
    ['jammed', 'error'],
    ['noPaper', 'error'],
    ['doorOpen', 'error'],
    ['offline', 'error'],
    ['noToner', 'error'],
    ['lowToner', 'warning'],
    ['lowPaper', 'warning'],
    ['serviceRequested', 'warning'],
  ])('%s is %s', (flag, severity) => {
    expect(flagSeverity(flag)).toBe(severity);
  });
});
