import type { SettingsPatch } from '@quire/protocol';
import { type ClientError, type PanelClient, RequestError } from './panel-client';
import {
  type ActionName,
  canDelete,
  type PanelAction,
  type PanelState,
  type SignOutReason,
  type StatusMessage,
  selectedJobs,
} from './panel-state';

export interface PanelActions {
  /** A badge was read: sign in, or sign out when the same badge is tapped again (PRODUCT.md §5.6). */
  badge(badge: string): void;
  signOut(reason: SignOutReason): void;
  /** The server forgot the session (it restarted, or the token expired). */
  expired(): void;
  toggle(jobId: number): void;
  selectAll(): void;
  print(): void;
  remove(): void;
  refresh(): void;
  edit(jobId: number | null): void;
  save(jobId: number, patch: SettingsPatch): void;
}

type Client = Pick<PanelClient, 'request' | 'release' | 'signOut'>;

const isSessionEnd = (e: ClientError): boolean => e.code === 'session-expired' || e.code === 'not-signed-in';

/**
 * What the buttons do. Each server action shows "Sending…" in the same event handler as the tap (so
 * within a frame, PRODUCT.md §5.5 asks for 100 ms), and only one runs at a time: `running` is set
 * synchronously, so a double tap on Print cannot make two releases before the screen re-renders.
 */
export function createPanelActions(
  client: Client,
  dispatch: (action: PanelAction) => void,
  getState: () => PanelState,
): PanelActions {
  let running: ActionName | null = null;
  /** Bumped at each sign-out, so an answer that arrives afterwards does not touch the new screen. */
  let session = 0;
  /** The badge of the person signed in, to tell "tap again to sign out" from someone else's tap. */
  let badgeIn: string | null = null;

  function run(action: ActionName, work: () => Promise<StatusMessage | null>): void {
    if (running !== null) return;
    running = action;
    const mine = session;
    dispatch({ type: 'busy', action });
    work().then(
      (status) => {
        if (mine !== session) return;
        running = null;
        dispatch({ type: 'done', action, status });
      },
      (thrown: unknown) => {
        if (mine !== session) return;
        running = null;
        const error: ClientError =
          thrown instanceof RequestError
            ? { code: thrown.code, message: thrown.message }
            : { code: 'internal-error', message: '' };
        if (isSessionEnd(error) && action !== 'sign-in') actions.expired();
        else dispatch({ type: 'failed', action, error });
      },
    );
  }

  function endSession(reason: SignOutReason): void {
    session++;
    running = null;
    badgeIn = null;
    dispatch({ type: 'signed-out', reason });
  }

  function signIn(badge: string): void {
    run('sign-in', async () => {
      await client.request({ type: 'sign-in', badge });
      badgeIn = badge;
      return null;
    });
  }

  const actions: PanelActions = {
    badge(badge) {
      if (getState().user === null) {
        signIn(badge);
        return;
      }
      const same = badge === badgeIn;
      actions.signOut('requested');
      // Someone else's badge: they want to print now, not tap twice.
      if (!same) signIn(badge);
    },
    signOut(reason) {
      endSession(reason);
      void client.signOut();
    },
    expired: () => endSession('expired'),
    toggle: (jobId) => dispatch({ type: 'toggle', jobId }),
    selectAll: () => dispatch({ type: 'select-all' }),
    edit: (jobId) => dispatch({ type: 'edit', jobId }),
    print() {
      const jobIds = selectedJobs(getState()).map((job) => job.id);
      if (jobIds.length === 0) return;
      run('print', async () => {
        const accepted = await client.release(jobIds);
        // Refused jobs come next as `failed` job events, each with its reason.
        return accepted.jobIds.length > 0 ? { kind: 'sent', count: accepted.jobIds.length } : null;
      });
    },
    remove() {
      const state = getState();
      if (!canDelete(state)) return;
      const jobIds = [...state.selected];
      run('delete', async () => {
        await client.request({ type: 'delete', jobIds });
        return { kind: 'deleted', count: jobIds.length };
      });
    },
    refresh() {
      run('refresh', async () => {
        await client.request({ type: 'list' });
        return { kind: 'refreshed' };
      });
    },
    save(jobId, patch) {
      if (Object.keys(patch).length === 0) {
        dispatch({ type: 'edit', jobId: null });
        return;
      }
      run('save', async () => {
        await client.request({ type: 'update-settings', jobId, settings: patch });
        return { kind: 'saved' };
      });
    },
  };
  return actions;
}
