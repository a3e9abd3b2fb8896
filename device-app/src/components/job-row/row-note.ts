import type { JobView } from '@quire/protocol';
import type { Strings } from '../../lib/i18n';
import type { JobProgress } from '../../lib/panel-state';
import type { Tone } from '../../lib/status-text';

/** The third line of a row: where a release of this job stands, or why the last one failed. */
export function rowNote(
  job: JobView,
  progress: JobProgress | undefined,
  t: Strings['jobs'],
): { tone: Tone; text: string } | null {
  if (progress) {
    switch (progress.event) {
      case 'queued':
        return { tone: 'busy', text: progress.note ?? t.waiting };
      case 'printing':
        return { tone: 'busy', text: t.printing };
      case 'printed':
        return { tone: 'ok', text: t.printed };
      case 'failed':
        return { tone: 'error', text: t.notPrinted(progress.error?.message ?? progress.note ?? '') };
      default:
        return progress.event satisfies never;
    }
  }
  if (job.state === 'releasing') return { tone: 'busy', text: t.printing };
  if (job.lastError) return { tone: 'error', text: t.notPrinted(job.lastError.message) };
  return null;
}
