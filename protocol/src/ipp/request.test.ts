import { describe, expect, it } from 'vitest';
import { A } from './attributes';
import { Operation } from './constants';
import { operationRequest } from './request';
import { GroupTag } from './tags';

describe('operationRequest', () => {
  it('orders the operation group as RFC 8011 §4.1.4 asks, and adds a job group only with attributes', () => {
    const plain = operationRequest(Operation.GetJobs, 'ipp://h/ipp/print', [
      A.name('requesting-user-name', 'al'),
    ]);
    expect(plain).toMatchObject({ version: { major: 2, minor: 0 }, code: Operation.GetJobs, requestId: 1 });
    expect(plain.groups.map((g) => g.tag)).toEqual([GroupTag.operation]);
    expect(plain.groups[0]!.attributes.map((a) => a.name)).toEqual([
      'attributes-charset',
      'attributes-natural-language',
      'printer-uri',
      'requesting-user-name',
    ]);
    expect(operationRequest(Operation.PrintJob, 'ipp://h/ipp/print', [], { job: [] }).groups).toHaveLength(1);
    const withJob = operationRequest(Operation.PrintJob, 'ipp://h/ipp/print', [], {
      requestId: 42,
      job: [A.integer('copies', 2)],
    });
    expect(withJob.requestId).toBe(42);
    expect(withJob.groups.map((g) => g.tag)).toEqual([GroupTag.operation, GroupTag.job]);
  });
});
