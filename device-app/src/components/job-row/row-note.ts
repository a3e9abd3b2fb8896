import type { ErrorBody, JobView } from '@quire/protocol';
import type { Strings } from '../../lib/i18n';
import type { JobProgress } from '../../lib/panel-state';
import { errorText, type Tone } from '../../lib/status-text';

/** The third line of a row: where a release of this job stands, or why the last one failed. */
export function rowNote(
  job: JobView,
  progress: JobProgress | undefined,
  strings: Strings,
): { tone: Tone; text: string } | null {
  const t = strings.jobs;
  const why = (error: ErrorBody | null, note: string | null): string =>
    error ? errorText(error, strings) : (note ?? '');
  if (progress) {
    switch (progress.event) {
      case 'queued':
        return { tone: 'busy', text: progress.note ?? t.waiting };
      case 'printing':
        return { tone: 'busy', text: t.printing };
      case 'printed':
        return { tone: 'ok', text: job.state === 'kept' ? t.kept : t.printed };
      case 'failed':
        return { tone: 'error', text: t.notPrinted(why(progress.error, progress.note)) };
      default:
        return progress.event satisfies never;
    }
  }
  if (job.state === 'releasing') return { tone: 'busy', text: t.printing };
  if (job.lastError) return { tone: 'error', text: t.notPrinted(why(job.lastError, null)) };
  if (job.state === 'kept') return { tone: 'ok', text: t.kept };
  return null;
}
