import { JobStateEnum } from '@quire/protocol/ipp';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JobTemplate } from './job-template';
import { type NewJob, PrintEngine, type SimJob } from './print-engine';

const template: JobTemplate = {
  copies: 1,
  sides: 'one-sided',
  printColorMode: 'auto',
  colorMode: 'color',
  finishings: [],
  media: null,
  numberUp: 1,
};
const newJob = (name = 'doc'): NewJob => ({
  name,
  user: 'alice',
  format: 'application/pdf',
  size: 10,
  sha256: 'x',
  file: null,
  template,
});

describe('PrintEngine', () => {
  let completed: SimJob[];
  let discarded: SimJob[];
  let engine: PrintEngine;

  beforeEach(() => {
    vi.useFakeTimers();
    completed = [];
    discarded = [];
    engine = new PrintEngine({
      processingMs: 1000,
      onCompleted: (j) => completed.push(j),
      onDiscarded: (j) => discarded.push(j),
    });
  });
  afterEach(() => {
    engine.stop();
    vi.useRealTimers();
  });

  it('takes a job pending, processes it, and completes it after the processing time', async () => {
    expect(engine.admit()).toBe('ok');
    const job = engine.accept(newJob());
    expect(job.state).toBe(JobStateEnum.pending);
    await vi.advanceTimersByTimeAsync(0);
    expect(job.state).toBe(JobStateEnum.processing);
    expect(engine.status()).toEqual({ state: 4, reasons: ['none'], acceptingJobs: true });
    await vi.advanceTimersByTimeAsync(1000);
    expect(job.state).toBe(JobStateEnum.completed);
    expect(job.reasons).toEqual(['job-completed-successfully']);
    expect(completed).toEqual([job]);
    expect(engine.status().state).toBe(3);
  });

  it('is busy while a job is arriving or under way, and free again after it', async () => {
    expect(engine.admit()).toBe('ok');
    expect(engine.admit()).toBe('busy');
    engine.abandon();
    expect(engine.admit()).toBe('ok');
    engine.accept(newJob());
    expect(engine.admit()).toBe('busy');
    await vi.advanceTimersByTimeAsync(1000);
    expect(engine.admit()).toBe('ok');
  });

  it('stops the job under way at processing-stopped while a fault is set, and finishes it after', async () => {
    engine.admit();
    const job = engine.accept(newJob());
    await vi.advanceTimersByTimeAsync(600);
    engine.setFault('jam', true);
    expect(job.state).toBe(JobStateEnum.processingStopped);
    expect(job.reasons).toEqual(['printer-stopped']);
    expect(engine.status()).toEqual({ state: 5, reasons: ['media-jam-error'], acceptingJobs: true });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(completed).toEqual([]);
    engine.setFault('jam', false);
    expect(job.state).toBe(JobStateEnum.processing);
    await vi.advanceTimersByTimeAsync(399);
    expect(completed).toEqual([]);
    await vi.advanceTimersByTimeAsync(2);
    expect(completed).toEqual([job]);
  });

  it('keeps a job that arrives during a fault pending with reason printer-stopped until it clears', async () => {
    engine.setFault('door-open', true);
    engine.admit();
    const job = engine.accept(newJob());
    await vi.advanceTimersByTimeAsync(5000);
    expect(job.state).toBe(JobStateEnum.pending);
    expect(job.reasons).toEqual(['printer-stopped']);
    engine.setFault('door-open', false);
    expect(job.state).toBe(JobStateEnum.processing);
    await vi.advanceTimersByTimeAsync(1000);
    expect(completed).toEqual([job]);
  });

  it.each([
    ['jam', ['media-jam-error'], true],
    ['offline', ['offline-error'], false],
    ['no-paper', ['media-empty-error'], true],
    ['toner-empty', ['toner-empty-error', 'marker-supply-empty-error'], true],
    ['door-open', ['door-open-error'], true],
  ] as const)('fault %s: stopped with %j, accepting jobs %s', (fault, reasons, accepting) => {
    engine.setFault(fault, true);
    expect(engine.status()).toEqual({ state: 5, reasons, acceptingJobs: accepting });
    expect(engine.admit()).toBe(accepting ? 'ok' : 'not-accepting');
    engine.setFault(fault, false);
    expect(engine.status().reasons).toEqual(['none']);
  });

  it('reports several faults at once, in a stable order', () => {
    engine.setFault('door-open', true);
    engine.setFault('jam', true);
    expect(engine.faultList()).toEqual(['jam', 'door-open']);
    expect(engine.status().reasons).toEqual(['media-jam-error', 'door-open-error']);
  });

  it('cancels a job under way and refuses to cancel a finished one', async () => {
    engine.admit();
    const job = engine.accept(newJob());
    await vi.advanceTimersByTimeAsync(100);
    expect(engine.cancel(job.id)).toBe('canceled');
    expect(job.state).toBe(JobStateEnum.canceled);
    expect(discarded).toEqual([job]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(completed).toEqual([]);
    expect(engine.cancel(job.id)).toBe('not-possible');
    expect(engine.cancel(999)).toBe('not-found');
    expect(engine.admit()).toBe('ok');
  });
});
