import type { JobView } from '@quire/protocol';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { formatDate, formatMoney } from '../../lib/format';
import { useStrings } from '../../lib/use-strings';

interface Props {
  job: JobView;
  currency: string | null;
  /** Deletes the job; absent for someone else's job (a delegate prints, never deletes). */
  onDelete?: (job: JobView) => Promise<void>;
}

/** One job: its name, pages, cost, settings and when it was sent; Delete asks first, in place. */
export function JobRow({ job, currency, onDelete }: Props) {
  const t = useStrings();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  const ask = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // Right after the change is drawn, before the next key is handled: a quick Enter lands on the answer.
  useLayoutEffect(() => {
    if (confirming) yes.current?.focus();
    else if (asked.current) ask.current?.focus();
  }, [confirming]);

  const facts = [
    t.jobs.pages(job.pages),
    job.cost !== null && currency !== null ? t.jobs.cost(formatMoney(t.locale, job.cost, currency)) : null,
    t.jobs.settings(job.settings.copies, job.settings.sides, job.settings.colorMode),
  ].filter((f): f is string => f !== null);
  const state = job.state === 'held' ? null : t.jobs.states[job.state as keyof typeof t.jobs.states];

  const remove = async () => {
    if (!onDelete || busy) return;
    setBusy(true);
    try {
      await onDelete(job);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <li class="job" data-testid="job" data-job-id={job.id}>
      <div class="job-text">
        <p class="job-name">
          <span data-testid="job-name">{job.name}</span>
          {state && <span class="tag"> {state}</span>}
        </p>
        <p class="job-facts" data-testid="job-facts">
          {facts.join(' · ')}
        </p>
        <p class="muted">
          <time dateTime={job.submittedAt}>{t.jobs.submitted(formatDate(t.locale, job.submittedAt))}</time>
        </p>
      </div>
      {onDelete &&
        (confirming ? (
          // Escape or "Keep it" leaves the job as it was; focus returns to its Delete button.
          <fieldset class="confirm" onKeyDown={(e) => e.key === 'Escape' && setConfirming(false)}>
            <legend class="confirm-text">{t.jobs.confirm(job.name)}</legend>
            <button ref={yes} type="button" class="danger" data-testid="confirm-delete" onClick={remove}>
              {busy ? t.jobs.deleting : t.jobs.confirmYes}
            </button>
            <button type="button" data-testid="cancel-delete" onClick={() => setConfirming(false)}>
              {t.jobs.confirmNo}
            </button>
          </fieldset>
        ) : (
          <button
            ref={ask}
            type="button"
            aria-label={t.jobs.deleteLabel(job.name)}
            data-testid="delete"
            onClick={() => {
              asked.current = true;
              setConfirming(true);
            }}
          >
            {t.jobs.delete}
          </button>
        ))}
    </li>
  );
}
