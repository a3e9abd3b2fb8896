import { DEFAULT_SETTINGS, type JobView, type ServerMessage } from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import {
  type ActionName,
  canDelete,
  initialPanelState,
  type PanelAction,
  type PanelState,
  panelReducer,
  selectedJobs,
} from './panel-state';

const job = (id: number, over: Partial<JobView> = {}): JobView => ({
  id,
  name: `Job ${id}`,
  owner: 'ada',
  submittedAt: '2026-03-10T09:00:00.000Z',
  pages: 1,
  submittedColor: 'color',
  settings: { ...DEFAULT_SETTINGS },
  size: 10,
  source: 'ipp',
  state: 'held',
  lastError: null,
  ...over,
});

const ADA = { name: 'ada', displayName: 'Ada Lovelace' };
const run = (...actions: PanelAction[]): PanelState => actions.reduce(panelReducer, initialPanelState);
const server = (message: ServerMessage): PanelAction => ({ type: 'server', message });
const signedIn = server({ type: 'signed-in', id: 1, user: ADA, token: 'x'.repeat(20) });
const jobs = (own: JobView[], delegated: JobView[] = []): PanelAction =>
  server({
    type: 'jobs',
    own,
    delegated: delegated.length ? [{ owner: { name: 'bob', displayName: 'Bob' }, jobs: delegated }] : [],
  });
const toggle = (jobId: number): PanelAction => ({ type: 'toggle', jobId });
const busy = (action: ActionName): PanelAction => ({ type: 'busy', action });

describe('panelReducer', () => {
  it('remembers having been online', () => {
    const s = run(
      { type: 'connection', status: { state: 'online' } },
      { type: 'connection', status: { state: 'offline', failures: 1 } },
    );
    expect(s.everOnline).toBe(true);
    expect(s.connection.state).toBe('offline');
  });

  it('ignores a job list when nobody is signed in', () => {
    expect(run(jobs([job(1)])).jobs).toBeNull();
  });

  it('selects, deselects and selects all but jobs being printed', () => {
    const base = [signedIn, jobs([job(1), job(2, { state: 'releasing' })], [job(3)])];
    expect(run(...base, toggle(1), toggle(3)).selected).toEqual([1, 3]);
    expect(run(...base, toggle(1), toggle(1)).selected).toEqual([]);
    expect(run(...base, toggle(2)).selected).toEqual([]);
    expect(run(...base, { type: 'select-all' }).selected).toEqual([1, 3]);
    expect(run(...base, { type: 'select-all' }, { type: 'select-all' }).selected).toEqual([]);
  });

  it('keeps list order for the selection', () => {
    const s = run(signedIn, jobs([job(1), job(2)]), toggle(2), toggle(1));
    expect(selectedJobs(s).map((j) => j.id)).toEqual([1, 2]);
  });

  it('allows Delete only for own jobs', () => {
    const base = [signedIn, jobs([job(1)], [job(3)])];
    expect(canDelete(run(...base))).toBe(false);
    expect(canDelete(run(...base, toggle(1)))).toBe(true);
    expect(canDelete(run(...base, toggle(1), toggle(3)))).toBe(false);
  });

  it('forgets selection, progress and the dialog of jobs that left the list', () => {
    const s = run(
      signedIn,
      jobs([job(1), job(2)]),
      toggle(1),
      toggle(2),
      { type: 'edit', jobId: 2 },
      server({
        type: 'job-event',
        releaseId: 'r-12345678',
        jobId: 2,
        jobName: 'Job 2',
        event: 'printing',
        note: null,
        error: null,
      }),
      jobs([job(1)]),
    );
    expect(s.selected).toEqual([1]);
    expect(s.progress).toEqual({});
    expect(s.editing).toBeNull();
  });

  it.each([
    ['print', { selected: [], editing: 2 }],
    ['delete', { selected: [], editing: 2 }],
    ['save', { selected: [1], editing: null }],
    ['refresh', { selected: [1], editing: 2 }],
  ] as const)('clears what %s is done with', (action, expected) => {
    const s = run(signedIn, jobs([job(1), job(2)]), toggle(1), { type: 'edit', jobId: 2 }, busy(action), {
      type: 'done',
      action,
      status: null,
    });
    expect({ selected: s.selected, editing: s.editing }).toEqual(expected);
    expect(s.busy).toBeNull();
    expect(s.status).toBeNull();
  });

  it('shows the error of a failed action and lets the buttons go', () => {
    const error = { code: 'job-not-found', message: 'This job is not in your list.' } as const;
    const s = run(signedIn, busy('print'), { type: 'failed', action: 'print', error });
    expect(s.busy).toBeNull();
    expect(s.status).toEqual({ kind: 'error', error });
  });

  it('names a refused job from the list', () => {
    const error = { code: 'job-not-releasable', message: '"Job 1" is already printing.' } as const;
    const s = run(
      signedIn,
      jobs([job(1)]),
      server({
        type: 'job-event',
        releaseId: 'r-12345678',
        jobId: 1,
        jobName: '',
        event: 'failed',
        note: null,
        error,
      }),
    );
    expect(s.status).toEqual({ kind: 'job', name: 'Job 1', event: 'failed', note: null, error });
    expect(s.progress[1]).toEqual({ event: 'failed', note: null, error });
  });

  it('keeps the screen when the same person resumes, resets it for someone else', () => {
    const before = run(signedIn, jobs([job(1)]), toggle(1));
    expect(panelReducer(before, signedIn).selected).toEqual([1]);
    const other = panelReducer(
      before,
      server({ type: 'signed-in', id: 2, user: { name: 'bob', displayName: 'Bob' }, token: 'y'.repeat(20) }),
    );
    expect(other.jobs).toBeNull();
    expect(other.selected).toEqual([]);
  });

  it.each(['requested', 'expired', 'inactive'] as const)('signs out (%s) and says so', (reason) => {
    const s = run(signedIn, jobs([job(1)]), toggle(1), busy('print'), { type: 'signed-out', reason });
    expect(s).toMatchObject({
      user: null,
      jobs: null,
      selected: [],
      busy: null,
      status: { kind: 'signed-out', reason },
    });
  });

  it('signs out when the server says the session expired', () => {
    expect(run(signedIn, server({ type: 'signed-out', reason: 'expired' })).status).toEqual({
      kind: 'signed-out',
      reason: 'expired',
    });
  });
});
