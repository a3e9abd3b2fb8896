import type {
  ErrorBody,
  JobEvent,
  JobView,
  PrinterStatus,
  PrinterView,
  ServerMessage,
} from '@quire/protocol';
import type { ClientError, ConnectionStatus } from './panel-client';

type JobsMessage = Extract<ServerMessage, { type: 'jobs' }>;
export type JobList = Pick<JobsMessage, 'own' | 'delegated'>;
export type UserView = Extract<ServerMessage, { type: 'signed-in' }>['user'];

/** The buttons that talk to the server; one runs at a time and shows "Sending…" meanwhile. */
export type ActionName = 'sign-in' | 'print' | 'delete' | 'refresh' | 'save';
export type SignOutReason = 'requested' | 'expired' | 'inactive';

/** Where one released job stands, from `job-event`s (PRODUCT.md §5.5). */
export interface JobProgress {
  event: JobEvent;
  note: string | null;
  error: ErrorBody | null;
}

/** What the status line says; words come from i18n.ts (status-text.ts). */
export type StatusMessage =
  | { kind: 'sending' }
  | { kind: 'sent'; count: number }
  | ({ kind: 'job'; name: string } & JobProgress)
  | { kind: 'deleted'; count: number }
  | { kind: 'saved' }
  | { kind: 'refreshed' }
  | { kind: 'signed-out'; reason: SignOutReason }
  | { kind: 'error'; error: ClientError };

export interface PanelState {
  connection: ConnectionStatus;
  /** Whether the server ever said `welcome`: before that the panel shows a connecting screen. */
  everOnline: boolean;
  printer: PrinterView | null;
  printerStatus: PrinterStatus | null;
  user: UserView | null;
  /** Null until the first list arrives after signing in. */
  jobs: JobList | null;
  selected: readonly number[];
  progress: Readonly<Record<number, JobProgress>>;
  busy: ActionName | null;
  status: StatusMessage | null;
  /** The job whose settings dialog is open. */
  editing: number | null;
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
  | { type: 'edit'; jobId: number | null };

export const initialPanelState: PanelState = {
  connection: { state: 'connecting' },
  everOnline: false,
  printer: null,
  printerStatus: null,
  user: null,
  jobs: null,
  selected: [],
  progress: {},
  busy: null,
  status: null,
  editing: null,
};

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
      if (action.action === 'print' || action.action === 'delete') next.selected = [];
      if (action.action === 'save') next.editing = null;
      return next;
    }
    case 'failed':
      return { ...state, busy: null, status: { kind: 'error', error: action.error } };
    case 'edit':
      return { ...state, editing: action.jobId };
    default:
      return action satisfies never;
  }
}

function onServer(state: PanelState, m: ServerMessage): PanelState {
  switch (m.type) {
    case 'welcome':
      return { ...state, printer: m.printer, printerStatus: m.status };
    case 'signed-in': {
      // The same person again (a resumed session) keeps the screen as it was.
      if (state.user?.name === m.user.name) return { ...state, user: m.user };
      return { ...state, user: m.user, jobs: null, selected: [], progress: {}, editing: null };
    }
    case 'jobs':
      return withJobs(state, { own: m.own, delegated: m.delegated });
    case 'job-event': {
      const { jobId, event, note, error } = m;
      // Refusals come with an empty name (panel-session.ts): use the one from the list.
      const name = m.jobName || allJobs(state.jobs).find((job) => job.id === jobId)?.name || '';
      return {
        ...state,
        progress: { ...state.progress, [jobId]: { event, note, error } },
        status: { kind: 'job', name, event, note, error },
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
    user: null,
    jobs: null,
    selected: [],
    progress: {},
    busy: null,
    editing: null,
    status: { kind: 'signed-out', reason },
  };
}

const clearSending = (status: StatusMessage | null): StatusMessage | null =>
  status?.kind === 'sending' ? null : status;
