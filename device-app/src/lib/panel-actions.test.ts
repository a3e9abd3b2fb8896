import { DEFAULT_SETTINGS, type JobView } from '@quire/protocol';
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
    actions.badge(badge);
    dispatch({
      type: 'server',
      message: { type: 'signed-in', id: 1, user: { name: 'ada', displayName: 'Ada' }, token: 'x'.repeat(20) },
    });
    dispatch({ type: 'server', message: { type: 'jobs', own: [job(1), job(2)], delegated: [] } });
    answers.shift()!.resolve({ type: 'signed-in' });
    await Promise.resolve();
  };
  return { actions, client, answers, dispatched, state: () => state, signIn };
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
    expect(t.client.release).toHaveBeenCalledWith([1]);
    t.answers.shift()!.resolve({ type: 'release-accepted', jobIds: [1] });
    await vi.waitFor(() => expect(t.state().busy).toBeNull());
    expect(t.state().status).toEqual({ kind: 'sent', count: 1 });
    expect(t.state().selected).toEqual([]);
  });

  it('signs out when the same badge is tapped again', async () => {
    const t = setup();
    await t.signIn('42');
    t.actions.badge('42');
    expect(t.state().user).toBeNull();
    expect(t.client.signOut).toHaveBeenCalledOnce();
    expect(t.client.request).toHaveBeenCalledTimes(1);
  });

  it("signs someone else in when it is another person's badge", async () => {
    const t = setup();
    await t.signIn('42');
    t.actions.badge('77');
    expect(t.client.signOut).toHaveBeenCalledOnce();
    expect(t.client.request).toHaveBeenLastCalledWith({ type: 'sign-in', badge: '77' });
  });

  it('shows the error in words and frees the buttons', async () => {
    const t = setup();
    t.actions.badge('999');
    t.answers.shift()!.reject(new RequestError('unknown-badge', 'This badge is not registered.'));
    await vi.waitFor(() => expect(t.state().busy).toBeNull());
    expect(t.state().status).toEqual({
      kind: 'error',
      error: { code: 'unknown-badge', message: 'This badge is not registered.' },
    });
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
