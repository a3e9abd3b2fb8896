import { useEffect, useState } from 'preact/hooks';
import { DelegatesForm } from './components/delegates-form';
import { HistoryList } from './components/history-list';
import { JobList } from './components/job-list';
import { QuotaBox } from './components/quota-box';
import { SettingsForm } from './components/settings-form';
import { UploadForm } from './components/upload-form';
import type { MyApi } from './lib/api';
import { useLoad } from './lib/use-load';
import { useStrings } from './lib/use-strings';

/**
 * Everything of mine on one page: on a laptop the queue on the left (send, waiting, history) and my
 * quota and choices on the right; on a phone, one column in that same order, as the keyboard goes.
 */
export function MyQueue({ api }: { api: MyApi }) {
  const t = useStrings();
  const jobs = useLoad(api.jobs);
  const limits = useLoad(api.limits);
  const [historyVersion, setHistoryVersion] = useState(0);

  // Back to this tab (after printing at a panel, say): what is waiting and what is left may have changed.
  useEffect(() => {
    const onShow = () => {
      if (document.visibilityState !== 'visible') return;
      void jobs.reload();
      setHistoryVersion((v) => v + 1);
    };
    document.addEventListener('visibilitychange', onShow);
    return () => document.removeEventListener('visibilitychange', onShow);
  }, [jobs.reload]);

  useEffect(() => document.querySelector<HTMLElement>('main h1')?.focus(), []);

  return (
    <>
      <h1 tabIndex={-1}>{t.title}</h1>
      <p class="who muted" data-testid="who">
        {t.signedInAs(api.user.name)}
      </p>
      <div class="columns">
        <div class="column wide">
          <UploadForm api={api} limits={limits.data} onUploaded={() => void jobs.reload()} />
          <JobList
            api={api}
            jobs={jobs}
            onDeleted={() => {
              void jobs.reload();
              setHistoryVersion((v) => v + 1);
            }}
          />
          <HistoryList api={api} version={historyVersion} />
        </div>
        <div class="column narrow">
          <QuotaBox quota={jobs.data?.quota ?? null} loaded={jobs.data !== null} />
          <SettingsForm api={api} />
          <DelegatesForm api={api} />
        </div>
      </div>
    </>
  );
}
