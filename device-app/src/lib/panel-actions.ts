import { DEFAULT_BADGE_READER, type Language, normalizeBadge, type SettingsPatch } from '@quire/protocol';
import type { BadgeRead } from './badge-input';
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
  /**
   * The reader typed something and Enter: normalised with this printer's reader settings, then sign in,
   * or sign out when the same badge is tapped again (PRODUCT.md §5.6).
   */
  badge(read: BadgeRead): void;
  /** First use of an unknown badge: link it to the person who proves who they are. */
  register(username: string, secret: string): void;
  /** The fallback without a badge. */
  credentials(username: string, secret: string): void;
  /** Opens (or closes, with null) a sign-in form with the on-screen keyboard. */
  form(form: PanelState['form']): void;
  signOut(reason: SignOutReason): void;
  /** The server forgot the session (it restarted, or the token expired). */
  expired(): void;
  toggle(jobId: number): void;
  selectAll(): void;
  /** Print the selection; with `keep`, the jobs stay in the list to print again. */
  print(keep?: boolean): void;
  /** Yes to "print in black and white?": the job is switched to black and white and printed. */
  acceptMono(): void;
  declineMono(): void;
  remove(): void;
  refresh(): void;
  edit(jobId: number | null): void;
  save(jobId: number, patch: SettingsPatch): void;
  language(language: Language): void;
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
        if (isSessionEnd(error) && getState().user !== null) actions.expired();
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
      try {
        await client.request({ type: 'sign-in', badge });
      } catch (error) {
        // A badge nobody has yet: offer to link it (PRODUCT.md §5.1).
        if (!(error instanceof RequestError) || error.code !== 'unknown-badge') throw error;
        dispatch({ type: 'form', form: { kind: 'register', badge } });
        return null;
      }
      badgeIn = badge;
      return null;
    });
  }

  const actions: PanelActions = {
    badge(read) {
      const state = getState();
      const reader = state.setup?.badgeReader ?? DEFAULT_BADGE_READER;
      if (read.typed && !reader.allowTyped) {
        // On a keyboard screen, keys from a plugged-in keyboard are not a badge and not worth a warning.
        if (state.form === null) dispatch({ type: 'notice', status: { kind: 'typed-badge' } });
        return;
      }
      const normal = normalizeBadge(read.text, reader);
      if (!normal.ok) {
        if (normal.reason !== 'empty')
          dispatch({ type: 'notice', status: { kind: 'bad-badge', reason: normal.reason } });
        return;
      }
      const badge = normal.badge;
      if (state.user === null) {
        // A tap while a form is open means "never mind the form, here is my badge".
        if (state.form !== null && running === null) dispatch({ type: 'form', form: null });
        signIn(badge);
        return;
      }
      const same = badge === badgeIn;
      actions.signOut('requested');
      // Someone else's badge: they want to print now, not tap twice.
      if (!same) signIn(badge);
    },
    register(username, secret) {
      const form = getState().form;
      if (form?.kind !== 'register') return;
      run('register', async () => {
        await client.request({ type: 'register-badge', badge: form.badge, username, secret });
        badgeIn = form.badge;
        return null;
      });
    },
    credentials(username, secret) {
      run('credentials', async () => {
        await client.request({ type: 'sign-in-credentials', username, secret });
        badgeIn = null;
        return null;
      });
    },
    form(form) {
      if (running === null) dispatch({ type: 'form', form });
    },
    signOut(reason) {
      endSession(reason);
      void client.signOut();
    },
    expired: () => endSession('expired'),
    toggle: (jobId) => dispatch({ type: 'toggle', jobId }),
    selectAll: () => dispatch({ type: 'select-all' }),
    edit: (jobId) => dispatch({ type: 'edit', jobId }),
    language: (language) => dispatch({ type: 'language', language }),
    print(keep = false) {
      const jobIds = selectedJobs(getState()).map((job) => job.id);
      if (jobIds.length === 0) return;
      run(keep ? 'keep' : 'print', async () => {
        const accepted = await client.release(jobIds, keep);
        // Refused jobs come next as `failed` job events, each with its reason.
        return accepted.jobIds.length > 0 ? { kind: 'sent', count: accepted.jobIds.length, keep } : null;
      });
    },
    acceptMono() {
      const offer = getState().monoOffer;
      if (!offer) return;
      dispatch({ type: 'mono-offer-closed' });
      run('print', async () => {
        await client.request({
          type: 'update-settings',
          jobId: offer.jobId,
          settings: { colorMode: 'monochrome' },
        });
        const accepted = await client.release([offer.jobId], false);
        return accepted.jobIds.length > 0 ? { kind: 'sent', count: 1, keep: false } : null;
      });
    },
    declineMono: () => dispatch({ type: 'mono-offer-closed' }),
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
