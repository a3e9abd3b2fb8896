import type { AdminJob } from '@quire/protocol';
import { DEFAULT_SETTINGS } from '@quire/protocol';
import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../../lib/api-client';
import { listJobs, releaseStatus } from './api';

const job = (id: number, state: AdminJob['state'], over: Partial<AdminJob> = {}): AdminJob => ({
  id,
  name: 'report.pdf',
  owner: 'alice',
  submittedAt: '2026-03-10T10:00:00.000Z',
  pages: 2,
  submittedColor: 'color',
  settings: DEFAULT_SETTINGS,
  size: 1234,
  source: 'ipp',
  state,
  lastError: null,
  cost: null,
  requestingUserName: 'alice',
  userEmail: 'alice@example.com',
  format: 'application/pdf',
  ...over,
});

/** A server whose jobs are `jobs`, answering `GET /jobs` with its filters on state. */
function server(jobs: AdminJob[]) {
  const fetch = vi.fn(async (url: string | URL | Request) => {
    const q = new URL(String(url), 'http://x').searchParams;
    const state = q.get('state');
    const found = jobs.filter((j) => state === null || j.state === state);
    return Response.json(found, { headers: { 'x-total-count': String(found.length) } });
  });
  const api = createApiClient({
    credentials: { kind: 'token', token: 't' },
    fetch: fetch as typeof globalThis.fetch,
  });
  const paths = () => fetch.mock.calls.map(([url]) => String(url));
  return { api, paths };
}

const seven = { id: 7, state: 'held' as const, owner: 'alice@example.com' };

describe('the queue API', () => {
  it('puts only the filters given in the address', async () => {
    const { api, paths } = server([]);
    await listJobs(api, { user: 'alice', printer: '', state: undefined, limit: 51, offset: 50 });
    expect(paths()).toEqual(['/api/admin/jobs?limit=51&offset=50&user=alice']);
  });

  it('reads how many match in all from x-total-count, and says null when a proxy dropped it', async () => {
    const { api } = server([job(1, 'held'), job(2, 'held'), job(3, 'printed')]);
    const held = await listJobs(api, { state: 'held', limit: 50, offset: 0 });
    expect([held.jobs.length, held.total]).toEqual([2, 2]);
    const bare = createApiClient({
      credentials: { kind: 'token', token: 't' },
      fetch: (async () => Response.json([job(1, 'held')])) as typeof globalThis.fetch,
    });
    expect((await listJobs(bare, { limit: 50, offset: 0 })).total).toBeNull();
  });

  it('follows a release: printing while the job is releasing, looking at that owner and printer only', async () => {
    const { api, paths } = server([job(7, 'releasing')]);
    expect(await releaseStatus(api, seven, 'eve')).toEqual({ phase: 'printing' });
    expect(paths()).toEqual([
      '/api/admin/jobs?limit=1000&offset=0&user=alice%40example.com&printer=eve&state=releasing',
    ]);
  });

  it('says printed once the job is printed', async () => {
    const { api } = server([job(7, 'printed')]);
    expect(await releaseStatus(api, seven, 'eve')).toEqual({ phase: 'printed' });
  });

  it('says failed, with the reason, when the job is back in its state', async () => {
    const error = { code: 'printer-aborted-job', message: 'eve aborted the job.' } as const;
    const { api } = server([job(7, 'held', { lastError: error })]);
    expect(await releaseStatus(api, seven, 'eve')).toEqual({ phase: 'failed', error });
  });

  it('says gone when the job is in none of those states (deleted meanwhile)', async () => {
    const { api } = server([job(7, 'deleted'), job(8, 'printed')]);
    expect(await releaseStatus(api, seven, 'eve')).toEqual({ phase: 'gone' });
  });
});
