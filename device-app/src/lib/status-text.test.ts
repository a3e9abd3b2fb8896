import { describe, expect, it } from 'vitest';
import { STRINGS } from './i18n';
import type { StatusMessage } from './panel-state';
import { statusText } from './status-text';

const t = STRINGS.en;
const jam = { code: 'printer-aborted-job', message: 'the printer reported a paper jam' } as const;
const job = (
  event: 'queued' | 'printing' | 'printed' | 'failed',
  over: Partial<StatusMessage & { kind: 'job' }> = {},
): StatusMessage => ({
  kind: 'job',
  name: 'Report.pdf',
  event,
  note: null,
  error: null,
  ...over,
});

describe('statusText', () => {
  it.each<[string, StatusMessage, string, string]>([
    ['sending', { kind: 'sending' }, 'busy', 'Sending…'],
    ['printing', job('printing'), 'busy', 'Printing “Report.pdf”…'],
    ['printed', job('printed'), 'ok', '“Report.pdf” printed'],
    [
      'printed with a note',
      job('printed', { note: 'printed in black and white' }),
      'ok',
      '“Report.pdf” printed (printed in black and white)',
    ],
    [
      'queued with a note',
      job('queued', { note: 'waiting: the printer is busy' }),
      'busy',
      '“Report.pdf”: waiting: the printer is busy',
    ],
    ['queued', job('queued'), 'busy', '“Report.pdf” is waiting for the printer…'],
    [
      'failed',
      job('failed', { error: jam }),
      'error',
      '“Report.pdf” not printed: the printer reported a paper jam',
    ],
    [
      'failed, reason only in the note',
      job('failed', { note: 'out of paper' }),
      'error',
      '“Report.pdf” not printed: out of paper',
    ],
    [
      'failed, no name',
      job('failed', { name: '', error: jam }),
      'error',
      'A job not printed: the printer reported a paper jam',
    ],
    [
      'server error',
      { kind: 'error', error: { code: 'unknown-badge', message: 'This badge is not registered.' } },
      'error',
      'This badge is not registered.',
    ],
    [
      'timeout',
      { kind: 'error', error: { code: 'timeout', message: '' } },
      'error',
      'The print server did not answer in time. Try again.',
    ],
    [
      'inactive',
      { kind: 'signed-out', reason: 'inactive' },
      'info',
      'Signed out: the panel was not used for a while.',
    ],
    ['deleted two', { kind: 'deleted', count: 2 }, 'ok', '2 jobs deleted.'],
    ['sent', { kind: 'sent', count: 1, keep: false }, 'info', 'Sent to the printer.'],
    [
      'sent and kept',
      { kind: 'sent', count: 2, keep: true },
      'info',
      '2 jobs sent to the printer. They stay in your list.',
    ],
    [
      'typed badge',
      { kind: 'typed-badge' },
      'error',
      'Tap your badge on the reader. Typed numbers are not accepted.',
    ],
    [
      'misread badge',
      { kind: 'bad-badge', reason: 'not-wiegand26' },
      'error',
      'The badge was not read correctly. Tap it again.',
    ],
  ])('%s', (_, status, tone, text) => {
    expect(statusText(status, t)).toEqual({ tone, text });
  });

  it.each<[string, StatusMessage, string]>([
    ['printing', job('printing'), 'Impression de «\u00a0Report.pdf\u00a0»…'],
    ['printed', job('printed'), '«\u00a0Report.pdf\u00a0» imprimé'],
    [
      'failed, known code',
      job('failed', { error: { code: 'printer-stopped', message: 'Hall has a paper jam.' } }),
      '«\u00a0Report.pdf\u00a0» non imprimé\u00a0: l’imprimante est arrêtée (voir en haut). Vos travaux restent en attente.',
    ],
    [
      'bad credentials',
      { kind: 'error', error: { code: 'bad-credentials', message: 'Wrong username or password.' } },
      'Identifiant ou mot de passe incorrect. Vérifiez et réessayez.',
    ],
    [
      'typed badge',
      { kind: 'typed-badge' },
      'Passez votre badge sur le lecteur. Un numéro tapé au clavier n’est pas accepté.',
    ],
  ])('in French: %s', (_, status, text) => {
    expect(statusText(status, STRINGS.fr).text).toBe(text);
  });
});
