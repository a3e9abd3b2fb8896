import type { PrinterStatus } from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import { STRINGS } from './i18n';
import { printerProblem, problemText } from './printer-problem';

const status = (over: Partial<PrinterStatus>): PrinterStatus => ({
  state: 'stopped',
  reasons: [],
  acceptingJobs: true,
  ...over,
});

describe('printerProblem', () => {
  it.each<[string, PrinterStatus | null, string | null, string | null]>([
    ['no status yet', null, null, null],
    ['idle', status({ state: 'idle' }), null, null],
    ['printing with a warning', status({ state: 'processing', reasons: ['toner-low-warning'] }), null, null],
    [
      'jam',
      status({ reasons: ['media-jam-error'] }),
      'Printer problem: paper jam. Your jobs stay here until it is fixed.',
      'Problème d’imprimante\u00a0: bourrage papier. Vos travaux restent ici jusqu’à ce qu’il soit réglé.',
    ],
    [
      'out of paper, twice said',
      status({ reasons: ['media-empty-error', 'media-needed'] }),
      'Printer problem: out of paper. Your jobs stay here until it is fixed.',
      'Problème d’imprimante\u00a0: plus de papier. Vos travaux restent ici jusqu’à ce qu’il soit réglé.',
    ],
    [
      'door and toner',
      status({ reasons: ['cover-open-error', 'marker-supply-empty-error'] }),
      'Printer problem: a door is open, out of toner. Your jobs stay here until it is fixed.',
      'Problème d’imprimante\u00a0: une porte est ouverte, plus de toner. Vos travaux restent ici jusqu’à ce qu’il soit réglé.',
    ],
    [
      'door-open and toner-empty',
      status({ reasons: ['door-open', 'toner-empty-error'] }),
      'Printer problem: a door is open, out of toner. Your jobs stay here until it is fixed.',
      null,
    ],
    [
      'offline',
      status({ reasons: ['offline-error'], acceptingJobs: false }),
      'Printer problem: offline. Your jobs stay here until it is fixed.',
      'Problème d’imprimante\u00a0: hors ligne. Vos travaux restent ici jusqu’à ce qu’il soit réglé.',
    ],
    [
      'stopped for an unknown reason',
      status({ reasons: ['spool-area-full-error'] }),
      'The printer has stopped. Your jobs stay here until it is fixed.',
      'L’imprimante est arrêtée. Vos travaux restent ici jusqu’à ce qu’elle soit réparée.',
    ],
    [
      'idle but not accepting jobs',
      status({ state: 'idle', acceptingJobs: false }),
      'The printer is not accepting jobs right now. Your jobs stay here.',
      'L’imprimante n’accepte pas de travaux pour le moment. Vos travaux restent ici.',
    ],
  ])('%s', (_, s, english, french) => {
    const problem = printerProblem(s);
    if (english === null) {
      expect(problem).toBeNull();
      return;
    }
    expect(problem).not.toBeNull();
    expect(problemText(problem!, s!, STRINGS.en.printer)).toBe(english);
    if (french !== null) expect(problemText(problem!, s!, STRINGS.fr.printer)).toBe(french);
  });
});
