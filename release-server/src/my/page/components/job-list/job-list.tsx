import type { JobView, MyJobs } from '@quire/protocol';
import { useState } from 'preact/hooks';
import type { MyApi } from '../../lib/api';
import { errorText } from '../../lib/error-text';
import type { Strings } from '../../lib/i18n';
import type { Loaded } from '../../lib/use-load';
import { useStrings } from '../../lib/use-strings';
import { LoadState } from '../load-state';
import { Said } from '../said';
import { JobRow } from './job-row';

interface Props {
  api: MyApi;
  jobs: Loaded<MyJobs>;
  /** After a job was deleted: the list, the quota and the history change. */
  onDeleted: () => void;
}

/** My held jobs, then those of people who named me delegate, grouped by owner (PRODUCT.md §5.2). */
export function JobList({ api, jobs, onDeleted }: Props) {
  const t = useStrings();
  // What happened last, said to screen readers and shown: words or an error, reworded on a language switch.
  const [said, setSaid] = useState<{ ok: (t: Strings) => string } | { error: unknown } | null>(null);

  const remove = async (job: JobView) => {
    try {
      await api.deleteJob(job.id);
      setSaid({ ok: (w) => w.jobs.deleted(job.name) });
      // The row is gone: focus goes to the list's title rather than to the page's top.
      document.getElementById('jobs-title')?.focus();
      onDeleted();
    } catch (error) {
      setSaid({ error });
      void jobs.reload();
    }
  };
  const refresh = async () => {
    await jobs.reload();
    setSaid({ ok: (w) => w.jobs.updated });
  };

  const list = jobs.data;
  return (
    <section class="card" aria-labelledby="jobs-title" data-testid="jobs">
      <div class="section-head">
        <h2 id="jobs-title" tabIndex={-1}>
          {t.jobs.title}
        </h2>
        <button type="button" class="secondary" data-testid="refresh" onClick={refresh}>
          {t.load.refresh}
        </button>
      </div>
      <p class="muted">{t.jobs.intro}</p>
      <Said
        id="jobs-said"
        ok={said && 'ok' in said ? said.ok(t) : ''}
        problem={said && 'error' in said ? errorText(said.error, t) : ''}
        testid="jobs-said"
      />
      <LoadState loaded={jobs} />
      {list &&
        (list.own.length === 0 ? (
          <p data-testid="no-jobs">{t.jobs.empty}</p>
        ) : (
          <ul class="jobs">
            {list.own.map((job) => (
              <JobRow key={job.id} job={job} currency={list.currency} onDelete={remove} />
            ))}
          </ul>
        ))}
      {list?.delegated.map((group) => (
        <div key={group.owner.name} class="delegated" data-testid="delegated">
          <h3>{t.jobs.delegated(group.owner.displayName)}</h3>
          <p class="muted">{t.jobs.delegatedNote}</p>
          <ul class="jobs">
            {group.jobs.map((job) => (
              <JobRow key={job.id} job={job} currency={list.currency} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
