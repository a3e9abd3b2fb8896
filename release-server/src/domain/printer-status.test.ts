import { describe, expect, it } from 'vitest';
import { blockingReason } from './printer-status';

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
