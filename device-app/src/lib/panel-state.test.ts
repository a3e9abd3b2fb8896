import {
  DEFAULT_BADGE_READER,
  DEFAULT_POLICIES,
  DEFAULT_SETTINGS,
  type JobView,
  type PrinterCapabilities,
  type PrinterStatus,
  type ServerMessage,
} from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import {
  type ActionName,
  autoReleasePending,
  canDelete,
  initialPanelState,
  type PanelAction,
  type PanelState,
  panelReducer,
  policiesOf,
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
  cost: null,
  ...over,
});

const ADA = { name: 'ada', displayName: 'Ada Lovelace' };
const CAPS = {
  makeAndModel: 'Test',
  colorModes: ['color', 'monochrome'],
  sides: ['one-sided'],
  copiesMax: 99,
  finishings: [],
  media: [],
  mediaDefault: null,
  numberUp: [1],
  documentFormats: [],
} satisfies PrinterCapabilities;
const run = (...actions: PanelAction[]): PanelState => actions.reduce(panelReducer, initialPanelState);
const server = (message: ServerMessage): PanelAction => ({ type: 'server', message });
const signedIn = server({ type: 'signed-in', id: 1, user: ADA, token: 'x'.repeat(20), autoRelease: null });
const jobs = (own: JobView[], delegated: JobView[] = []): PanelAction =>
  server({
    type: 'jobs',
    own,
    delegated: delegated.length ? [{ owner: { name: 'bob', displayName: 'Bob' }, jobs: delegated }] : [],
    currency: null,
    quota: null,
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
        offerMono: false,
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
        offerMono: false,
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
      server({
        type: 'signed-in',
        id: 2,
        user: { name: 'bob', displayName: 'Bob' },
        token: 'y'.repeat(20),
        autoRelease: null,
      }),
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

  it('keeps the panel setup and the printer state from welcome, and printer-status pushes', () => {
    const panel = {
      language: 'fr',
      homeLabel: 'Impression',
      homeIcon: 'badge',
      badgeReader: DEFAULT_BADGE_READER,
      policies: { ...DEFAULT_POLICIES, inactivitySeconds: 10, printAndKeep: false },
    } as const;
    const welcome = server({
      type: 'welcome',
      id: 1,
      version: 1,
      printer: { name: 'hall', capabilities: CAPS },
      status: null,
      panel,
    });
    expect(policiesOf(initialPanelState)).toEqual(DEFAULT_POLICIES);
    const s = run(welcome);
    expect(s.setup).toEqual(panel);
    expect(policiesOf(s).inactivitySeconds).toBe(10);
    const jam: PrinterStatus = { state: 'stopped', reasons: ['media-jam-error'], acceptingJobs: true };
    expect(run(welcome, server({ type: 'printer-status', status: jam })).printerStatus).toEqual(jam);
  });

  it('opens and closes a sign-in form, clean, and signing in closes it', () => {
    const error = { code: 'unknown-badge', message: 'No.' } as const;
    const open = run(
      { type: 'failed', action: 'sign-in', error },
      { type: 'form', form: { kind: 'register', badge: '777' } },
    );
    expect(open).toMatchObject({ form: { kind: 'register', badge: '777' }, status: null });
    expect(panelReducer(open, { type: 'form', form: null }).form).toBeNull();
    expect(panelReducer(open, signedIn).form).toBeNull();
  });

  it('says a badge could not be read', () => {
    expect(run({ type: 'notice', status: { kind: 'typed-badge' } }).status).toEqual({ kind: 'typed-badge' });
  });

  it('goes back to the starting language when the person leaves', () => {
    const s = run({ type: 'language', language: 'fr' }, signedIn);
    expect(s.language).toBe('fr');
    expect(panelReducer(s, { type: 'signed-out', reason: 'requested' }).language).toBeNull();
  });

  it('follows an automatic release from sign-in to the last job event', () => {
    const auto = server({
      type: 'signed-in',
      id: 1,
      user: ADA,
      token: 'x'.repeat(20),
      autoRelease: { releaseId: 'auto-1234', jobIds: [1, 2] },
    });
    const event = (jobId: number, e: 'printed' | 'failed', releaseId = 'auto-1234'): PanelAction =>
      server({
        type: 'job-event',
        releaseId,
        jobId,
        jobName: `Job ${jobId}`,
        event: e,
        note: null,
        error: null,
        offerMono: false,
      });
    const started = run(auto, jobs([job(1, { state: 'releasing' }), job(2, { state: 'releasing' })]));
    expect(started.autoRelease).toEqual({ releaseId: 'auto-1234', jobIds: [1, 2], printed: [], failed: [] });
    expect(autoReleasePending(started.autoRelease!)).toBe(true);
    expect(started.progress[1]).toEqual({ event: 'queued', note: null, error: null });
    const other = panelReducer(started, event(1, 'printed', 'another-release'));
    expect(other.autoRelease?.printed).toEqual([]);
    const done = [event(1, 'printed'), event(2, 'failed')].reduce(panelReducer, started);
    expect(done.autoRelease).toMatchObject({ printed: [1], failed: [2] });
    expect(autoReleasePending(done.autoRelease!)).toBe(false);
    // Nothing held: nothing to say.
    expect(
      run(
        server({
          type: 'signed-in',
          id: 1,
          user: ADA,
          token: 'x'.repeat(20),
          autoRelease: { releaseId: 'auto-1234', jobIds: [] },
        }),
      ).autoRelease,
    ).toBeNull();
  });

  it('clears the selection after Print and keep, and a kept job can be selected again', () => {
    const s = run(signedIn, jobs([job(1), job(2, { state: 'kept' })]), toggle(1), toggle(2), busy('keep'), {
      type: 'done',
      action: 'keep',
      status: { kind: 'sent', count: 2, keep: true },
    });
    expect(s.selected).toEqual([]);
    expect(panelReducer(s, toggle(2)).selected).toEqual([2]);
  });
});
