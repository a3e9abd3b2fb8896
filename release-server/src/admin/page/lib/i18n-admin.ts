import type {
  AssignmentScope,
  BadgeRejection,
  CountBy,
  HistoryEntry,
  HomeIcon,
  PricingKind,
  QuotaPolicyMode,
  QuotaUnit,
  ReportDimensionName,
  Role,
} from '@quire/protocol';
import type { SignInMode } from '../components/sign-in-form';
import type { ImportKind } from './admin-api';

/**
 * The words of accounts and of the settings sections (issue 5), part of {@link Strings}: kept apart from
 * the shell's and the fleet's so that each table stays a size one can read.
 */
export interface AdminStrings {
  account: {
    /** The header's "signed in as": a name and a role. */
    who: (name: string, role: string) => string;
    roles: Record<Role, string>;
    /** The admin token is no person: what the header and the audit log call it. */
    tokenName: string;
    intro: string;
    login: string;
    password: string;
    missing: { login: string; password: string };
    wrong: string;
    tooMany: (seconds: number) => string;
    /** The button that switches to another way in. */
    use: Record<SignInMode, string>;
    setup: {
      title: string;
      intro: string;
      labels: { email: string; name: string; password: string; again: string };
      passwordHint: (min: number) => string;
      emailMissing: string;
      emailBad: string;
      nameMissing: string;
      passwordShort: (min: number) => string;
      mismatch: string;
      submit: string;
      creating: string;
      signInInstead: string;
    };
    noAccess: { title: string; body: string; link: string };
    signOutFailed: (reason: string) => string;
  };
  access: { readOnly: string; adminOnly: string };
  form: {
    save: string;
    saving: string;
    saved: string;
    /** The check before sending found problems: they are marked. */
    fix: string;
    failed: (reason: string) => string;
    required: string;
    wholeNumber: string;
    atLeast: (n: number) => string;
    atMost: (n: number) => string;
    tooShort: (n: number) => string;
    tooLong: (n: number) => string;
    invalid: string;
    /** An amount of impressions or money. */
    amount: string;
    /** The protocol's own rules (lib/form-errors.ts). */
    rules: {
      bands: string;
      modelsOnce: string;
      amountsMatchUnit: string;
      assignmentsOnce: string;
      namesOnce: string;
      timeZone: string;
      money: string;
      currency: string;
      printerName: string;
      printerUri: string;
    };
  };
  badgeReader: {
    title: string;
    intro: string;
    perPrinter: string;
    pattern: string;
    patternHint: string;
    input: string;
    output: string;
    formats: { decimal: string; hex: string; text: string };
    reverseBytes: string;
    wiegand26: string;
    stripLeadingZeros: string;
    padTo: string;
    padToHint: string;
    allowTyped: string;
    allowTypedHint: string;
    tryLabel: string;
    tryHint: string;
    becomes: (badge: string) => string;
    rejected: Record<BadgeRejection, string>;
  };
  panel: {
    back: string;
    title: (printer: string) => string;
    intro: string;
    edit: (printer: string) => string;
    language: string;
    languageHint: string;
    homeLabel: string;
    homeLabelHint: string;
    homeIcon: string;
    homeIconHint: string;
    /** Each icon's name: what a screen reader says for its picture. */
    homeIcons: Record<HomeIcon, string>;
    reader: string;
    readerServer: string;
    readerOwn: string;
  };
  prices: {
    title: string;
    intro: string;
    currency: string;
    currencyHint: string;
    countBy: string;
    countByOptions: Record<CountBy, string>;
    everyPrinter: string;
    kind: string;
    kinds: Record<PricingKind, string>;
    kindHints: Record<PricingKind, string>;
    included: string;
    mono: (currency: string) => string;
    color: (currency: string) => string;
    from: string;
    removeBand: (n: number) => string;
    addBand: string;
    models: string;
    modelsHint: string;
    noModels: string;
    model: string;
    removeModel: (name: string) => string;
    addModel: string;
  };
  quotas: {
    title: string;
    intro: string;
    definitions: string;
    definitionsHint: string;
    noDefinitions: string;
    name: string;
    unit: string;
    units: Record<QuotaUnit, string>;
    schedule: string;
    schedules: { 'every-month': string; 'per-month': string };
    total: string;
    totalKinds: { unlimited: string; disabled: string; amount: string };
    color: string;
    colorKinds: { allowed: string; disallowed: string; limited: string };
    impressions: string;
    money: string;
    colorAmount: (unit: string) => string;
    removeDefinition: (name: string) => string;
    addDefinition: string;
    assignments: string;
    assignmentsHint: string;
    noAssignments: string;
    scope: string;
    scopes: Record<AssignmentScope, string>;
    subjects: Record<Exclude<AssignmentScope, 'company'>, string>;
    quota: string;
    removeAssignment: (n: number) => string;
    addAssignment: string;
    defineFirst: string;
    policy: string;
    mode: string;
    modes: Record<QuotaPolicyMode, string>;
    offerMono: string;
    offerMonoHint: string;
    timeZone: string;
    timeZoneHint: string;
  };
  policies: {
    title: string;
    intro: string;
    delegation: string;
    delegationHint: string;
    editCopies: string;
    editCopiesHint: string;
    printAndKeep: string;
    printAndKeepHint: string;
    autoRelease: string;
    autoReleaseHint: string;
    inactivity: string;
    inactivityHint: string;
  };
  imports: {
    titles: Record<ImportKind, string>;
    intros: Record<ImportKind, string>;
    file: string;
    text: string;
    header: string;
    applyValid: string;
    check: string;
    checking: string;
    apply: string;
    applyValidButton: string;
    applying: string;
    problems: { empty: string; 'too-large': string; 'not-checked': string };
    applied: (created: number, updated: number, deleted: number) => string;
    notApplied: string;
    changed: string;
    passed: string;
    failed: (bad: number) => string;
    failedButValid: (bad: number) => string;
    badLines: (n: number) => string;
    skipped: string;
    willSkip: string;
    nothingUntilFixed: string;
    line: (n: number) => string;
    done: string;
    wouldDo: string;
    counts: {
      created: (n: number) => string;
      updated: (n: number) => string;
      deleted: (n: number) => string;
    };
  };
  range: { from: string; to: string; show: string };
  csv: { done: (filename: string) => string };
  history: {
    title: string;
    intro: string;
    kind: string;
    kinds: Record<'all' | HistoryEntry['kind'], string>;
    exportCsv: string;
    empty: string;
    caption: (first: number, last: number) => string;
    columns: readonly string[];
    colorModes: Readonly<Record<string, string>>;
    sides: Readonly<Record<string, string>>;
    estimated: string;
    estimatedMark: string;
    newer: string;
    older: string;
  };
  reports: {
    title: string;
    intro: string;
    by: string;
    dimensions: Record<ReportDimensionName, string>;
    exportCsv: string;
    empty: string;
    caption: (dimension: string) => string;
    columns: readonly string[];
  };
  audit: {
    title: string;
    intro: string;
    empty: string;
    caption: (n: number) => string;
    columns: readonly string[];
    older: string;
    end: string;
  };
}
