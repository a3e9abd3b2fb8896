import type { ApiErrorCode } from '../../../web/api-error';
import { errorWords } from '../../../web/error-words';
import type { Strings } from './i18n';

/** Codes whose server sentence says what exactly was refused: kept, after the translated words. */
const DETAILED: ReadonlySet<ApiErrorCode> = new Set(['bad-request', 'conflict']);

/** Any failure in this page's language (web/error-words.ts), with the server's detail where it names what. */
export const errorText = (error: unknown, t: Strings): string => errorWords(error, t, DETAILED);
