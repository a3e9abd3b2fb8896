import { DEFAULT_SETTINGS, type JobView } from '@quire/protocol';
import { describe, expect, it } from 'vitest';
import { STRINGS } from '../../lib/i18n';
import type { JobProgress } from '../../lib/panel-state';
import { rowNote } from './row-note';

const jam = { code: 'printer-aborted-job', message: 'paper jam in tray 2' } as const;
const job = (over: Partial<JobView> = {}): JobView => ({
  id: 1,
  name: 'Report',
  owner: 'ada',
  submittedAt: '2026-03-10T09:00:00.000Z',
  pages: 1,
  submittedColor: 'color',
  settings: { ...DEFAULT_SETTINGS },
  size: 10,
  source: 'ipp',
  state: 'held',
  lastError: null,
  cost: null,
  ...over,
});
const progress = (event: JobProgress['event'], over: Partial<JobProgress> = {}): JobProgress => ({
  event,
  note: null,
  error: null,
  ...over,
});

describe('rowNote', () => {
  it.each<[string, JobView, JobProgress | undefined, ReturnType<typeof rowNote>]>([
    ['a plain held job', job(), undefined, null],
    [
      'held again after a failure',
      job({ lastError: jam }),
      undefined,
      { tone: 'error', text: 'Not printed: paper jam in tray 2' },
    ],
    [
      'printing from another panel',
      job({ state: 'releasing' }),
      undefined,
      { tone: 'busy', text: 'Printing…' },
    ],
    [
      'queued with a note',
      job(),
      progress('queued', { note: 'waiting: the printer is busy' }),
      { tone: 'busy', text: 'waiting: the printer is busy' },
    ],
    [
      'printing now, despite an old error',
      job({ lastError: jam }),
      progress('printing'),
      { tone: 'busy', text: 'Printing…' },
    ],
    [
      'failed',
      job(),
      progress('failed', { error: jam }),
      { tone: 'error', text: 'Not printed: paper jam in tray 2' },
    ],
    ['kept after print and keep', job({ state: 'kept' }), undefined, { tone: 'ok', text: 'Printed, kept' }],
    [
      'kept, just printed again',
      job({ state: 'kept' }),
      progress('printed'),
      { tone: 'ok', text: 'Printed, kept' },
    ],
  ])('%s', (_, j, p, expected) => {
    expect(rowNote(j, p, STRINGS.en)).toEqual(expected);
  });

  it('words a known server error in French, and keeps the server sentence otherwise', () => {
    const stopped = {
      code: 'printer-stopped',
      message: 'Hall has a paper jam. Your jobs stay held.',
    } as const;
    expect(rowNote(job(), progress('failed', { error: stopped }), STRINGS.fr)?.text).toBe(
      'Non imprimé\u00a0: l’imprimante est arrêtée (voir en haut). Vos travaux restent en attente.',
    );
    expect(rowNote(job({ state: 'kept' }), undefined, STRINGS.fr)?.text).toBe('Imprimé, conservé');
    expect(rowNote(job(), progress('failed', { error: stopped }), STRINGS.en)?.text).toBe(
      'Not printed: Hall has a paper jam. Your jobs stay held.',
    );
  });
});
