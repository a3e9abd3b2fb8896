import type { AuditEntry } from '@quire/protocol';
import { useState } from 'preact/hooks';
import { LoadFailure } from '../../components/load-state';
import { getAudit } from '../../lib/admin-api';
import { errorText } from '../../lib/error-text';
import { formatTime } from '../../lib/format';
import { useAccess } from '../../lib/use-access';
import { useApi } from '../../lib/use-api';
import { useLoad } from '../../lib/use-load';
import { useStrings } from '../../lib/use-strings';

/** What a change said about itself (field names, a role's old and new value), never a value that could be secret. */
const summaryText = (summary: AuditEntry['summary']): string =>
  summary === null
    ? ''
    : Object.entries(summary)
        .map(
          ([k, v]) =>
            `${k}: ${Array.isArray(v) ? v.join(', ') : typeof v === 'object' ? JSON.stringify(v) : String(v)}`,
        )
        .join('; ');

/**
 * `#/audit`: who changed what, when, newest first (`GET /api/admin/audit`); "Show older" adds the next
 * page below. Administrators only: the page does not offer it to helpdesk, and the server refuses it.
 */
export function AuditSection() {
  const t = useStrings();
  const { role } = useAccess();
  return (
    <>
      <h1 tabIndex={-1}>{t.audit.title}</h1>
      {role === 'administrator' ? <AuditLog /> : <p class="read-only">{t.access.adminOnly}</p>}
    </>
  );
}

function AuditLog() {
  const t = useStrings();
  const w = t.audit;
  const api = useApi();
  const first = useLoad('audit', (signal) => getAudit(api, null, signal));
  const [older, setOlder] = useState<{ entries: AuditEntry[]; nextBefore: number | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const entries = [...(first.data?.entries ?? []), ...(older?.entries ?? [])];
  const nextBefore = older ? older.nextBefore : (first.data?.nextBefore ?? null);
  const now = Date.now();

  const more = async () => {
    if (busy || nextBefore === null) return;
    setBusy(true);
    setProblem(null);
    try {
      const page = await getAudit(api, nextBefore);
      setOlder((o) => ({ entries: [...(o?.entries ?? []), ...page.entries], nextBefore: page.nextBefore }));
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p class="intro">{w.intro}</p>
      <LoadFailure load={first} />
      {first.data && entries.length === 0 && <p class="empty">{w.empty}</p>}
      {entries.length > 0 && (
        <section class="table-wrap" aria-labelledby="audit-caption">
          <table data-testid="audit-table">
            <caption id="audit-caption">{w.caption(entries.length)}</caption>
            <thead>
              <tr>
                {w.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id} data-testid="audit-row">
                  <td>{formatTime(e.at, t, now)}</td>
                  <td>{e.actor === 'admin-token' ? t.account.tokenName : e.actor}</td>
                  <td>
                    <code>{e.action}</code>
                  </td>
                  <td>{e.target ?? ''}</td>
                  <td class="num">{e.status}</td>
                  <td>{summaryText(e.summary)}</td>
                  <td>{e.remote ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <p class="pager">
        {first.data &&
          (nextBefore === null ? (
            entries.length > 0 && <span class="muted">{w.end}</span>
          ) : (
            <button
              type="button"
              aria-disabled={busy ? 'true' : undefined}
              data-testid="older"
              onClick={more}
            >
              {busy ? t.load.loading : w.older}
            </button>
          ))}
      </p>
      {problem !== null && (
        <p class="load load-error" role="alert">
          {errorText(problem, t)}
        </p>
      )}
    </>
  );
}
