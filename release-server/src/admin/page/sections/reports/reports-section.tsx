import { REPORT_DIMENSIONS, type ReportDimensionName } from '@quire/protocol';
import { useState } from 'preact/hooks';
import { CsvButton } from '../../components/csv-button';
import { DayRangeForm } from '../../components/day-range';
import { LoadFailure } from '../../components/load-state';
import { getReport, getReportCsv } from '../../lib/admin-api';
import { formatNumber } from '../../lib/format';
import { formatMoney } from '../../lib/money';
import { type Route, routeHash } from '../../lib/route';
import { useApi } from '../../lib/use-api';
import { useLoad } from '../../lib/use-load';
import { useStrings } from '../../lib/use-strings';

const isDimension = (s: string | undefined): s is ReportDimensionName =>
  (REPORT_DIMENSIONS as readonly (string | undefined)[]).includes(s);

/**
 * `#/reports?by=&from=&to=`: totals by user, group, department, cost centre, printer or period (PRODUCT.md
 * §8), `GET /api/admin/reports/:dimension`, as a table and as CSV.
 */
export function ReportsSection({ route }: { route: Route }) {
  const t = useStrings();
  const w = t.reports;
  const api = useApi();
  const [message, setMessage] = useState('');
  const { from, to } = route.params;
  const by = isDimension(route.params.by) ? route.params.by : 'user';
  const rows = useLoad(`${by}|${from}|${to}`, (signal) => getReport(api, by, { from, to }, signal));
  return (
    <>
      <h1 tabIndex={-1}>{w.title}</h1>
      <p class="intro">{w.intro}</p>
      <div class="toolbar">
        <DayRangeForm
          key={`${by}|${from}|${to}`}
          id="report"
          params={{ ...route.params, by }}
          onShow={(v) => {
            location.hash = routeHash('reports', [], { by: v.by, from: v.from, to: v.to });
          }}
          extra={(v, set) => (
            <div class="field">
              <label for="report-by">{w.by}</label>
              <select id="report-by" data-testid="by" onChange={(e) => set('by', e.currentTarget.value)}>
                {REPORT_DIMENSIONS.map((d) => (
                  <option key={d} value={d} selected={v.by === d}>
                    {w.dimensions[d]}
                  </option>
                ))}
              </select>
            </div>
          )}
        />
        <CsvButton
          label={w.exportCsv}
          filename={`quire-report-${by}.csv`}
          fetchFile={() => getReportCsv(api, by, { from, to })}
          onMessage={setMessage}
        />
      </div>
      <p class="notice" role="status" data-testid="notice">
        {message}
      </p>
      <LoadFailure load={rows} />
      {rows.data?.length === 0 && (
        <p class="empty" data-testid="empty">
          {w.empty}
        </p>
      )}
      {rows.data && rows.data.length > 0 && (
        <section class="table-wrap" aria-labelledby="report-caption">
          <table data-testid="report-table">
            <caption id="report-caption">{w.caption(w.dimensions[by])}</caption>
            <thead>
              <tr>
                <th scope="col">{w.dimensions[by]}</th>
                {w.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.data.map((r) => (
                <tr key={`${r.key}|${r.currency}`} data-testid="report-row">
                  <th scope="row">{r.key}</th>
                  {[r.jobs, r.pages, r.impressions, r.sheets, r.colorImpressions].map((n, i) => (
                    <td key={i} class="num">
                      {formatNumber(n, t)}
                    </td>
                  ))}
                  <td class="num">{formatMoney(r.cost, r.currency, t.locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
