import { type AdminJob, JOB_STATES, type JobState } from '@quire/protocol';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { LoadState } from '../../components/load-state';
import { getPrinters, SETTINGS } from '../../lib/admin-api';
import { errorText } from '../../lib/error-text';
import { type Route, routeHash } from '../../lib/route';
import { useAccess } from '../../lib/use-access';
import { useApi } from '../../lib/use-api';
import { useLoad } from '../../lib/use-load';
import { useRefresh } from '../../lib/use-refresh';
import { useStrings, useWords } from '../../lib/use-strings';
import { deleteJob, listJobs } from './api';
import { JobCard } from './job-card';
import { QueueFilters, type QueueParams } from './queue-filters';
import { type Outcome, useReleases } from './use-releases';
import { queueWords } from './words';
import './queue.css';

/** Jobs a page; one more is asked for to know whether there are older ones. */
const PAGE = 50;
/** What the queue shows without a state in the address: the jobs waiting for someone. */
const DEFAULT_STATE = 'held';

const isState = (s: string | undefined): s is JobState => (JOB_STATES as readonly string[]).includes(s ?? '');

/**
 * `#/queue[?user=&printer=&state=&page=]`: every job, held ones first shown (issue 5), filtered by owner,
 * printer and state, `GET /api/admin/jobs`. Administrators delete a job or release it to a printer on
 * its owner's behalf (the helpdesk scenario) and see how it goes; helpdesk accounts see the queue only,
 * as the server allows them (adminAccess: helpdesk reads, administrators change).
 */
export function QueueSection({ route }: { route: Route }) {
  const t = useStrings();
  const w = useWords(queueWords);
  const api = useApi();
  const { canChange } = useAccess();
  const raw = route.params.state;
  const params: QueueParams = {
    user: route.params.user?.trim() ?? '',
    printer: route.params.printer ?? '',
    state: isState(raw) || raw === 'all' ? raw : DEFAULT_STATE,
  };
  const page = Math.max(0, Number(route.params.page ?? 0) || 0);
  const filters = `${params.user}|${params.printer}|${params.state}`;
  const jobs = useRefresh(`${filters}|${page}`, (signal) =>
    listJobs(
      api,
      {
        user: params.user,
        printer: params.printer,
        state: isState(params.state) ? params.state : undefined,
        limit: PAGE + 1,
        offset: page * PAGE,
      },
      signal,
    ),
  );
  const printers = useLoad('printers', (signal) => getPrinters(api, signal));
  // The estimate is a decimal string; its currency is the price list's. Asked only when there is one.
  const priced = jobs.data?.jobs.some((j) => j.cost !== null) ?? false;
  const prices = useLoad(priced ? 'prices' : 'none', (signal) =>
    priced ? api.get(SETTINGS.prices.path, SETTINGS.prices.schema, signal) : Promise.resolve(null),
  );
  const [notice, setNotice] = useState('');
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const [lastPrinter, setLastPrinter] = useState('');

  // Until the list has been read again after something happened (a card may go with it), a focus
  // left on nothing (the card that had it is gone) goes to the words saying what happened.
  const saidWith = useRef<unknown>(undefined);
  useLayoutEffect(() => {
    if (saidWith.current === undefined) return;
    const focused = document.activeElement;
    if (focused === null || focused === document.body) noticeRef.current?.focus();
    if (jobs.data !== saidWith.current) saidWith.current = undefined;
  });
  /** Says what happened, and reads the list again. */
  const say = (words: string) => {
    setNotice(words);
    saidWith.current = jobs.data;
    jobs.reload();
  };
  const outcomeWords = (o: Outcome): string => {
    const name = o.job.name || w.untitled;
    switch (o.kind) {
      case 'printed':
        return w.release.printed(name, o.printer, o.job.userEmail ?? o.job.owner);
      case 'gone':
        return w.release.gone(name);
      case 'failed':
        // The printer's refusal may say "It is held again." (services/delivery.ts): these words say it.
        return w.release.failed(name, o.printer, errorText(o.error, t).replace(/\s*It is held again\.$/, ''));
      case 'refused':
        return w.release.refused(name, errorText(o.error, t));
      case 'unanswered':
        return w.release.unanswered(name, o.printer, errorText(o.error, t));
      default:
        return o satisfies never;
    }
  };
  const releases = useReleases((o) => say(outcomeWords(o)));

  const remove = async (job: AdminJob) => {
    const name = job.name || w.untitled;
    try {
      await deleteJob(api, job.id);
      say(w.remove.done(name, job.userEmail ?? job.requestingUserName));
    } catch (error) {
      say(w.remove.failed(name, errorText(error, t)));
    }
  };
  const go = (p: QueueParams) => {
    location.hash = routeHash('queue', [], pageParams(p, 0));
  };

  const shown = jobs.data?.jobs.slice(0, PAGE) ?? null;
  const total = jobs.data?.total ?? null;
  const older = (jobs.data?.jobs.length ?? 0) > PAGE;
  const filtered = params.user !== '' || params.printer !== '' || params.state !== DEFAULT_STATE;
  return (
    <>
      <h1 tabIndex={-1}>{t.nav.sections.queue}</h1>
      <p class="intro">{w.intro}</p>
      {!canChange && (
        <p class="read-only" data-testid="read-only">
          {w.readOnly}
        </p>
      )}
      <div class="toolbar">
        <QueueFilters key={filters} params={params} printers={printers.data} onShow={(p) => go(p)} />
        {filtered && (
          <a href={routeHash('queue')} data-testid="clear-filters">
            {w.filters.clear}
          </a>
        )}
      </div>
      <p ref={noticeRef} class="notice" role="status" tabIndex={-1} data-testid="notice">
        {notice}
      </p>
      <LoadState refresh={jobs} />
      {shown?.length === 0 && (
        <p class="empty" data-testid="empty">
          {w.empty}
        </p>
      )}
      {shown && shown.length > 0 && (
        <section aria-labelledby="queue-caption">
          <h2 id="queue-caption" class="count" data-testid="queue-count">
            {w.caption(page * PAGE + 1, page * PAGE + shown.length, total)}
          </h2>
          <ul class="cards jobs">
            {shown.map((job) => (
              <JobCard
                key={job.id}
                job={job}
                currency={prices.data?.currency ?? null}
                printers={printers.data}
                suggestedPrinter={lastPrinter}
                progress={releases.progress.get(job.id)}
                onRelease={(j, printer) => {
                  setLastPrinter(printer);
                  void releases.start(j, printer);
                }}
                onDelete={remove}
              />
            ))}
          </ul>
        </section>
      )}
      {(page > 0 || older) && (
        <p class="pager">
          {page > 0 && <a href={routeHash('queue', [], pageParams(params, page - 1))}>{w.newer}</a>}
          {older && (
            <a href={routeHash('queue', [], pageParams(params, page + 1))} data-testid="older">
              {w.older}
            </a>
          )}
        </p>
      )}
    </>
  );
}

/** The address of another page of the same filters. */
function pageParams(p: QueueParams, page: number): Record<string, string | undefined> {
  return {
    user: p.user,
    printer: p.printer,
    state: p.state === DEFAULT_STATE ? undefined : p.state,
    page: page > 0 ? String(page) : undefined,
  };
}
