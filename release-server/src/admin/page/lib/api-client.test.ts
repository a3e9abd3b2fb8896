import { fleetStatusSchema } from '@quire/protocol';
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { getFleet, getHistoryCsv, getReadingsCsv, importCsv, pollPrinter } from './admin-api';
import { ApiError, createApiClient } from './api-client';
import { errorText } from './error-text';
import { STRINGS } from './i18n';
import { fleetStatus } from './test-fixtures';

const ok = fleetStatus();

const answer = (status: number, body: unknown, type = 'application/json') =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'content-type': type },
  });

function client(res: () => Response | Promise<Response>) {
  const fetch = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => res());
  const onUnauthorized = vi.fn();
  const api = createApiClient({
    credentials: { kind: 'token', token: 'tok-0123456789abcdef' },
    fetch: fetch as typeof globalThis.fetch,
    onUnauthorized,
  });
  return { api, fetch, onUnauthorized };
}

const failure = (p: Promise<unknown>) =>
  p.then(
    () => expect.unreachable('should fail'),
    (e: unknown) => e as ApiError,
  );

describe('the admin API client', () => {
  it('sends the token and parses the answer with the schema', async () => {
    const { api, fetch } = client(() => answer(200, [ok]));
    expect(await getFleet(api)).toEqual([ok]);
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/api/admin/fleet');
    expect((init!.headers as Record<string, string>).authorization).toBe('Bearer tok-0123456789abcdef');
  });

  it('posts "get status now" to the printer, its name encoded', async () => {
    const { api, fetch } = client(() => answer(200, ok));
    await pollPrinter(api, 'a b');
    expect(fetch.mock.calls[0]![0]).toBe('/api/admin/fleet/a%20b/poll');
    expect(fetch.mock.calls[0]![1]!.method).toBe('POST');
  });

  it('refuses an answer that does not match the protocol', async () => {
    const { api } = client(() => answer(200, [{ ...ok, state: 'on fire' }]));
    const e = await failure(getFleet(api));
    expect(e).toBeInstanceOf(ApiError);
    expect(e.code).toBe('bad-answer');
    expect(errorText(e, STRINGS.en)).toBe(STRINGS.en.errors.badAnswer);
  });

  it('on 401 says so and lets the page ask for the token again', async () => {
    const { api, onUnauthorized } = client(() =>
      answer(401, { code: 'unauthorized', message: 'Missing or wrong admin token.' }),
    );
    const e = await failure(getFleet(api));
    expect([e.code, e.status]).toEqual(['unauthorized', 401]);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('carries the server error code and words, translated when the page knows the code', async () => {
    const { api, onUnauthorized } = client(() =>
      answer(404, { code: 'unknown-printer', message: 'There is no printer "x".' }),
    );
    const e = await failure(api.send('POST', '/fleet/x/poll', fleetStatusSchema));
    expect([e.code, e.status, e.message]).toEqual(['unknown-printer', 404, 'There is no printer "x".']);
    expect(errorText(e, STRINGS.en)).toBe('There is no printer "x".');
    expect(errorText(e, STRINGS.fr)).toBe('Cette imprimante n’existe pas.');
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('says "no answer" when the server cannot be reached', async () => {
    const { api } = client(() => Promise.reject(new TypeError('fetch failed')));
    const e = await failure(api.get('/x', z.unknown()));
    expect([e.code, e.status]).toEqual(['network', 0]);
    expect(errorText(e, STRINGS.fr)).toBe(STRINGS.fr.errors.network);
  });

  it('does not understand a proxy page', async () => {
    const { api } = client(() => answer(502, '<html>Bad gateway</html>', 'text/html'));
    const e = await failure(api.get('/x', z.unknown()));
    expect([e.code, e.status]).toEqual(['bad-answer', 502]);
  });

  it('lets an aborted call reject with the abort, not as a failure to show', async () => {
    const controller = new AbortController();
    const { api } = client(() => {
      controller.abort();
      return Promise.reject(new DOMException('aborted', 'AbortError'));
    });
    const e = await failure(api.get('/x', z.unknown(), controller.signal));
    expect(e).not.toBeInstanceOf(ApiError);
  });

  it('fetches the CSV as a blob', async () => {
    const { api, fetch } = client(() => answer(200, '\ufeffprinter,read_at\n', 'text/csv'));
    const blob = await getReadingsCsv(api, 'sim-color');
    expect(fetch.mock.calls[0]![0]).toBe('/api/admin/fleet/readings.csv?printer=sim-color');
    expect(await blob.text()).toContain('printer,read_at');
  });

  it('signed in with a session: sends the CSRF token on changes only, never a token', async () => {
    const fetch = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => answer(200, [ok]));
    const api = createApiClient({
      credentials: { kind: 'session', csrfToken: 'csrf-abc' },
      fetch: fetch as typeof globalThis.fetch,
    });
    await getFleet(api);
    await pollPrinter(api, 'sim-mono').catch(() => undefined);
    const [get, post] = fetch.mock.calls.map((c) => c[1]!);
    expect(get!.headers).toEqual({});
    expect(post!.headers).toEqual({ 'x-csrf-token': 'csrf-abc' });
    expect(post!.credentials).toBe('same-origin');
  });

  it('says which 401 it was, so that the page can say why it asks again', async () => {
    const { api, onUnauthorized } = client(() =>
      answer(401, { code: 'session-expired', message: 'Your session has ended.' }),
    );
    await failure(getFleet(api));
    expect(onUnauthorized).toHaveBeenCalledWith('session-expired');
  });

  it('reads an import’s 422 as its report, not as a failure', async () => {
    const report = {
      applied: false,
      dryRun: true,
      created: ['a@x.org'],
      updated: [],
      deleted: [],
      errors: [{ line: 3, reason: 'bad' }],
    };
    const { api, fetch } = client(() => answer(422, report));
    expect(await importCsv(api, 'users', 'EMAIL\n', { dryRun: true, mode: 'all-or-nothing' })).toEqual(
      report,
    );
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/api/admin/users/import?mode=all-or-nothing&dryRun=1');
    expect(init!.body).toBe('EMAIL\n');
    expect((init!.headers as Record<string, string>)['content-type']).toBe('text/csv; charset=utf-8');
  });

  it('asks for the CSV by type where the route also answers JSON', async () => {
    const { api, fetch } = client(() => answer(200, '\ufeffat,kind\n', 'text/csv'));
    await getHistoryCsv(api, { from: '2026-01-01', kind: undefined });
    expect(fetch.mock.calls[0]![0]).toBe('/api/admin/history?from=2026-01-01');
    expect((fetch.mock.calls[0]![1]!.headers as Record<string, string>).accept).toBe('text/csv');
  });

  it('words an unknown throw as unexpected', () => {
    expect(errorText(new Error('boom'), STRINGS.en)).toBe(STRINGS.en.errors.unexpected);
  });
});
