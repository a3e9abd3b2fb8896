import { HISTORY_KINDS, type HistoryEntry } from '@quire/protocol';
import { useState } from 'preact/hooks';
import { CsvButton } from '../../components/csv-button';
import { DayRangeForm } from '../../components/day-range';
import { LoadFailure } from '../../components/load-state';
import { getHistory, getHistoryCsv } from '../../lib/admin-api';
import { formatNumber, formatTime } from '../../lib/format';
import { formatMoney } from '../../lib/money';
import { type Route, routeHash } from '../../lib/route';
import { useApi } from '../../lib/use-api';
import { useLoad } from '../../lib/use-load';
import { useStrings } from '../../lib/use-strings';

/** Rows a page; one more is asked for to know whether there are older ones. */
const PAGE = 100;

/**
 * `#/history?from=&to=&kind=&page=`: every job printed, deleted or expired, as it was then (PRODUCT.md
 * §8), newest first, `GET /api/admin/history`; the CSV has every row of the filters.
 */
export function HistorySection({ route }: { route: Route }) {
  const t = useStrings();
  const w = t.history;
  const api = useApi();
  const [message, setMessage] = useState('');
  const { from, to, kind } = route.params;
  const page = Math.max(0, Number(route.params.page ?? 0) || 0);
  const filters = { from, to, kind };
  const rows = useLoad(`${from}|${to}|${kind}|${page}`, (signal) =>
    getHistory(api, { ...filters, limit: PAGE + 1, offset: page * PAGE }, signal),
  );
  const go = (params: Record<string, string | undefined>) => {
    location.hash = routeHash('history', [], params);
  };
  const now = Date.now();
  const shown = rows.data?.slice(0, PAGE) ?? null;
  return (
    <>
      <h1 tabIndex={-1}>{w.title}</h1>
      <p class="intro">{w.intro}</p>
      <div class="toolbar">
        <DayRangeForm
          key={`${from}|${to}|${kind}`}
          id="history"
          params={route.params}
          onShow={(v) => go({ from: v.from, to: v.to, kind: v.kind })}
          extra={(v, set) => (
            <div class="field">
              <label for="history-kind">{w.kind}</label>
              <select
                id="history-kind"
                data-testid="kind"
                onChange={(e) => set('kind', e.currentTarget.value)}
              >
                {(['', ...HISTORY_KINDS] as const).map((k) => (
                  <option key={k} value={k} selected={(v.kind ?? '') === k}>
                    {w.kinds[k || 'all']}
                  </option>
                ))}
              </select>
            </div>
          )}
        />
        <CsvButton
          label={w.exportCsv}
          filename="quire-history.csv"
          fetchFile={() => getHistoryCsv(api, filters)}
          onMessage={setMessage}
        />
      </div>
      <p class="notice" role="status" data-testid="notice">
        {message}
      </p>
      <LoadFailure load={rows} />
      {shown?.length === 0 && (
        <p class="empty" data-testid="empty">
          {w.empty}
        </p>
      )}
      {shown && shown.length > 0 && (
        <section class="table-wrap" aria-labelledby="history-caption">
          <table data-testid="history-table">
            <caption id="history-caption">{w.caption(page * PAGE + 1, page * PAGE + shown.length)}</caption>
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
              {shown.map((r, i) => (
                <HistoryRow key={`${r.at}-${i}`} row={r} now={now} />
              ))}
            </tbody>
          </table>
        </section>
      )}
      {(page > 0 || (rows.data?.length ?? 0) > PAGE) && (
        <p class="pager">
          {page > 0 && (
            <a href={routeHash('history', [], { ...filters, page: page > 1 ? String(page - 1) : undefined })}>
              {w.newer}
            </a>
          )}
          {(rows.data?.length ?? 0) > PAGE && (
            <a href={routeHash('history', [], { ...filters, page: String(page + 1) })} data-testid="older">
              {w.older}
            </a>
          )}
        </p>
      )}
    </>
  );
}

function HistoryRow({ row: r, now }: { row: HistoryEntry; now: number }) {
  const t = useStrings();
  const w = t.history;
  const n = (v: number | null) => (v === null ? '–' : formatNumber(v, t));
  return (
    <tr data-testid="history-row">
      <td>{formatTime(r.at, t, now)}</td>
      <td>{w.kinds[r.kind]}</td>
      <td>
        {r.user.name}
        {r.user.email && r.user.email !== r.user.name && <span class="muted"> {r.user.email}</span>}
      </td>
      <td>{r.department ?? ''}</td>
      <td>{r.printer?.name ?? ''}</td>
      <td>{r.jobName}</td>
      <td class="num">{n(r.pages)}</td>
      <td class="num">{n(r.impressions)}</td>
      <td>{w.colorModes[r.colorMode] ?? r.colorMode}</td>
      <td>{w.sides[r.sides] ?? r.sides}</td>
      <td class="num">{n(r.copies)}</td>
      <td class="num">
        {formatMoney(r.cost, r.currency, t.locale)}
        {r.estimated && (
          <>
            <span aria-hidden="true" title={w.estimated}>
              {' '}
              {w.estimatedMark}
            </span>
            <span class="vh">{w.estimated}</span>
          </>
        )}
      </td>
    </tr>
  );
}
