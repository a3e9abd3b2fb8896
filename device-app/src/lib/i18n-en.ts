import type { Strings } from './i18n';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** English (the server's own words are English too: `serverErrors` stays empty). */
export const en: Strings = {
  lang: 'en',
  name: 'English',
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
    withoutBadge: 'Sign in without a badge',
    typed: 'Tap your badge on the reader. Typed numbers are not accepted.',
    unreadable: {
      empty: '',
      'bad-pattern': 'The badge reader of this printer is set up wrongly. Ask your administrator.',
      'no-match': 'This card cannot be read here. Try again, or ask your administrator.',
      'not-a-number': 'The badge was not read correctly. Tap it again.',
      'needs-number': 'The badge reader of this printer is set up wrongly. Ask your administrator.',
      'not-wiegand26': 'The badge was not read correctly. Tap it again.',
      'too-long': 'This badge number is too long. Ask your administrator.',
    },
  },
  form: {
    registerTitle: 'This badge is new',
    registerBody: 'Sign in once to link it to you. Next time, your badge is enough.',
    credentialsTitle: 'Sign in without a badge',
    credentialsBody: 'Your username or email, and your password or PIN.',
    username: 'Username',
    secret: 'Password or PIN',
    register: 'Link my badge',
    signIn: 'Sign in',
    cancel: 'Cancel',
    show: 'Show',
    hide: 'Hide',
  },
  keyboard: { shift: 'Shift', backspace: 'Delete', space: 'Space' },
  printer: {
    reasons: {
      jam: 'paper jam',
      paper: 'out of paper',
      door: 'a door is open',
      toner: 'out of toner',
      offline: 'offline',
    },
    problem: (reasons) => `Printer problem: ${reasons}. Your jobs stay here until it is fixed.`,
    stopped: 'The printer has stopped. Your jobs stay here until it is fixed.',
    notAccepting: 'The printer is not accepting jobs right now. Your jobs stay here.',
  },
  auto: {
    printing: (count) => (count === 1 ? 'Printing your job…' : `Printing all your jobs (${count})…`),
    progress: (printed, count) => `${printed} of ${count} printed`,
    done: (printed, failed) =>
      failed === 0
        ? printed === 1
          ? 'Your job was printed.'
          : `All ${printed} jobs were printed.`
        : `${printed} printed, ${failed} not printed: see below.`,
  },
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
    months: MONTHS,
    waiting: 'Waiting…',
    printing: 'Printing…',
    printed: 'Printed',
    kept: 'Printed, kept',
    notPrinted: (reason) => `Not printed: ${reason}`,
  },
  actions: {
    print: (count) => (count > 1 ? `Print ${count}` : 'Print'),
    printKeep: 'Print and keep',
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
    copiesLocked: 'Your organisation does not allow changing the number of copies.',
    twoSided: 'Two-sided',
    mono: 'Black and white',
    staple: 'Staple',
    punch: 'Punch',
    fold: 'Fold',
    save: 'Save',
    cancel: 'Cancel',
  },
  status: {
    sending: 'Sending…',
    sent: (count, keep) =>
      (count === 1 ? 'Sent to the printer.' : `${count} jobs sent to the printer.`) +
      (keep ? ' They stay in your list.' : ''),
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
    inactive: 'Signed out: the panel was not used for a while.',
  },
  errors: {
    timeout: 'The print server did not answer in time. Try again.',
    offline: 'Not connected to the print server. Wait for the connection to come back, then try again.',
    cancelled: 'Cancelled.',
    unexpected: 'Something went wrong on this panel. Try again.',
  },
  serverErrors: {},
  crash: 'Something went wrong — tap to restart',
};
