import type { JobView } from '@quire/protocol';
import { jobSummary } from '../../lib/format';
import { isSelectable, type JobProgress } from '../../lib/panel-state';
import { useStrings } from '../../lib/use-strings';
import { rowNote } from './row-note';

export interface JobRowProps {
  job: JobView;
  selected: boolean;
  progress: JobProgress | undefined;
  /** The currency of `job.cost`; null when no prices apply. */
  currency: string | null;
  now: Date;
  onToggle(jobId: number): void;
}

/** One held job; the whole row is the touch target and tapping it selects or deselects the job. */
export function JobRow({ job, selected, progress, currency, now, onToggle }: JobRowProps) {
  const t = useStrings();
  const note = rowNote(job, progress, t);
  return (
    // A listbox option, so it can carry aria-selected. No key handler: the panel is touch-only and every
    // key press belongs to the badge reader (use-badge-input.ts).
    // biome-ignore lint/a11y/useKeyWithClickEvents: see above
    <div
      role="option"
      class="job"
      aria-selected={selected}
      aria-disabled={!isSelectable(job)}
      tabIndex={-1}
      data-testid="job-row"
      data-job-id={job.id}
      onClick={() => onToggle(job.id)}
    >
      <span class="check" aria-hidden="true">
        {selected ? '✓' : ''}
      </span>
      <span class="job-text">
        <span class="job-name">{job.name || t.jobs.untitled}</span>
        <span class="job-meta">
          {jobSummary(job, now, t.jobs)}
          {job.cost !== null && currency && (
            <span class="job-cost" data-testid="job-cost">
              {' · '}
              {t.money.format(job.cost, currency)}
            </span>
          )}
        </span>
        {note && <span class={`job-note tone-${note.tone}`}>{note.text}</span>}
      </span>
    </div>
  );
}
