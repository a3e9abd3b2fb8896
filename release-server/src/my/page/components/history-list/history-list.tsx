import type { MyHistoryEntry } from '@quire/protocol';
import { useEffect, useState } from 'preact/hooks';
import type { MyApi } from '../../lib/api';
import { errorText } from '../../lib/error-text';
import { formatDate, formatMoney } from '../../lib/format';
import { useStrings } from '../../lib/use-strings';

interface Props {
  api: MyApi;
  /** Changes when something new may be in the history (a job deleted): the list starts over. */
  version: number;
}

/** My own accounting history (PRODUCT.md §8), newest first, ten at a time. */
export function HistoryList({ api, version }: Props) {
  const t = useStrings();
  const [entries, setEntries] = useState<MyHistoryEntry[] | null>(null);
  const [next, setNext] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = async (before: number | null) => {
    try {
      const page = await api.history(before);
      setEntries((old) => (before === null ? page.entries : [...(old ?? []), ...page.entries]));
      setNext(page.nextBefore);
      setError(null);
    } catch (e) {
      setError(e);
    }
  };
  // A new `version` asks for a fresh start.
  useEffect(() => {
    void load(null);
  }, [version]);

  return (
    <section class="card" aria-labelledby="history-title" data-testid="history">
      <h2 id="history-title">{t.history.title}</h2>
      {error !== null && (
        <p class="problem" role="alert">
          {errorText(error, t)}
        </p>
      )}
      {entries === null ? (
        error === null && <p class="muted">{t.load.loading}</p>
      ) : entries.length === 0 ? (
        <p>{t.history.empty}</p>
      ) : (
        <ul class="history">
          {entries.map((e) => (
            <li key={e.id} data-testid="history-entry">
              <p>
                <strong>{t.history.kinds[e.kind]}</strong> {e.jobName}
              </p>
              <p class="muted">
                {[
                  formatDate(t.locale, e.at),
                  e.printer && t.history.on(e.printer),
                  t.jobs.pages(e.pages),
                  e.kind === 'printed' && formatMoney(t.locale, e.cost, e.currency),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </li>
          ))}
        </ul>
      )}
      {next !== null && (
        <button type="button" class="secondary" data-testid="history-more" onClick={() => load(next)}>
          {t.history.more}
        </button>
      )}
    </section>
  );
}
