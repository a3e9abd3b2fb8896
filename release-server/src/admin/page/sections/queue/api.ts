import {
  type AdminJob,
  adminJobSchema,
  adminReleaseResultSchema,
  type ErrorBody,
  type JobState,
  TOTAL_COUNT_HEADER,
} from '@quire/protocol';
import * as z from 'zod/mini';
import type { ApiClient } from '../../lib/api-client';

/** The queue endpoints (release-server/src/admin/queue.ts), each answer parsed with its protocol schema. */

const jobListSchema = z.array(adminJobSchema);

export interface QueueFilter {
  /** An email or short name; a name no user has finds the jobs sent under it. */
  user?: string | undefined;
  /** Jobs whose latest release went to this printer. */
  printer?: string | undefined;
  state?: JobState | undefined;
}

/**
 * `GET /jobs?user=&printer=&state=&limit=&offset=`: newest first, with how many match in all (the
 * server's `x-total-count`; null if a proxy dropped it).
 */
export async function listJobs(
  api: ApiClient,
  f: QueueFilter & { limit: number; offset: number },
  signal?: AbortSignal,
): Promise<{ jobs: AdminJob[]; total: number | null }> {
  const q = new URLSearchParams({ limit: String(f.limit), offset: String(f.offset) });
  for (const name of ['user', 'printer', 'state'] as const) {
    const value = f[name];
    if (value) q.set(name, value);
  }
  const { data, headers } = await api.request(`/jobs?${q}`, {
    schema: jobListSchema,
    ...(signal && { signal }),
  });
  const total = Number.parseInt(headers.get(TOTAL_COUNT_HEADER) ?? '', 10);
  return { jobs: data, total: Number.isSafeInteger(total) && total >= 0 ? total : null };
}

/** `DELETE /jobs/:id` (204): the history records the deletion. */
export const deleteJob = (api: ApiClient, id: number) => api.request(`/jobs/${id}`, { method: 'DELETE' });

/**
 * `POST /jobs/:id/release`: on its way (202) or already made with this id (200); a refusal (quota,
 * printer, no longer held) is an error with the server's code and words, and the job stays held.
 */
export const releaseJob = (api: ApiClient, id: number, printer: string, releaseId: string) =>
  api.send('POST', `/jobs/${id}/release`, adminReleaseResultSchema, { printer, releaseId });

/** Where a job released to `printer` stands: still printing, printed, back in the queue with why, or gone. */
export type ReleaseStatus =
  | { phase: 'printing' }
  | { phase: 'printed' }
  | { phase: 'failed'; error: ErrorBody | null }
  | { phase: 'gone' };

/** Jobs a look at one state may have to read past to find one job of one owner at one printer. */
const LOOK = 1000;

/**
 * How a release on the owner's behalf is going (services/release.ts): the job is `releasing` until the
 * printer has it printed (then `printed`) or the release failed (then back to `held`, or `kept` for a
 * job printed before, with `lastError`). There is no job-by-id route, so each look is the owner's jobs
 * at that printer in one state: small lists, whatever the size of the queue.
 */
export async function releaseStatus(
  api: ApiClient,
  job: Pick<AdminJob, 'id' | 'state'> & { owner: string },
  printer: string,
  signal?: AbortSignal,
): Promise<ReleaseStatus> {
  const look = async (state: JobState) =>
    (await listJobs(api, { user: job.owner, printer, state, limit: LOOK, offset: 0 }, signal)).jobs.find(
      (j) => j.id === job.id,
    );
  if (await look('releasing')) return { phase: 'printing' };
  const back = await look(job.state);
  if (back) return { phase: 'failed', error: back.lastError };
  return (await look('printed')) ? { phase: 'printed' } : { phase: 'gone' };
}
