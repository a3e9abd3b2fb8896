import {
  AppError,
  adminReleaseBodySchema,
  JOB_STATES,
  type JobState,
  TOTAL_COUNT_HEADER,
} from '@quire/protocol';
import type { Hono } from 'hono';
import type { AppEnv } from '../adapters/http/app-env';
import type { AdminQueueService } from '../services/admin-queue';
import { noteAudit } from './audit';
import { jsonBody, parseBody } from './body';
import { pageParams } from './query';

/**
 * The queue for helpdesk and administrators (issue 5):
 *
 * - `GET /jobs?user=&printer=&state=&limit=&offset=` → AdminJob[], newest first (1000 a page by
 *   default, at most 10000), and `x-total-count`. An array, as before filters came: the simulator,
 *   the tests and scripts read it so.
 * - `DELETE /jobs/:id` → 204; the history records the deletion
 * - `POST /jobs/:id/release` AdminReleaseBody → 202 (accepted) or 200 (repeated) AdminReleaseResult;
 *   a refusal (quota, printer, job no longer held) is an error answer with its code and words
 */
export function mountQueue(app: Hono<AppEnv>, queue: AdminQueueService): void {
  app.get('/jobs', async (c) => {
    const state = c.req.query('state');
    if (state !== undefined && !(JOB_STATES as readonly string[]).includes(state)) {
      throw new AppError('bad-request', `state must be one of ${JOB_STATES.join(', ')}.`);
    }
    const page = pageParams((n) => c.req.query(n), { defaultLimit: 1000, maxLimit: 10_000 });
    const user = c.req.query('user')?.slice(0, 254);
    const printer = c.req.query('printer')?.slice(0, 64);
    const { jobs, total } = await queue.list({
      ...page,
      ...(state !== undefined && { state: state as JobState }),
      ...(user !== undefined && user !== '' && { user }),
      ...(printer !== undefined && printer !== '' && { printer }),
    });
    c.header(TOTAL_COUNT_HEADER, String(total));
    return c.json(jobs);
  });

  app.delete('/jobs/:id', async (c) => {
    const job = await queue.delete(jobId(c.req.param('id')));
    noteAudit(c, { summary: { owner: job.requestingUserName } });
    return c.body(null, 204);
  });

  app.post('/jobs/:id/release', async (c) => {
    const id = jobId(c.req.param('id'));
    const body = parseBody(adminReleaseBodySchema, await jsonBody(c.req));
    const principal = c.var.principal;
    const actor = principal?.kind === 'session' ? principal.account.id : null;
    const { result, owner } = await queue.release(id, body, actor);
    noteAudit(c, {
      target: `job ${result.jobId}`,
      summary: {
        onBehalfOf: owner,
        printer: result.printer,
        releaseId: result.releaseId,
        outcome: result.outcome,
      },
    });
    return c.json(result, result.outcome === 'accepted' ? 202 : 200);
  });
}

/** A job id in a path; anything else names no job. */
function jobId(text: string): number {
  if (!/^[1-9]\d{0,14}$/.test(text))
    throw new AppError('job-not-found', `There is no job ${text.slice(0, 20)}.`);
  return Number(text);
}
