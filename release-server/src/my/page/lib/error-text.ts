import { errorWords } from '../../../web/error-words';
import type { Strings } from './i18n';

/** Any failure in this page's language (web/error-words.ts). */
export const errorText = (error: unknown, t: Strings): string => errorWords(error, t);
