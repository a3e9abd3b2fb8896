import type { ColorMode, ErrorCode, HistoryEntry, Language, Sides } from '@quire/protocol';
import { en } from './i18n-en';
import { fr } from './i18n-fr';

/** Why the sign-in form is shown, besides the first visit. */
export type SignInReason = 'empty' | 'wrong' | 'too-many' | 'expired' | 'signed-out' | 'unreachable';

/** Why a file is refused before it is sent (lib/upload-check.ts), or after (the server's codes). */
export type UploadRefusal = 'type' | 'too-large' | 'image-too-large' | 'empty' | 'damaged';

/**
 * Every word of /my/, one typed table per language, as on the admin page and the panel: the compiler
 * lists what a language lacks and i18n.test.ts walks both. Sentences with values are functions so that
 * each language orders its own words.
 */
export interface Strings {
  /** BCP 47 tag for `<html lang>`. */
  lang: Language;
  /** The locale dates, numbers and money are written in. */
  locale: string;
  /** This language's name in itself, on the button that switches to it. */
  name: string;
  /** What the switch button does, said in the language it switches to. */
  switchHere: string;
  title: string;
  product: string;
  skip: string;
  signOut: string;
  signedInAs: (name: string) => string;
  signIn: {
    title: string;
    intro: string;
    login: string;
    password: string;
    submit: string;
    checking: string;
    reasons: Record<SignInReason, string>;
  };
  load: { loading: string; retry: string; refresh: string };
  jobs: {
    title: string;
    intro: string;
    empty: string;
    pages: (n: number | null) => string;
    cost: (amount: string) => string;
    submitted: (when: string) => string;
    settings: (copies: number, sides: Sides, color: ColorMode) => string;
    states: { held: string; kept: string; releasing: string };
    delete: string;
    deleteLabel: (name: string) => string;
    confirm: (name: string) => string;
    confirmYes: string;
    confirmNo: string;
    deleting: string;
    deleted: (name: string) => string;
    delegated: (owner: string) => string;
    delegatedNote: string;
    updated: string;
  };
  upload: {
    title: string;
    file: string;
    chooseFile: string;
    noFile: string;
    hint: (maxDocument: string, maxImage: string) => string;
    choose: string;
    submit: string;
    cancel: string;
    tooManyPixels: (name: string, millions: number) => string;
    progress: (name: string, percent: number) => string;
    done: (name: string) => string;
    cancelled: string;
    refused: Record<UploadRefusal, (name: string, limit: string) => string>;
    lost: string;
  };
  settings: {
    title: string;
    intro: string;
    copies: string;
    sides: string;
    sidesValues: Record<Sides, string>;
    color: string;
    colorValues: Record<ColorMode, string>;
    save: string;
    saving: string;
    saved: string;
  };
  delegates: {
    title: string;
    intro: string;
    off: string;
    none: string;
    add: string;
    person: string;
    personHint: string;
    remove: string;
    removeLabel: (name: string) => string;
    added: (name: string) => string;
    removed: (name: string) => string;
    unknown: (name: string) => string;
    self: string;
    already: (name: string) => string;
  };
  history: {
    title: string;
    empty: string;
    more: string;
    kinds: Record<HistoryEntry['kind'], string>;
    on: (printer: string) => string;
  };
  quota: {
    title: string;
    none: string;
    total: string;
    color: string;
    unlimited: string;
    disabled: string;
    impressions: (n: number) => string;
  };
  /** Sizes in this language's units: "2 GB", "2 Go". */
  megabytes: (n: number) => string;
  errors: { network: string; badAnswer: string; unexpected: string };
  /** Server errors in this language; a code missing here shows the server's own (English) sentence. */
  serverErrors: Partial<Record<ErrorCode, string>>;
  crash: string;
  reload: string;
}

export const STRINGS: Readonly<Record<Language, Strings>> = { en, fr };

export { otherLanguage, pickLanguage } from '@quire/protocol';
