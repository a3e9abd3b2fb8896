import type { ColorMode, HomeIcon, Sides } from '@quire/protocol';

/** `finishings` enum values (PWG 5100.1) in words for the tray; unknown values show their number. */
const FINISHING_WORDS: Record<number, string> = {
  4: 'staple',
  5: 'punch',
  6: 'cover',
  7: 'bind',
  8: 'saddle stitch',
  9: 'edge stitch',
  10: 'fold',
  11: 'trim',
  12: 'bale',
  13: 'booklet',
  14: 'jog offset',
  20: 'staple top left',
  21: 'staple bottom left',
  22: 'staple top right',
  23: 'staple bottom right',
  28: 'two staples left',
  29: 'two staples top',
  30: 'two staples right',
  31: 'two staples bottom',
  50: 'bind left',
  51: 'bind top',
  52: 'bind right',
  53: 'bind bottom',
  70: 'punch top left',
  71: 'punch bottom left',
  72: 'punch top right',
  73: 'punch bottom right',
  74: 'two holes left',
  75: 'two holes top',
  76: 'two holes right',
  77: 'two holes bottom',
  78: 'three holes left',
  79: 'three holes top',
  80: 'three holes right',
  81: 'three holes bottom',
  82: 'four holes left',
  83: 'four holes top',
  84: 'four holes right',
  85: 'four holes bottom',
  93: 'fold in half',
  96: 'letter fold',
  100: 'z-fold',
};

export const finishingWord = (f: number): string => FINISHING_WORDS[f] ?? `finishing ${f}`;

/** "no finishing" or the finishings joined: "staple, two holes left". */
export const finishingsWords = (fs: readonly number[]): string =>
  fs.length === 0 ? 'no finishing' : fs.map(finishingWord).join(', ');

export const SIDES_WORDS: Record<Sides, string> = {
  'one-sided': 'one-sided',
  'two-sided-long-edge': 'two-sided (long edge)',
  'two-sided-short-edge': 'two-sided (short edge)',
};

export const COLOR_WORDS: Record<ColorMode, string> = {
  color: 'colour',
  monochrome: 'black and white',
};

/** `printer-state-reasons` keywords a fault raises, in words for the status line. */
export function reasonWords(reason: string): string {
  const bare = reason.replace(/-(error|warning|report)$/, '');
  const words: Record<string, string> = {
    'media-jam': 'paper jam',
    offline: 'offline',
    'media-empty': 'out of paper',
    'toner-empty': 'out of toner',
    'marker-supply-empty': 'out of toner',
    'door-open': 'door open',
  };
  return words[bare] ?? bare.replaceAll('-', ' ');
}

/** The names of the home button's icons, as a screen reader says them on the home screen. */
export const HOME_ICON_WORDS: Record<HomeIcon, string> = {
  print: 'Printer',
  badge: 'Badge',
  lock: 'Padlock',
  document: 'Document',
  star: 'Star',
};
