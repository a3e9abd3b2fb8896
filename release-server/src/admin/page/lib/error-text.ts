import { ApiError } from './api-client';
import type { Strings } from './i18n';

/** Codes whose server sentence says what exactly was refused: kept, after the translated words. */
const DETAILED: ReadonlySet<string> = new Set(['bad-request', 'conflict']);

/**
 * Any failure in this page's language: the page's own words, the server's code translated (with the
 * server's own sentence when it names what was refused), else the server's sentence.
 */
export function errorText(error: unknown, t: Strings): string {
  if (!(error instanceof ApiError)) return t.errors.unexpected;
  switch (error.code) {
    case 'network':
      return t.errors.network;
    case 'bad-answer':
      return t.errors.badAnswer;
    default: {
      const words = t.serverErrors[error.code];
      if (words === undefined) return error.message;
      return DETAILED.has(error.code) ? `${words} (${error.message})` : words;
    }
  }
}
