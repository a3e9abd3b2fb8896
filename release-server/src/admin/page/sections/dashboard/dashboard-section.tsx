import type { Dashboard } from '@quire/protocol';
import { LoadFailure } from '../../components/load-state';
import { formatNumber } from '../../lib/format';
import { formatMoney } from '../../lib/money';
import { type Route, routeHash } from '../../lib/route';
import { useApi } from '../../lib/use-api';
import { useLoad } from '../../lib/use-load';
import { useStrings, useWords } from '../../lib/use-strings';
import { getDashboard } from './api';
import { DayBars } from './day-bars';
import { amountIn, costByDay, daysParam, formatDay } from './figures';
import { PeriodLinks } from './period-links';
import { TopList } from './top-list';
import { Totals } from './totals';
import { dashboardWords } from './words';
import './dashboard.css';

/**
 * `#/dashboard?days=30`: the last days of printing (issue 5, PRODUCT.md §8) drawn as simple charts:
 * totals, pages and cost per day, the top users and printers; `GET /api/admin/dashboard`. Helpdesk
 * sees it as administrators do: there is nothing to change here.
 */
export function DashboardSection({ route }: { route: Route }) {
  const t = useStrings();
  const w = useWords(dashboardWords);
  const api = useApi();
  const days = daysParam(route.params.days);
  const load = useLoad(String(days), (signal) => getDashboard(api, days, signal));
  const data = load.data;
  return (
    <>
      <h1 tabIndex={-1}>{w.title}</h1>
      <p class="intro">{w.intro}</p>
      <div class="toolbar">
        <PeriodLinks days={days} />
      </div>
      <LoadFailure load={load} />
      {data && (
        <>
          <p class="period" data-testid="period">
            {w.period(
              formatDay(data.series[0]?.day ?? '', t.locale, 'long'),
              formatDay(data.series.at(-1)?.day ?? '', t.locale, 'long'),
              data.timeZone,
            )}
          </p>
          {data.totals.jobs === 0 ? (
            <p class="empty" data-testid="empty">
              {w.empty(data.days, formatNumber(data.days, t))}
            </p>
          ) : (
            <Figures data={data} />
          )}
        </>
      )}
    </>
  );
}

/** Everything drawn once something was printed. */
function Figures({ data }: { data: Dashboard }) {
  const t = useStrings();
  const w = useWords(dashboardWords);
  const { series, totals } = data;
  const pages = (v: number) => w.pagesCount(v, formatNumber(v, t));
  return (
    <>
      <Totals totals={totals} />
      <div class="dashboard-grid">
        <DayBars
          id="pages"
          title={w.pagesChart}
          days={series.map((d) => ({ day: d.day, value: d.pages }))}
          total={pages(totals.pages)}
          locale={t.locale}
          integer
          formatTick={(v) => formatNumber(v, t)}
          formatValue={pages}
        />
        {totals.cost.map(({ currency, amount }) => {
          const values = costByDay(series, currency);
          const money = (a: string) => formatMoney(a, currency, t.locale);
          return (
            <DayBars
              key={currency}
              id={`cost-${currency}`}
              title={w.costChart(currency)}
              days={series.map((d, i) => ({ day: d.day, value: values[i]! }))}
              total={money(amount)}
              locale={t.locale}
              formatTick={(v) => money(String(v))}
              formatValue={(_, i) => money(amountIn(series[i]?.cost ?? [], currency))}
            />
          );
        })}
        <TopList id="top-users" title={w.topUsers} rows={data.topUsers} />
        <TopList id="top-printers" title={w.topPrinters} rows={data.topPrinters} none={w.noPrinter} />
      </div>
      <p>
        <a
          href={routeHash('reports', [], { from: series[0]?.day, to: series.at(-1)?.day })}
          data-testid="to-reports"
        >
          {w.reports}
        </a>
      </p>
    </>
  );
}
