import type { PrinterFault } from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import { type MibModelOptions, PrinterMibModel } from './printer-mib';

const model = (over: Partial<MibModelOptions> = {}) =>
  new PrinterMibModel({ color: true, lifeCount: 0, levels: {}, lowPercent: 10, ...over });
const hex = (b: Buffer) => b.toString('hex');

describe('PrinterMibModel', () => {
  it('has black only for a mono printer, CMYK for colour, and a waste box and a drum on both', () => {
    expect(model({ color: false }).supplies.map((s) => s.key)).toEqual(['black', 'waste', 'drum']);
    expect(model().supplies.map((s) => [s.key, s.index, s.classCode, s.typeCode, s.colorantIndex])).toEqual([
      ['black', 1, 3, 3, 1],
      ['cyan', 2, 3, 3, 2],
      ['magenta', 3, 3, 3, 3],
      ['yellow', 4, 3, 3, 4],
      ['waste', 5, 4, 4, 0],
      ['drum', 6, 3, 9, 0],
    ]);
    expect(model({ color: false }).colorants()).toEqual(['black']);
  });

  it('counts impressions and uses toner: CMY only for colour impressions; wraps at 2^32', () => {
    const m = model({ lifeCount: 2 ** 32 - 2 });
    m.print(6, true);
    m.print(3, false);
    expect(m.lifeCount).toBe(7);
    expect(Object.fromEntries(m.supplies.map((s) => [s.key, s.max - s.level]))).toEqual({
      black: 9,
      cyan: 6,
      magenta: 6,
      yellow: 6,
      waste: 9,
      drum: 9,
    });
  });

  it.each<[PrinterFault, string, number]>([
    ['jam', '0400', 8],
    ['offline', '0200', 22],
    ['no-paper', '4000', 808],
    ['toner-empty', '1000', 1101],
    ['door-open', '0800', 3],
  ])('%s sets error state %s and alert code %d', (fault, bytes, code) => {
    const m = model();
    m.setFaults([fault]);
    const { added } = m.reconcile(100);
    expect(hex(m.errorState())).toBe(bytes);
    expect(added).toMatchObject([{ index: 1, code, severity: 3, time: 100 }]);
    expect(m.deviceStatus()).toBe(5);
  });

  it('gives each new alert the next prtAlertIndex and removes it when its cause is gone', () => {
    const m = model();
    m.setFaults(['jam']);
    m.reconcile(1);
    m.setFaults(['jam', 'door-open']);
    m.reconcile(2);
    expect(m.alertRows().map((a) => [a.index, a.code])).toEqual([
      [1, 8],
      [2, 3],
    ]);
    m.setFaults(['door-open']);
    expect(m.reconcile(3).removed.map((a) => a.index)).toEqual([1]);
    m.setFaults(['door-open', 'jam']);
    m.reconcile(4);
    expect(m.alertRows().map((a) => [a.index, a.code])).toEqual([
      [2, 3],
      [3, 8],
    ]);
    m.setFaults([]);
    m.reconcile(5);
    expect(m.alertRows()).toEqual([]);
    expect(hex(m.errorState())).toBe('0000');
    expect(m.deviceStatus()).toBe(2);
  });

  it('reports low and empty toner by itself, as a warning then an error', () => {
    const m = model({ levels: { black: 9 } });
    m.reconcile(0);
    expect(hex(m.errorState())).toBe('2000'); // lowToner
    expect(m.alertRows()).toMatchObject([{ code: 1104, severity: 4, groupIndex: 1 }]);
    expect(m.deviceStatus()).toBe(3);
    m.setLevel('black', 0);
    m.reconcile(1);
    expect(hex(m.errorState())).toBe('1000'); // noToner
    expect(m.alertRows()).toMatchObject([{ index: 2, code: 1101, severity: 3 }]);
    expect(m.deviceStatus()).toBe(5);
  });

  it('maps the IPP printer-state to hrPrinterStatus', () => {
    const m = model();
    expect([3, 4, 5].map((s) => m.printerStatus(s))).toEqual([3, 4, 1]);
  });
});
