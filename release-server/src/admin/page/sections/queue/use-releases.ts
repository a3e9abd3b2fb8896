import type { AdminJob } from '@quire/protocol';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../lib/api-client';
import { useApi } from '../../lib/use-api';
import { releaseJob, releaseStatus } from './api';

/** A release under way, shown on its job's card. */
export interface Progress {
  phase: 'sending' | 'printing';
  printer: string;
}

/** How a release ended, said once in the section's notice. */
export type Outcome = { job: AdminJob; printer: string } & (
  | { kind: 'printed' | 'gone' }
  /** The printer did not print it: the job is held again, with the reason. */
  | { kind: 'failed'; error: unknown }
  /** The server said no at once (quota, printer, no longer held): nothing was sent. */
  | { kind: 'refused'; error: unknown }
  /** No answer: it may or may not have started; the same printer again cannot print it twice. */
  | { kind: 'unanswered'; error: unknown }
);

/** Looks at a release under way this often at first, then less (a long job), at most every 5 s. */
const FIRST_LOOK_MS = 500;
const MAX_LOOK_MS = 5000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** 32 hex digits; `crypto.randomUUID` exists on secure origins only, and servers are reached over http. */
const newReleaseId = (): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * Releases on someone's behalf and follows each until the printer has printed it or it failed, while
 * the section is open; the section keeps them (not the cards), so a list refreshed meanwhile loses none.
 * A release that got no answer (the network) keeps its id: trying again with the same printer cannot
 * print twice (a release id is idempotent on the server).
 */
export function useReleases(onOutcome: (outcome: Outcome) => void) {
  const api = useApi();
  const [progress, setProgress] = useState<ReadonlyMap<number, Progress>>(new Map());
  const unanswered = useRef(new Map<number, { printer: string; releaseId: string }>());
  const open = useRef(true);
  const said = useRef(onOutcome);
  said.current = onOutcome;
  useEffect(
    () => () => {
      open.current = false;
    },
    [],
  );

  const show = (id: number, p: Progress | null) =>
    setProgress((m) => {
      const next = new Map(m);
      if (p) next.set(id, p);
      else next.delete(id);
      return next;
    });

  const follow = async (job: AdminJob, owner: string, printer: string): Promise<Outcome> => {
    for (let pause = FIRST_LOOK_MS; open.current; pause = Math.min(pause * 2, MAX_LOOK_MS)) {
      await sleep(pause);
      try {
        const status = await releaseStatus(api, { id: job.id, state: job.state, owner }, printer);
        if (status.phase === 'printing') continue;
        if (status.phase === 'failed')
          return {
            job,
            printer,
            kind: 'failed',
            error: status.error && new ApiError(status.error.code, status.error.message, 0),
          };
        return { job, printer, kind: status.phase };
      } catch {
        // No answer this time: the release goes on on the server; look again.
      }
    }
    return { job, printer, kind: 'gone' };
  };

  const start = async (job: AdminJob, printer: string) => {
    const owner = job.userEmail;
    if (owner === null || progress.has(job.id)) return;
    const before = unanswered.current.get(job.id);
    const releaseId = before?.printer === printer ? before.releaseId : newReleaseId();
    show(job.id, { phase: 'sending', printer });
    let outcome: Outcome;
    try {
      const result = await releaseJob(api, job.id, printer, releaseId);
      unanswered.current.delete(job.id);
      if (result.jobState === 'printed') outcome = { job, printer, kind: 'printed' };
      else {
        show(job.id, { phase: 'printing', printer });
        outcome = await follow(job, owner, printer);
      }
    } catch (error) {
      const lost = error instanceof ApiError && error.code === 'network';
      if (lost) unanswered.current.set(job.id, { printer, releaseId });
      else unanswered.current.delete(job.id);
      outcome = { job, printer, kind: lost ? 'unanswered' : 'refused', error };
    }
    if (!open.current) return;
    show(job.id, null);
    said.current(outcome);
  };

  return { progress, start };
}
