import type { LocalErrorCode } from './panel-client';

/**
 * Every word the panel shows, one typed table per language. Adding French is adding an `fr: Strings`
 * object to {@link STRINGS}; the compiler lists anything missing. Sentences with values in them are
 * functions, so each language can order the words its own way.
 */
export interface Strings {
  /** BCP 47 tag for `<html lang>`. */
  lang: string;
  title: string;
  noPrinter: { title: string; body: string };
  badPrinter: (raw: string) => string;
  connecting: string;
  unreachable: { title: string; body: string };
  unknownPrinter: { title: string; body: (name: string) => string };
  oldPanel: { title: string; body: string; reload: string };
  offline: string;
  signIn: { prompt: string; printer: (name: string) => string; hint: string; unknownBadge: string };
  printerStopped: (reasons: string) => string;
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
    notPrinted: (reason: string) => string;
  };
  actions: {
    print: (count: number) => string;
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
    twoSided: string;
    mono: string;
    save: string;
    cancel: string;
  };
  status: {
    sending: string;
    sent: (count: number) => string;
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
  crash: string;
}

const MONTHS_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

const en: Strings = {
  lang: 'en',
  title: 'Print Release',
  noPrinter: {
    title: 'This panel is not set up',
    body: 'It does not know which printer it belongs to. The address must end with ?printer=<name>. Ask your administrator.',
  },
  badPrinter: (raw) =>
    `"${raw}" is not a printer name (letters, digits, dot, dash or underscore). Ask your administrator.`,
  connecting: 'Connecting to the print server…',
  unreachable: {
    title: 'Cannot reach the print server',
    body: 'Trying again by itself. If this lasts more than a few minutes, check the network cable or call IT support.',
  },
  unknownPrinter: {
    title: 'Printer not registered',
    body: (name) =>
      `The print server does not know the printer "${name}". Ask your administrator to add it; this panel will notice by itself.`,
  },
  oldPanel: {
    title: 'This panel needs a reload',
    body: 'The print server was updated and speaks a newer version.',
    reload: 'Reload',
  },
  offline: 'Offline — reconnecting…',
  signIn: {
    prompt: 'Tap your badge',
    printer: (name) => `Printer ${name}`,
    hint: 'Hold your badge against the reader to see your print jobs.',
    unknownBadge: 'Ask your administrator to register your badge.',
  },
  printerStopped: (reasons) =>
    `The printer reports a problem${reasons ? `: ${reasons}` : ''}. Jobs wait until it is fixed.`,
  jobs: {
    label: 'Your print jobs',
    loading: 'Loading your jobs…',
    jobsOf: (displayName) => `Jobs of ${displayName}`,
    empty: 'No jobs waiting',
    emptyHint: 'Print from your computer to the Quire print queue, then tap Refresh.',
    untitled: 'Untitled',
    pages: (pages) => (pages === null ? '? pages' : pages === 1 ? '1 page' : `${pages} pages`),
    copies: (copies) => (copies === 1 ? '1 copy' : `${copies} copies`),
    color: 'Colour',
    mono: 'Black and white',
    oneSided: 'One-sided',
    twoSided: 'Two-sided',
    justNow: 'just now',
    minutesAgo: (minutes) => `${minutes} min ago`,
    months: MONTHS_EN,
    waiting: 'Waiting…',
    printing: 'Printing…',
    printed: 'Printed',
    notPrinted: (reason) => `Not printed: ${reason}`,
  },
  actions: {
    print: (count) => (count > 1 ? `Print ${count}` : 'Print'),
    delete: 'Delete',
    edit: 'Edit',
    refresh: 'Refresh',
    signOut: 'Sign out',
    selectAll: 'Select all',
    selectNone: 'Select none',
    sending: 'Sending…',
  },
  edit: {
    title: 'Print settings',
    copies: 'Copies',
    fewer: 'One copy fewer',
    more: 'One copy more',
    twoSided: 'Two-sided',
    mono: 'Black and white',
    save: 'Save',
    cancel: 'Cancel',
  },
  status: {
    sending: 'Sending…',
    sent: (count) => (count === 1 ? 'Sent to the printer.' : `${count} jobs sent to the printer.`),
    queued: (name, note) => (note ? `${name}: ${note}` : `${name} is waiting for the printer…`),
    printing: (name) => `Printing ${name}…`,
    printed: (name) => `${name} printed`,
    failed: (name, reason) => (reason ? `${name} not printed: ${reason}` : `${name} not printed`),
    quote: (name) => `“${name}”`,
    aJob: 'A job',
    deleted: (count) => (count === 1 ? 'Job deleted.' : `${count} jobs deleted.`),
    saved: 'Settings saved.',
    refreshed: 'List updated.',
    signedOut: 'Signed out. Goodbye!',
    expired: 'Your session has ended. Tap your badge again.',
    inactive: 'Signed out after a minute without use.',
  },
  errors: {
    timeout: 'The print server did not answer in time. Try again.',
    offline: 'Not connected to the print server. Wait for the connection to come back, then try again.',
    cancelled: 'Cancelled.',
    unexpected: 'Something went wrong on this panel. Try again.',
  },
  crash: 'Something went wrong — tap to restart',
};

export const STRINGS = { en } as const satisfies Record<string, Strings>;
export type Language = keyof typeof STRINGS;

/** The first supported language in `preferred` (e.g. `navigator.languages`), else English. */
export function pickLanguage(preferred: readonly (string | null | undefined)[]): Language {
  for (const tag of preferred) {
    const base = tag?.toLowerCase().split('-')[0];
    if (base && base in STRINGS) return base as Language;
  }
  return 'en';
}
