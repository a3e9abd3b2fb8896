import type { JobView } from '@quire/protocol';
import type { JobProgress, JobList as Jobs } from '../../lib/panel-state';
import { useNow } from '../../lib/use-now';
import { useStrings } from '../../lib/use-strings';
import { JobRow } from '../job-row';

export interface JobListProps {
  jobs: Jobs | null;
  selected: readonly number[];
  progress: Readonly<Record<number, JobProgress>>;
  onToggle(jobId: number): void;
}

/** Own jobs first, then each delegator's under "Jobs of <name>" (PRODUCT.md §5.2). Scrolls; nothing else does. */
export function JobList({ jobs, selected, progress, onToggle }: JobListProps) {
  const t = useStrings();
  const now = useNow();
  if (!jobs) return <div class="list empty">{t.jobs.loading}</div>;
  if (jobs.own.length === 0 && jobs.delegated.every((g) => g.jobs.length === 0)) {
    return (
      <div class="list empty">
        <p class="empty-title">{t.jobs.empty}</p>
        <p>{t.jobs.emptyHint}</p>
      </div>
    );
  }
  const row = (job: JobView) => (
    <JobRow
      key={job.id}
      job={job}
      selected={selected.includes(job.id)}
      progress={progress[job.id]}
      currency={jobs.currency}
      now={now}
      onToggle={onToggle}
    />
  );
  return (
    <div class="list" role="listbox" aria-multiselectable="true" aria-label={t.jobs.label}>
      {jobs.own.map(row)}
      {jobs.delegated.map((group, i) => (
        <div key={`of-${group.owner.name}`} class="group">
          <div class="group-title" id={`owner-${i}`}>
            {t.jobs.jobsOf(group.owner.displayName)}
          </div>
          {/* biome-ignore lint/a11y/useSemanticElements: a <fieldset> is for form controls, these are listbox options */}
          <div role="group" aria-labelledby={`owner-${i}`}>
            {group.jobs.map(row)}
          </div>
        </div>
      ))}
    </div>
  );
}
