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
      'Signed out after a minute without use.',
    ],
    ['deleted two', { kind: 'deleted', count: 2 }, 'ok', '2 jobs deleted.'],
  ])('%s', (_, status, tone, text) => {
    expect(statusText(status, t)).toEqual({ tone, text });
  });
});
