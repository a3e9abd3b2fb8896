import type { BadgeRejection, ErrorCode, Language } from '@quire/protocol';
import { en } from './i18n-en';
import { fr } from './i18n-fr';
import type { LocalErrorCode } from './request-error';

/** What stops a printer, in the few kinds a person needs to know (printer-problem.ts). */
export type ProblemKind = 'jam' | 'paper' | 'door' | 'toner' | 'offline';

/**
 * Every word the panel shows, one typed table per language (i18n-en.ts, i18n-fr.ts): the compiler lists
 * anything missing, and i18n.test.ts walks the tables. Sentences with values in them are functions, so
 * each language can order the words its own way.
 */
export interface Strings {
  /** BCP 47 tag for `<html lang>`. */
  lang: Language;
  /** This language's name in itself, on the button that switches to it. */
  name: string;
  title: string;
  noPrinter: { title: string; body: string };
  badPrinter: (raw: string) => string;
  connecting: string;
  unreachable: { title: string; body: string };
  unknownPrinter: { title: string; body: (name: string) => string };
  oldPanel: { title: string; body: string; reload: string };
  offline: string;
  signIn: {
    prompt: string;
    printer: (name: string) => string;
    hint: string;
    withoutBadge: string;
    /** A number typed on a keyboard instead of a badge tap. */
    typed: string;
    /** Why what the reader typed is not a badge (`empty` is never shown). */
    unreadable: Record<BadgeRejection, string>;
  };
  form: {
    registerTitle: string;
    registerBody: string;
    credentialsTitle: string;
    credentialsBody: string;
    username: string;
    secret: string;
    register: string;
    signIn: string;
    cancel: string;
    show: string;
    hide: string;
  };
  keyboard: { shift: string; backspace: string; space: string };
  printer: {
    reasons: Record<ProblemKind, string>;
    /** The banner when the reasons are known, e.g. "paper jam". */
    problem: (reasons: string) => string;
    stopped: string;
    notAccepting: string;
  };
  auto: {
    printing: (count: number) => string;
    progress: (printed: number, count: number) => string;
    done: (printed: number, failed: number) => string;
  };
  jobs: {
    label: string;
    loading: string;
    jobsOf: (displayName: string) => string;
    empty: string;
    emptyHint: string;
    untitled: string;
    pages: (pages: number | null) => string;
    copies: (copies: number) => string;
    color: string;
    mono: string;
    oneSided: string;
    twoSided: string;
    justNow: string;
    minutesAgo: (minutes: number) => string;
    months: readonly string[];
    waiting: string;
    printing: string;
    printed: string;
    kept: string;
    notPrinted: (reason: string) => string;
  };
  /** Cost and quota (PRODUCT.md §5.2); `amount` is a decimal string such as "12.5". */
  money: {
    format: (amount: string, currency: string) => string;
    selected: (total: string) => string;
    pagesLeft: (left: number) => string;
    colorLeft: (left: number) => string;
    moneyLeft: (left: string) => string;
    colorMoneyLeft: (left: string) => string;
    printingOff: string;
    colorOff: string;
    acceptMono: string;
    declineMono: string;
  };
  actions: {
    print: (count: number) => string;
    printKeep: string;
    delete: string;
    edit: string;
    refresh: string;
    signOut: string;
    selectAll: string;
    selectNone: string;
    sending: string;
  };
  edit: {
    title: string;
    copies: string;
    fewer: string;
    more: string;
    copiesLocked: string;
    twoSided: string;
    mono: string;
    staple: string;
    punch: string;
    fold: string;
    save: string;
    cancel: string;
  };
  status: {
    sending: string;
    sent: (count: number, keep: boolean) => string;
    queued: (name: string, note: string | null) => string;
    printing: (name: string) => string;
    printed: (name: string) => string;
    /** A job's name quoted as this language quotes (“…” in English, « … » in French). */
    quote: (name: string) => string;
    failed: (name: string, reason: string) => string;
    aJob: string;
    deleted: (count: number) => string;
    saved: string;
    refreshed: string;
    signedOut: string;
    expired: string;
    inactive: string;
  };
  /** Errors made up by the panel itself; `unexpected` is a bug in the panel. */
  errors: Record<LocalErrorCode | 'unexpected', string>;
  /**
   * Server errors in this language. The server words its errors in English; a code missing here shows the
   * server's own sentence (so English needs none).
   */
  serverErrors: Partial<Record<ErrorCode, string>>;
  crash: string;
}

export const STRINGS: Readonly<Record<Language, Strings>> = { en, fr };

export { otherLanguage, pickLanguage } from '@quire/protocol';
