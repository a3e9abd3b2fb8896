import type { Strings } from './i18n';
import type { ClientError } from './panel-client';
import type { StatusMessage } from './panel-state';

export type Tone = 'info' | 'busy' | 'ok' | 'error';

/**
 * A request's error in words: ours for errors made up here; for the server's, this language's sentence
 * for the code, else the server's own (English) sentence.
 */
export function errorText(error: ClientError, t: Strings): string {
  switch (error.code) {
    case 'timeout':
    case 'offline':
    case 'cancelled':
      return t.errors[error.code];
    default:
      return t.serverErrors[error.code] ?? (error.message || t.errors.unexpected);
  }
}

/** What the status line says, and how it looks. */
export function statusText(status: StatusMessage, t: Strings): { tone: Tone; text: string } {
  const s = t.status;
  switch (status.kind) {
    case 'sending':
      return { tone: 'busy', text: s.sending };
    case 'sent':
      return { tone: 'info', text: s.sent(status.count, status.keep) };
    case 'job': {
      const name = status.name ? s.quote(status.name) : s.aJob;
      const note = status.note ? ` (${status.note})` : '';
      switch (status.event) {
        case 'queued':
          // The note already says why it waits ("waiting: the printer is busy").
          return { tone: 'busy', text: s.queued(name, status.note) };
        case 'printing':
          return { tone: 'busy', text: s.printing(name) + note };
        case 'printed':
          return { tone: 'ok', text: s.printed(name) + note };
        case 'failed':
          // Without an error, the note is the only reason there is.
          if (!status.error) return { tone: 'error', text: s.failed(name, status.note ?? '') };
          return { tone: 'error', text: s.failed(name, errorText(status.error, t)) + note };
        default:
          return status.event satisfies never;
      }
    }
    case 'deleted':
      return { tone: 'ok', text: s.deleted(status.count) };
    case 'saved':
      return { tone: 'ok', text: s.saved };
    case 'refreshed':
      return { tone: 'info', text: s.refreshed };
    case 'signed-out':
      return {
        tone: 'info',
        text: { requested: s.signedOut, expired: s.expired, inactive: s.inactive }[status.reason],
      };
    case 'typed-badge':
      return { tone: 'error', text: t.signIn.typed };
    case 'bad-badge':
      return { tone: 'error', text: t.signIn.unreadable[status.reason] };
    case 'error':
      return { tone: 'error', text: errorText(status.error, t) };
    default:
      return status satisfies never;
  }
}
