import {
  type BadgeRejection,
  DEFAULT_POLICIES,
  type ErrorBody,
  type JobEvent,
  type JobView,
  type Language,
  type Policies,
  type PrinterStatus,
  type PrinterView,
  type ServerMessage,
} from '@quire/protocol';
import type { ClientError, ConnectionStatus } from './panel-client';

type JobsMessage = Extract<ServerMessage, { type: 'jobs' }>;
type SignedIn = Extract<ServerMessage, { type: 'signed-in' }>;
export type JobList = Pick<JobsMessage, 'own' | 'delegated' | 'currency' | 'quota'>;
export type UserView = SignedIn['user'];
/** How this printer's panel is set up: language, badge reader, policies (`welcome.panel`). */
export type PanelSetup = Extract<ServerMessage, { type: 'welcome' }>['panel'];

/** The buttons that talk to the server; one runs at a time and shows "Sending…" meanwhile. */
export type ActionName =
  | 'sign-in'
  | 'register'
  | 'credentials'
  | 'print'
  | 'keep'
  | 'delete'
  | 'refresh'
  | 'save';
export type SignOutReason = 'requested' | 'expired' | 'inactive';

/**
 * The on-screen keyboard forms of the badge screen: first use of an unknown badge (PRODUCT.md §5.1), or
 * signing in without a badge.
 */
export type SignInForm = { kind: 'register'; badge: string } | { kind: 'credentials' };

/** Where one released job stands, from `job-event`s (PRODUCT.md §5.5). */
export interface JobProgress {
  event: JobEvent;
  note: string | null;
  error: ErrorBody | null;
}

/** The release the server started at sign-in under the automatic-release policy. */
export interface AutoRelease {
  releaseId: string;
  jobIds: readonly number[];
  printed: readonly number[];
  failed: readonly number[];
}

/** What the status line says; words come from i18n.ts (status-text.ts). */
export type StatusMessage =
  | { kind: 'sending' }
  | { kind: 'sent'; count: number; keep: boolean }
  | ({ kind: 'job'; name: string } & JobProgress)
  | { kind: 'deleted'; count: number }
  | { kind: 'saved' }
  | { kind: 'refreshed' }
  | { kind: 'signed-out'; reason: SignOutReason }
  /** A number typed at a person's pace while typed badges are not allowed. */
  | { kind: 'typed-badge' }
  /** What the reader typed is not a badge under this reader's settings. */
  | { kind: 'bad-badge'; reason: BadgeRejection }
  | { kind: 'error'; error: ClientError };

export interface PanelState {
  connection: ConnectionStatus;
  /** Whether the server ever said `welcome`: before that the panel shows a connecting screen. */
  everOnline: boolean;
  printer: PrinterView | null;
  printerStatus: PrinterStatus | null;
  setup: PanelSetup | null;
  /** The language someone picked on the panel; null: the starting language. Forgotten at sign-out. */
  language: Language | null;
  form: SignInForm | null;
  user: UserView | null;
  /** Null until the first list arrives after signing in. */
  jobs: JobList | null;
  selected: readonly number[];
  progress: Readonly<Record<number, JobProgress>>;
  autoRelease: AutoRelease | null;
  busy: ActionName | null;
  status: StatusMessage | null;
  /** The job whose settings dialog is open. */
  editing: number | null;
  /** A colour job refused that black and white would let through: the panel asks (issue 3). */
  monoOffer: { jobId: number; name: string; message: string } | null;
}

export type PanelAction =
  | { type: 'connection'; status: ConnectionStatus }
  | { type: 'server'; message: ServerMessage }
  | { type: 'signed-out'; reason: SignOutReason }
  | { type: 'toggle'; jobId: number }
  | { type: 'select-all' }
  | { type: 'busy'; action: ActionName }
  | { type: 'done'; action: ActionName; status: StatusMessage | null }
  | { type: 'failed'; action: ActionName; error: ClientError }
  | { type: 'edit'; jobId: number | null }
  | { type: 'mono-offer-closed' }
  | { type: 'form'; form: SignInForm | null }
  | { type: 'language'; language: Language }
  /** Something to say that is not the answer to a request (a badge that could not be read). */
  | { type: 'notice'; status: StatusMessage };

export const initialPanelState: PanelState = {
  connection: { state: 'connecting' },
  everOnline: false,
  printer: null,
  printerStatus: null,
  setup: null,
  language: null,
  form: null,
  user: null,
  jobs: null,
  selected: [],
  progress: {},
  autoRelease: null,
  busy: null,
  status: null,
  editing: null,
  monoOffer: null,
};

/** The policies in force: the server's, or the defaults until it says `welcome`. */
export const policiesOf = (state: PanelState): Policies => state.setup?.policies ?? DEFAULT_POLICIES;

export const allJobs = (list: JobList | null): JobView[] =>
  list ? [...list.own, ...list.delegated.flatMap((group) => group.jobs)] : [];

/** A job being printed is listed (so the person sees it) but cannot be picked again. */
export const isSelectable = (job: JobView): boolean => job.state === 'held' || job.state === 'kept';

/** The selected jobs in list order, which is the order they print in. */
export function selectedJobs(state: PanelState): JobView[] {
  const picked = new Set(state.selected);
  return allJobs(state.jobs).filter((job) => picked.has(job.id));
}

/** Delegates release the jobs of others but do not delete them (PRODUCT.md §4, panel service). */
export function canDelete(state: PanelState): boolean {
  const jobs = selectedJobs(state);
  const own = new Set(state.jobs?.own.map((job) => job.id));
  return jobs.length > 0 && jobs.every((job) => own.has(job.id));
}

/** Whether the automatic release still has jobs on their way. */
export const autoReleasePending = (a: AutoRelease): boolean =>
  a.printed.length + a.failed.length < a.jobIds.length;

export function panelReducer(state: PanelState, action: PanelAction): PanelState {
  switch (action.type) {
    case 'connection':
      return {
        ...state,
        connection: action.status,
        everOnline: state.everOnline || action.status.state === 'online',
      };
    case 'server':
      return onServer(state, action.message);
    case 'signed-out':
      return signedOut(state, action.reason);
    case 'toggle': {
      const job = allJobs(state.jobs).find((j) => j.id === action.jobId);
      if (!job || !isSelectable(job)) return state;
      const selected = state.selected.includes(job.id)
        ? state.selected.filter((id) => id !== job.id)
        : [...state.selected, job.id];
      return { ...state, selected };
    }
    case 'select-all': {
      const selectable = allJobs(state.jobs)
        .filter(isSelectable)
        .map((job) => job.id);
      const all = selectable.length > 0 && selectable.every((id) => state.selected.includes(id));
      return { ...state, selected: all ? [] : selectable };
    }
    case 'busy':
      return { ...state, busy: action.action, status: { kind: 'sending' } };
    case 'done': {
      const next = { ...state, busy: null, status: action.status ?? clearSending(state.status) };
      if (action.action === 'print' || action.action === 'keep' || action.action === 'delete')
        next.selected = [];
      if (action.action === 'save') next.editing = null;
      return next;
    }
    case 'failed':
      return { ...state, busy: null, status: { kind: 'error', error: action.error } };
    case 'edit':
      return { ...state, editing: action.jobId };
    case 'mono-offer-closed':
      return { ...state, monoOffer: null };
    case 'form':
      // Opening or closing a form starts it clean: an old error is not about it.
      return { ...state, form: action.form, status: null };
    case 'language':
      return { ...state, language: action.language };
    case 'notice':
      return { ...state, status: action.status };
    default:
      return action satisfies never;
  }
}

function onServer(state: PanelState, m: ServerMessage): PanelState {
  switch (m.type) {
    case 'welcome':
      return { ...state, printer: m.printer, printerStatus: m.status, setup: m.panel };
    case 'printer-status':
      return { ...state, printerStatus: m.status };
    case 'panel-setup':
      return { ...state, setup: m.panel };
    case 'signed-in':
      return signedIn(state, m);
    case 'jobs':
      return withJobs(state, { own: m.own, delegated: m.delegated, currency: m.currency, quota: m.quota });
    case 'job-event': {
      const { jobId, event, note, error } = m;
      // Refusals come with an empty name (panel-session.ts): use the one from the list.
      const name = m.jobName || allJobs(state.jobs).find((job) => job.id === jobId)?.name || '';
      return {
        ...state,
        progress: { ...state.progress, [jobId]: { event, note, error } },
        autoRelease: state.autoRelease && autoReleaseEvent(state.autoRelease, m),
        status: { kind: 'job', name, event, note, error },
        monoOffer:
          event === 'failed' && m.offerMono && error
            ? { jobId, name, message: error.message }
            : state.monoOffer,
      };
    }
    case 'signed-out':
      return signedOut(state, m.reason === 'expired' ? 'expired' : 'requested');
    case 'ok':
    case 'pong':
    case 'release-accepted':
    case 'error':
      // Replies: the request's promise carries them to whoever asked.
      return state;
    default:
      return m satisfies never;
  }
}

function signedIn(state: PanelState, m: SignedIn): PanelState {
  // The same person again (a resumed session) keeps the screen as it was.
  if (state.user?.name === m.user.name) return { ...state, user: m.user, form: null };
  const auto = m.autoRelease && m.autoRelease.jobIds.length > 0 ? m.autoRelease : null;
  const progress: Record<number, JobProgress> = {};
  for (const id of auto?.jobIds ?? []) progress[id] = { event: 'queued', note: null, error: null };
  return {
    ...state,
    user: m.user,
    form: null,
    jobs: null,
    selected: [],
    progress,
    autoRelease: auto && { releaseId: auto.releaseId, jobIds: auto.jobIds, printed: [], failed: [] },
    editing: null,
  };
}

function autoReleaseEvent(a: AutoRelease, m: Extract<ServerMessage, { type: 'job-event' }>): AutoRelease {
  if (m.releaseId !== a.releaseId || !a.jobIds.includes(m.jobId)) return a;
  const printed = a.printed.filter((id) => id !== m.jobId);
  const failed = a.failed.filter((id) => id !== m.jobId);
  if (m.event === 'printed') printed.push(m.jobId);
  if (m.event === 'failed') failed.push(m.jobId);
  return { ...a, printed, failed };
}

/** A fresh list: forget selections, progress and dialogs about jobs that are gone. */
function withJobs(state: PanelState, jobs: JobList): PanelState {
  if (!state.user) return state;
  const listed = new Map(allJobs(jobs).map((job) => [job.id, job]));
  const selected = state.selected.filter((id) => {
    const job = listed.get(id);
    return job !== undefined && isSelectable(job);
  });
  const progress: Record<number, JobProgress> = {};
  for (const [id, p] of Object.entries(state.progress)) if (listed.has(Number(id))) progress[Number(id)] = p;
  const editing = state.editing !== null && listed.has(state.editing) ? state.editing : null;
  return { ...state, jobs, selected, progress, editing };
}

function signedOut(state: PanelState, reason: SignOutReason): PanelState {
  return {
    ...state,
    // The next person starts in the printer's language, not in the one the last person picked.
    language: null,
    form: null,
    user: null,
    jobs: null,
    selected: [],
    progress: {},
    autoRelease: null,
    busy: null,
    editing: null,
    monoOffer: null,
    status: { kind: 'signed-out', reason },
  };
}

const clearSending = (status: StatusMessage | null): StatusMessage | null =>
  status?.kind === 'sending' ? null : status;
