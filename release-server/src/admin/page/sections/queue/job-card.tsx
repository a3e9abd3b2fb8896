import type { AdminJob, JobState, PrinterRecord } from '@quire/protocol';
import { useEffect, useRef } from 'preact/hooks';
import { ConfirmButton } from '../../components/confirm-button';
import { ApiError } from '../../lib/api-client';
import { errorText } from '../../lib/error-text';
import { formatNumber, formatWhen } from '../../lib/format';
import { formatMoney } from '../../lib/money';
import { useAccess } from '../../lib/use-access';
import { useStrings, useWords } from '../../lib/use-strings';
import { ReleaseForm } from './release-form';
import { settingsSummary } from './settings-summary';
import type { Progress } from './use-releases';
import { queueWords } from './words';

/** States a job can be released from (domain/job-state.ts RELEASABLE) and deleted from (job-removal.ts). */
const RELEASABLE: ReadonlySet<JobState> = new Set(['held', 'kept']);
const DELETABLE: ReadonlySet<JobState> = new Set(['incoming', 'held', 'kept']);

/** The card's colour, never alone: the state is also said in words. */
function tone(job: AdminJob): string {
  if (job.lastError && RELEASABLE.has(job.state)) return 'card-error';
  if (job.state === 'releasing') return 'card-warning';
  if (job.state === 'printed' || job.state === 'kept') return 'card-ok';
  return '';
}

interface Props {
  job: AdminJob;
  /** The price list's currency, to write the cost estimate in; null when unknown. */
  currency: string | null;
  printers: readonly PrinterRecord[] | null;
  suggestedPrinter: string;
  progress: Progress | undefined;
  onRelease: (job: AdminJob, printer: string) => void;
  onDelete: (job: AdminJob) => Promise<void>;
}

/**
 * One job of the queue: what it is, whose, what it would cost, its settings and state; for
 * administrators, "Release to…" and "Delete" while the job is held. A release under way is said here
 * until it ends; how it ended is said in the section's notice.
 */
export function JobCard({ job, currency, printers, suggestedPrinter, progress, onRelease, onDelete }: Props) {
  const t = useStrings();
  const w = useWords(queueWords);
  const { canChange } = useAccess();
  const card = useRef<HTMLElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const name = job.name || w.untitled;
  const owner = job.userEmail ?? job.requestingUserName;

  // The Release button went with its form: the focus goes to what is happening instead.
  const working = progress !== undefined;
  useEffect(() => {
    const focused = document.activeElement;
    if (working && (focused === document.body || card.current?.contains(focused))) status.current?.focus();
  }, [working]);

  const facts: [string, string][] = [
    [w.facts.job, String(job.id)],
    [w.facts.pages, job.pages === null ? w.pagesUnknown : formatNumber(job.pages, t)],
    [
      w.facts.cost,
      job.cost === null ? w.noEstimate : currency ? formatMoney(job.cost, currency, t.locale) : job.cost,
    ],
    [w.facts.settings, settingsSummary(job.settings, t, w)],
    [w.facts.submitted, formatWhen(job.submittedAt, t, Date.now())],
  ];
  return (
    <li class={`card ${tone(job)}`} data-testid="job" data-job={job.id} data-state={job.state}>
      <article ref={card} aria-labelledby={`job-${job.id}`}>
        <h2 id={`job-${job.id}`}>{name}</h2>
        <dl class="facts">
          <div>
            <dt>{w.facts.state}</dt>
            <dd class="job-state" data-testid="job-state">
              {w.states[job.state]}
            </dd>
          </div>
          <div>
            <dt>{w.facts.owner}</dt>
            <dd data-testid="job-owner">
              {job.userEmail === null ? (
                w.unknownOwner(job.requestingUserName)
              ) : (
                <>
                  {job.owner}
                  {job.owner !== job.userEmail && <span class="muted"> {job.userEmail}</span>}
                </>
              )}
            </dd>
          </div>
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {job.lastError && RELEASABLE.has(job.state) && (
          <p class="trouble" data-testid="last-error">
            {w.lastError(errorText(new ApiError(job.lastError.code, job.lastError.message, 0), t))}
          </p>
        )}
        {progress && (
          <p ref={status} class="progress" role="status" tabIndex={-1} data-testid="release-progress">
            {(progress.phase === 'sending' ? w.release.sending : w.release.printing)(progress.printer)}
          </p>
        )}
        {canChange && !progress && (RELEASABLE.has(job.state) || DELETABLE.has(job.state)) && (
          <div class="actions">
            {RELEASABLE.has(job.state) &&
              (job.userEmail === null ? (
                <p class="muted">{w.release.ownerUnknown}</p>
              ) : (
                <ReleaseForm
                  jobId={job.id}
                  jobName={name}
                  printers={printers}
                  suggested={suggestedPrinter}
                  onRelease={(printer) => onRelease(job, printer)}
                />
              ))}
            {DELETABLE.has(job.state) && (
              <ConfirmButton
                label={w.remove.button}
                name={w.remove.name(name)}
                question={w.remove.question(name, owner)}
                yes={w.remove.yes}
                no={w.remove.no}
                busy={w.remove.busy}
                testId="delete-job"
                onConfirm={() => onDelete(job)}
              />
            )}
          </div>
        )}
      </article>
    </li>
  );
}
