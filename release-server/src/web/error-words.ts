import type { ErrorCode } from '@quire/protocol';
import { ApiError, type ApiErrorCode } from './api-error';

/** The words a page has for failures: its own, and the server's codes in its language. */
export interface ErrorWords {
  errors: { network: string; badAnswer: string; unexpected: string };
  /** A code missing here shows the server's own (English) sentence. */
  serverErrors: Partial<Record<ErrorCode, string>>;
}

const NONE: ReadonlySet<ApiErrorCode> = new Set();

/**
 * Any failure in the page's language: the page's own words, the server's code translated, else the
 * server's sentence. For codes in `detailed`, whose server sentence names what exactly was refused,
 * that sentence follows the translated words.
 */
export function errorWords(error: unknown, t: ErrorWords, detailed = NONE): string {
  if (!(error instanceof ApiError)) return t.errors.unexpected;
  switch (error.code) {
    case 'network':
      return t.errors.network;
    case 'bad-answer':
      return t.errors.badAnswer;
    case 'aborted':
      return error.message;
    default: {
      const words = t.serverErrors[error.code];
      if (words === undefined) return error.message;
      return detailed.has(error.code) ? `${words} (${error.message})` : words;
    }
  }
}
