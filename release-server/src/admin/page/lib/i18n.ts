import type {
  AlertSeverity,
  CounterUnit,
  ErrorCode,
  FleetState,
  Language,
  PollErrorKind,
  PrinterErrorFlag,
  SupplyCondition,
} from '@quire/protocol';
import type { AdminStrings } from './i18n-admin';
import { en } from './i18n-en';
import { fr } from './i18n-fr';
import type { NavGroup, SectionId } from './route';

/**
 * Why a sign-in form is shown, besides the first visit: the admin token refused (`wrong`, `disabled`,
 * `expired`, `empty`), the session ended (`session-ended`) or gone (`not-signed-in`), signed out, or
 * no server.
 */
export type SignInReason =
  | 'wrong'
  | 'disabled'
  | 'expired'
  | 'session-ended'
  | 'not-signed-in'
  | 'signed-out'
  | 'unreachable'
  | 'empty';

/** Finishing families the printers view names (protocol FINISHING_FAMILIES). */
export type FinishingWord = 'staple' | 'punch' | 'fold';

/**
 * Every word of the admin page, one typed table per language (i18n-en.ts, i18n-fr.ts), as on the panel
 * (device-app/src/lib/i18n.ts): the compiler lists what a language lacks and i18n.test.ts walks both
 * tables. Sentences with values are functions so that each language orders its own words.
 */
export interface Strings extends AdminStrings {
  /** BCP 47 tag for `<html lang>`. */
  lang: Language;
  /** The locale dates and numbers are written in (24-hour clock in both). */
  locale: string;
  /** This language's name in itself, on the button that switches to it. */
  name: string;
  /** What the switch button does, said in the language it switches to. */
  switchHere: string;
  title: string;
  product: string;
  area: string;
  server: (host: string) => string;
  skip: string;
  signOut: string;
  nav: { label: string; groups: Record<NavGroup, string>; sections: Record<SectionId, string> };
  signIn: {
    title: string;
    /** The admin token form (for scripts and the demo). */
    tokenTitle: string;
    intro: string;
    token: string;
    hint: string;
    submit: string;
    checking: string;
    reasons: Record<SignInReason, string>;
  };
  load: {
    loading: string;
    retry: string;
    /** When the view was last read, and how often it is read again by itself. */
    updated: (time: string, seconds: number) => string;
    /** After the last refresh failed (said just before): what is shown dates from `time`. */
    stale: (time: string) => string;
  };
  notFound: { title: string; body: string; home: string };
  percent: (n: number) => string;
  ago: {
    justNow: string;
    seconds: (n: number) => string;
    minutes: (n: number) => string;
    hours: (n: number) => string;
    days: (n: number) => string;
  };
  /** A time and how long ago it was: "10:32:05 (12 s ago)". */
  when: (time: string, age: string) => string;
  state: Record<FleetState, string>;
  flags: Record<PrinterErrorFlag, string>;
  /** The device says it is down, with no error bit to say why. */
  down: string;
  /** A supply past its threshold, in a word. */
  supplyCondition: Record<Exclude<SupplyCondition, 'ok' | 'unknown'>, string>;
  /** A supply and its condition's word: "Magenta Toner Cartridge low". */
  supply: (description: string, condition: string) => string;
  severity: Record<AlertSeverity, string>;
  pollError: Record<PollErrorKind, string>;
  fleet: {
    title: string;
    intro: string;
    filterLabel: string;
    filters: Record<'all' | FleetState, string>;
    empty: string;
    emptyFilter: Record<FleetState, string>;
    connection: string;
    reach: { yes: string; never: string; off: string; no: (why: string) => string };
    supplies: string;
    noSupplies: string;
    left: (percent: string) => string;
    full: (percent: string) => string;
    someLeft: string;
    levelUnknown: string;
    pages: string;
    count: (n: string, unit: CounterUnit) => string;
    /** A reading flagged instead of counted (PRODUCT.md §11: meter readings only go up). */
    meter: { reset: string; 'serial-change': string };
    lastReading: string;
    never: string;
    alerts: string;
    noAlerts: string;
    getStatus: string;
    getting: string;
    got: (printer: string, state: string) => string;
    pollFailed: (printer: string, reason: string) => string;
    exportCsv: string;
    exporting: string;
    exportFailed: (reason: string) => string;
  };
  detail: {
    back: string;
    unknown: (printer: string) => string;
    facts: string;
    model: string;
    serial: string;
    sysName: string;
    location: string;
    lastPoll: string;
    pollError: string;
    monitoring: string;
    monitoringOn: string;
    monitoringOff: string;
    history: string;
    noHistory: string;
    raised: string;
    cleared: string;
    stillOpen: string;
    severity: string;
    alert: string;
    source: string;
    sources: { printer: string; supply: string };
    charts: string;
    toner: string;
    tonerDesc: (n: number) => string;
    pages: string;
    pagesDesc: string;
    noReadings: string;
    asTable: string;
    time: string;
    exportCsv: string;
  };
  printers: {
    title: string;
    intro: string;
    empty: string;
    uri: string;
    model: string;
    color: string;
    colorBoth: string;
    colorOnly: string;
    monoOnly: string;
    sides: string;
    twoSided: string;
    oneSided: string;
    finishing: string;
    finishings: Record<FinishingWord, string>;
    otherFinishing: (value: number) => string;
    none: string;
    copies: string;
    copiesMax: (n: number) => string;
    media: string;
    numberUp: string;
    formats: string;
    added: string;
    status: (printer: string) => string;
    add: string;
    name: string;
    nameHint: string;
    uriHint: string;
    addButton: string;
    adding: string;
    /** Saved: a new printer, or one moved to a new address. */
    addedNow: (printer: string, created: boolean) => string;
    addFailed: (reason: string) => string;
  };
  errors: { network: string; badAnswer: string; unexpected: string };
  /** Server errors in this language; a code missing here shows the server's own (English) sentence. */
  serverErrors: Partial<Record<ErrorCode, string>>;
  crash: string;
  reload: string;
}

export const STRINGS: Readonly<Record<Language, Strings>> = { en, fr };

export { otherLanguage, pickLanguage } from '@quire/protocol';
