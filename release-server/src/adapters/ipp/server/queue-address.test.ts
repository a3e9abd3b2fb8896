import { PassThrough } from 'node:stream';
import { DEFAULT_SETTINGS } from '@quire/protocol';
import type { IppAttribute } from '@quire/protocol/ipp';
import { describe, expect, it } from 'vitest';
import type { JobRecord } from '../../sqlite/job-store';
import { jobAttributes } from './job-attributes';
import { printerAttributes } from './printer-attributes';
import { arrivesOverTls, type QueueAddress } from './queue-address';

const HTTPS: QueueAddress = { host: 'quire.example:8631', secure: true };
const HTTP: QueueAddress = { host: 'quire.example:8080', secure: false };

const values = (attrs: IppAttribute[], name: string) =>
  attrs.find((a) => a.name === name)?.values.map((v) => v.value);

describe('URIs the queue tells a client (RFC 7472 §4, RFC 8011 §5.4.3)', () => {
  it.each([
    [HTTPS, 'ipps://quire.example:8631/ipp/print', 'tls', 'https://quire.example:8631/'],
    [HTTP, 'ipp://quire.example:8080/ipp/print', 'none', 'http://quire.example:8080/'],
  ])('%o: %s, %s', (address, uri, security, web) => {
    const attrs = printerAttributes(
      { address, queuedJobCount: 0, acceptingJobs: true, uriAuthentication: 'requesting-user-name' },
      [],
    );
    expect(values(attrs, 'printer-uri-supported')).toEqual([uri]);
    expect(values(attrs, 'uri-security-supported')).toEqual([security]);
    expect(values(attrs, 'uri-authentication-supported')).toEqual(['requesting-user-name']);
    expect(values(attrs, 'printer-more-info')).toEqual([web]);
  });

  it.each(['requesting-user-name', 'basic'] as const)(
    'says uri-authentication-supported %s, one value for the one URI, over either way in',
    (uriAuthentication) => {
      for (const address of [HTTPS, HTTP]) {
        const attrs = printerAttributes(
          { address, queuedJobCount: 0, acceptingJobs: true, uriAuthentication },
          ['uri-authentication-supported', 'printer-uri-supported'],
        );
        expect(values(attrs, 'uri-authentication-supported')).toEqual([uriAuthentication]);
        expect(values(attrs, 'printer-uri-supported')).toHaveLength(1);
      }
    },
  );

  it('names a job under the same way in', () => {
    const job = {
      id: 42,
      name: 'report.pdf',
      requestingUserName: 'ada',
      state: 'held',
      settings: DEFAULT_SETTINGS,
      submittedAt: 0,
      updatedAt: 0,
      printedAt: null,
      size: 1,
      format: 'application/pdf',
      spoolFile: 'x',
      error: null,
      pages: 1,
    } as unknown as JobRecord;
    const attrs = jobAttributes(job, HTTPS, ['job-uri', 'job-printer-uri'], []);
    expect(values(attrs, 'job-uri')).toEqual(['ipps://quire.example:8631/ipp/print/42']);
    expect(values(attrs, 'job-printer-uri')).toEqual(['ipps://quire.example:8631/ipp/print']);
  });
});

describe('arrivesOverTls', () => {
  it('reads the socket under the request, not what the client claims', () => {
    const over = (socket: unknown) => Object.assign(new PassThrough(), { socket });
    expect(arrivesOverTls(over({ encrypted: true }))).toBe(true);
    expect(arrivesOverTls(over({}))).toBe(false);
    expect(arrivesOverTls(new PassThrough())).toBe(false);
  });
});
