import { describe, expect, it } from 'vitest';
import { blockingReason, reasonsFromFlags, withFleetReasons } from './printer-status';

describe('blockingReason: a printer that cannot take a job now, in words', () => {
  it.each([
    [{ state: 'idle', reasons: [], acceptingJobs: true }, null],
    [{ state: 'processing', reasons: ['media-low-warning', 'toner-low-report'], acceptingJobs: true }, null],
    [
      { state: 'stopped', reasons: ['media-jam-error'], acceptingJobs: true },
      ['printer-stopped', 'Hall has a paper jam. Your jobs stay held.'],
    ],
    [
      { state: 'stopped', reasons: ['media-empty-error', 'door-open-error'], acceptingJobs: true },
      ['printer-stopped', 'Hall is out of paper and has a door open. Your jobs stay held.'],
    ],
    [
      { state: 'stopped', reasons: [], acceptingJobs: true },
      ['printer-stopped', 'Hall is stopped. Your jobs stay held.'],
    ],
    [
      { state: 'idle', reasons: [], acceptingJobs: false },
      ['printer-not-accepting', 'Hall is not accepting jobs. Your jobs stay held.'],
    ],
    [{ state: 'idle', reasons: ['offline-report'], acceptingJobs: true }, null],
    [
      { state: 'processing', reasons: ['media-needed'], acceptingJobs: true },
      ['printer-stopped', 'Hall needs paper. Your jobs stay held.'],
    ],
  ] as const)('%j -> %j', (status, expected) => {
    const got = blockingReason('Hall', { ...status, reasons: [...status.reasons] });
    expect(got && [got.code, got.message]).toEqual(expected);
  });
});

describe('SNMP error bits as printer-state-reasons', () => {
  it.each([
    [['jammed'], ['media-jam-error']],
    [
      ['noPaper', 'inputTrayEmpty', 'doorOpen'],
      ['media-empty-error', 'door-open-error'],
    ],
    [['lowToner', 'lowPaper', 'overduePreventMaint'], []],
    [
      ['offline', 'noToner'],
      ['offline-error', 'toner-empty-error'],
    ],
  ] as const)('%j -> %j', (flags, reasons) => {
    expect(reasonsFromFlags(flags)).toEqual(reasons);
  });

  it('stops a printer IPP thinks is idle when SNMP sees a jam, and words it', () => {
    const status = withFleetReasons({ state: 'idle', reasons: [], acceptingJobs: true }, ['jammed']);
    expect(status).toEqual({ state: 'stopped', reasons: ['media-jam-error'], acceptingJobs: true });
    expect(blockingReason('Hall', status)?.message).toBe('Hall has a paper jam. Your jobs stay held.');
    const idle = { state: 'idle' as const, reasons: [], acceptingJobs: true };
    expect(withFleetReasons(idle, ['lowToner'])).toBe(idle);
  });
});
