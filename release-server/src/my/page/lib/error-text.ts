import { ApiError } from './api';
import type { Strings } from './i18n';

/** Any failure in this page's language: the page's own words, the server's code translated, else the server's sentence. */
export function errorText(error: unknown, t: Strings): string {
  if (!(error instanceof ApiError)) return t.errors.unexpected;
  switch (error.code) {
    case 'network':
      return t.errors.network;
    case 'bad-answer':
      return t.errors.badAnswer;
    default:
      return t.serverErrors[error.code as keyof Strings['serverErrors']] ?? error.message;
  }
}
