import {
  type BadgeReaderConfig,
  DEFAULT_BADGE_READER,
  DEFAULT_POLICIES,
  DEFAULT_SETTINGS,
  type JobView,
} from '@quire/protocol';
import { describe, expect, it, vi } from 'vitest';
import { createPanelActions } from './panel-actions';
import { RequestError } from './panel-client';
import { initialPanelState, type PanelAction, type PanelState, panelReducer } from './panel-state';

const job = (id: number): JobView => ({
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
});

const tap = (text: string) => ({ text, typed: false });

/** The welcome's panel setup with this badge reader. */
const reader = (over: Partial<BadgeReaderConfig>): PanelAction => ({
  type: 'server',
  message: {
    type: 'welcome',
    id: 1,
    version: 1,
    printer: {
      name: 'hall',
      capabilities: {
        makeAndModel: 'Test',
        colorModes: ['color'],
        sides: ['one-sided'],
        copiesMax: 9,
        finishings: [],
        media: [],
        mediaDefault: null,
        numberUp: [1],
        documentFormats: [],
      },
    },
    status: null,
    panel: {
      language: 'en',
      homeLabel: 'Print Release',
      homeIcon: 'print',
      badgeReader: { ...DEFAULT_BADGE_READER, ...over },
      policies: DEFAULT_POLICIES,
    },
  },
});

/** Actions wired to the real reducer and a fake client whose answers the test controls. */
function setup() {
  let state: PanelState = initialPanelState;
  const dispatched: PanelAction[] = [];
  const dispatch = (a: PanelAction): void => {
    dispatched.push(a);
    state = panelReducer(state, a);
  };
  const answers: { resolve(v: unknown): void; reject(e: unknown): void }[] = [];
  const pending = () =>
    new Promise<never>((resolve, reject) =>
      answers.push({ resolve: resolve as (v: unknown) => void, reject }),
    );
  const client = {
    request: vi.fn(pending),
    release: vi.fn(pending),
    signOut: vi.fn(async () => undefined),
  };
  const actions = createPanelActions(client, dispatch, () => state);
  const signIn = async (badge = '42'): Promise<void> => {
    actions.badge(tap(badge));
    dispatch({
      type: 'server',
      message: {
        type: 'signed-in',
        id: 1,
        user: { name: 'ada', displayName: 'Ada' },
        token: 'x'.repeat(20),
        autoRelease: null,
      },
    });
    dispatch({
      type: 'server',
      message: { type: 'jobs', own: [job(1), job(2)], delegated: [], currency: null, quota: null },
    });
    answers.shift()!.resolve({ type: 'signed-in' });
    await Promise.resolve();
  };
  return { actions, client, answers, dispatch, dispatched, state: () => state, signIn };
}

describe('panel actions', () => {
  it('shows Sending… at once, and a double tap on Print makes one release', async () => {
    const t = setup();
    await t.signIn();
    t.actions.toggle(1);
    t.actions.print();
    expect(t.state().busy).toBe('print');
    expect(t.state().status).toEqual({ kind: 'sending' });
    t.actions.print();
    expect(t.client.release).toHaveBeenCalledTimes(1);
    expect(t.client.release).toHaveBeenCalledWith([1], false);
    t.answers.shift()!.resolve({ type: 'release-accepted', jobIds: [1] });
    await vi.waitFor(() => expect(t.state().busy).toBeNull());
    expect(t.state().status).toEqual({ kind: 'sent', count: 1, keep: false });
    expect(t.state().selected).toEqual([]);
  });

  it('signs out when the same badge is tapped again', async () => {
    const t = setup();
    await t.signIn('42');
    t.actions.badge(tap('42'));
    expect(t.state().user).toBeNull();
    expect(t.client.signOut).toHaveBeenCalledOnce();
    expect(t.client.request).toHaveBeenCalledTimes(1);
  });

  it("signs someone else in when it is another person's badge", async () => {
    const t = setup();
    await t.signIn('42');
    t.actions.badge(tap('77'));
    expect(t.client.signOut).toHaveBeenCalledOnce();
    expect(t.client.request).toHaveBeenLastCalledWith({ type: 'sign-in', badge: '77' });
  });

  it('shows the error in words and frees the buttons', async () => {
    const t = setup();
    t.actions.badge(tap('999'));
    t.answers.shift()!.reject(new RequestError('too-many-attempts', 'Too many unknown badges.'));
    await vi.waitFor(() => expect(t.state().busy).toBeNull());
    expect(t.state().status).toEqual({
      kind: 'error',
      error: { code: 'too-many-attempts', message: 'Too many unknown badges.' },
    });
  });

  it('offers to register an unknown badge, then registers it for the person who signs in', async () => {
    const t = setup();
    t.actions.badge(tap('555'));
    t.answers.shift()!.reject(new RequestError('unknown-badge', 'This badge is not registered.'));
    await vi.waitFor(() => expect(t.state().form).toEqual({ kind: 'register', badge: '555' }));
    expect(t.state().status).toBeNull();
    expect(t.state().busy).toBeNull();
    t.actions.register('bob', 'demo1234');
    expect(t.client.request).toHaveBeenLastCalledWith({
      type: 'register-badge',
      badge: '555',
      username: 'bob',
      secret: 'demo1234',
    });
    expect(t.state().busy).toBe('register');
    t.dispatch({
      type: 'server',
      message: {
        type: 'signed-in',
        id: 2,
        user: { name: 'bob', displayName: 'Bob' },
        token: 'y'.repeat(20),
        autoRelease: null,
      },
    });
    t.answers.shift()!.resolve({ type: 'signed-in' });
    await vi.waitFor(() => expect(t.state().busy).toBeNull());
    expect(t.state().form).toBeNull();
    // The badge is theirs now: tapping it again signs out.
    t.actions.badge(tap('555'));
    expect(t.state().user).toBeNull();
    expect(t.client.signOut).toHaveBeenCalledOnce();
  });

  it('keeps the form open with the reason when the password is wrong', async () => {
    const t = setup();
    t.actions.form({ kind: 'credentials' });
    t.actions.credentials('bob', 'nope');
    expect(t.client.request).toHaveBeenLastCalledWith({
      type: 'sign-in-credentials',
      username: 'bob',
      secret: 'nope',
    });
    t.answers.shift()!.reject(new RequestError('bad-credentials', 'Wrong username or password.'));
    await vi.waitFor(() => expect(t.state().busy).toBeNull());
    expect(t.state().form).toEqual({ kind: 'credentials' });
    expect(t.state().status).toMatchObject({ kind: 'error', error: { code: 'bad-credentials' } });
  });

  it('signs in with a badge tapped while a form is open', () => {
    const t = setup();
    t.actions.form({ kind: 'credentials' });
    t.actions.badge(tap('1001'));
    expect(t.state().form).toBeNull();
    expect(t.client.request).toHaveBeenLastCalledWith({ type: 'sign-in', badge: '1001' });
  });

  it('refuses a number typed at a person’s pace, unless the reader allows it', () => {
    const t = setup();
    t.actions.badge({ text: '1001', typed: true });
    expect(t.client.request).not.toHaveBeenCalled();
    expect(t.state().status).toEqual({ kind: 'typed-badge' });
    t.dispatch(reader({ allowTyped: true }));
    t.actions.badge({ text: '1001', typed: true });
    expect(t.client.request).toHaveBeenLastCalledWith({ type: 'sign-in', badge: '1001' });
  });

  it('says nothing about typing on a keyboard screen', () => {
    const t = setup();
    t.actions.form({ kind: 'credentials' });
    t.actions.badge({ text: 'hello', typed: true });
    expect(t.state().status).toBeNull();
    expect(t.state().form).toEqual({ kind: 'credentials' });
  });

  it("normalises the badge with the printer's reader settings before signing in", () => {
    const t = setup();
    t.dispatch(reader({ input: 'decimal', wiegand26: true }));
    t.actions.badge(tap('49685422'));
    expect(t.client.request).toHaveBeenLastCalledWith({ type: 'sign-in', badge: '123:4567' });
  });

  it('says why a read is not a badge, and sends nothing', () => {
    const t = setup();
    t.dispatch(reader({ input: 'decimal' }));
    t.actions.badge(tap('&é"\''));
    expect(t.client.request).not.toHaveBeenCalled();
    expect(t.state().status).toEqual({ kind: 'bad-badge', reason: 'not-a-number' });
    t.dispatch(reader({ pattern: '(' }));
    t.actions.badge(tap('1001'));
    expect(t.state().status).toEqual({ kind: 'bad-badge', reason: 'bad-pattern' });
  });

  it('prints and keeps', async () => {
    const t = setup();
    await t.signIn();
    t.actions.toggle(2);
    t.actions.print(true);
    expect(t.state().busy).toBe('keep');
    expect(t.client.release).toHaveBeenCalledWith([2], true);
    t.answers.shift()!.resolve({ type: 'release-accepted', jobIds: [2] });
    await vi.waitFor(() => expect(t.state().busy).toBeNull());
    expect(t.state().status).toEqual({ kind: 'sent', count: 1, keep: true });
  });

  it('goes back to the badge screen when the session is gone', async () => {
    const t = setup();
    await t.signIn();
    t.actions.refresh();
    t.answers.shift()!.reject(new RequestError('not-signed-in', 'Tap your badge to sign in first.'));
    await vi.waitFor(() => expect(t.state().user).toBeNull());
    expect(t.state().status).toEqual({ kind: 'signed-out', reason: 'expired' });
  });

  it('ignores the answer to a request made before signing out', async () => {
    const t = setup();
    await t.signIn();
    t.actions.toggle(1);
    t.actions.print();
    t.actions.signOut('inactive');
    t.answers.shift()!.reject(new RequestError('cancelled'));
    await Promise.resolve();
    await Promise.resolve();
    expect(t.state().status).toEqual({ kind: 'signed-out', reason: 'inactive' });
  });

  it('closes the dialog without a request when nothing changed', async () => {
    const t = setup();
    await t.signIn();
    t.actions.edit(1);
    t.actions.save(1, {});
    expect(t.state().editing).toBeNull();
    expect(t.client.request).toHaveBeenCalledTimes(1);
  });

  it('deletes only when every selected job is your own', async () => {
    const t = setup();
    await t.signIn();
    t.actions.remove();
    expect(t.client.request).toHaveBeenCalledTimes(1);
    t.actions.selectAll();
    t.actions.remove();
    expect(t.client.request).toHaveBeenLastCalledWith({ type: 'delete', jobIds: [1, 2] });
  });
});
