import type { FleetDetail } from '@quire/protocol';
import type { ComponentChild } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { AlertHistory } from '../../components/alert-history';
import { AlertList } from '../../components/alert-list';
import { ExportButton } from '../../components/export-button';
import { LineChart } from '../../components/line-chart';
import { LoadState } from '../../components/load-state';
import { PollButton } from '../../components/poll-button';
import { StateLabel } from '../../components/state-label';
import { SupplyList } from '../../components/supply-list';
import { getFleet, getFleetDetail } from '../../lib/admin-api';
import { ApiError } from '../../lib/api-client';
import { pageSeries, tonerSeries } from '../../lib/fleet-series';
import { reachText, troubleText, withLatestStatus } from '../../lib/fleet-words';
import { formatNumber, formatWhen } from '../../lib/format';
import { routeHash } from '../../lib/route';
import { useApi } from '../../lib/use-api';
import { useRefresh } from '../../lib/use-refresh';
import { useStrings } from '../../lib/use-strings';
import { PageCount } from './page-count';

const PERCENT: readonly [number, number] = [0, 100];

/**
 * The detail carries 30 days of readings (at the default 5-minute poll, ~8600 of them, megabytes): it is
 * read once a minute and after "get status now"; the printer's state comes every 10 s from the light
 * fleet list.
 */
const DETAIL_REFRESH_MS = 60_000;

/** `#/fleet/<printer>`: one printer's state, facts, alerts now and before, and its readings as charts. */
export function PrinterDetail({ printer }: { printer: string }) {
  const t = useStrings();
  const api = useApi();
  const detail = useRefresh(
    `fleet/${printer}`,
    (signal) => getFleetDetail(api, printer, signal),
    DETAIL_REFRESH_MS,
  );
  const fleet = useRefresh('fleet', (signal) => getFleet(api, signal));
  const [message, setMessage] = useState('');
  const data = useMemo(
    () =>
      detail.data &&
      withLatestStatus(
        detail.data,
        fleet.data?.find((s) => s.printer === printer),
      ),
    [detail.data, fleet.data, printer],
  );
  const unknown =
    detail.error instanceof ApiError &&
    (detail.error.code === 'unknown-printer' || detail.error.code === 'not-found');
  return (
    <>
      <p class="back">
        <a href={routeHash('fleet')}>
          <span aria-hidden="true">← </span>
          {t.detail.back}
        </a>
      </p>
      <h1 tabIndex={-1}>{printer}</h1>
      {unknown ? (
        <p class="empty" role="alert">
          {t.detail.unknown(printer)}
        </p>
      ) : (
        <>
          <p class="notice" role="status" data-testid="notice">
            {message}
          </p>
          {/* Once the detail is in, what refreshes every 10 s is the list. */}
          <LoadState refresh={detail.data && detail.error === null ? fleet : detail} />
          {data && <DetailBody d={data} onPolled={detail.reload} onMessage={setMessage} />}
        </>
      )}
    </>
  );
}

function DetailBody({
  d,
  onPolled,
  onMessage,
}: {
  d: FleetDetail;
  onPolled: () => void;
  onMessage: (m: string) => void;
}) {
  const t = useStrings();
  const now = Date.now();
  const trouble = troubleText(d, t);
  const toner = useMemo(() => tonerSeries(d), [d]);
  const pages = useMemo(() => [pageSeries(d, t.detail.pages)], [d, t]);
  const facts: [string, ComponentChild][] = [
    [t.fleet.connection, reachText(d, t).text],
    [t.detail.model, d.model ?? '–'],
    [t.detail.serial, d.serial ?? '–'],
    [t.detail.sysName, d.sysName ?? '–'],
    [t.detail.location, d.location ?? '–'],
    [t.fleet.pages, <PageCount key="pages" status={d} format={(n) => formatNumber(n, t)} />],
    [t.fleet.lastReading, formatWhen(d.lastReadingAt, t, now)],
    [t.detail.lastPoll, formatWhen(d.lastPollAt, t, now)],
    ...(d.pollError
      ? [
          [t.detail.pollError, `${t.pollError[d.pollError.kind]} (${d.pollError.message})`] as [
            string,
            string,
          ],
        ]
      : []),
    [t.detail.monitoring, d.monitoring === 'on' ? t.detail.monitoringOn : t.detail.monitoringOff],
  ];
  return (
    <div class="detail" data-testid="printer-detail" data-printer={d.printer}>
      <div class="detail-head">
        <StateLabel state={d.state} />
        {trouble && (
          <p class="trouble" data-testid="trouble">
            {trouble}
          </p>
        )}
        <div class="actions">
          {d.monitoring === 'on' && (
            <PollButton printer={d.printer} onStatus={onPolled} onMessage={onMessage} />
          )}
          <ExportButton printer={d.printer} label={t.detail.exportCsv} onMessage={onMessage} />
        </div>
      </div>
      <div class="detail-grid">
        <section aria-labelledby="facts-title">
          <h2 id="facts-title">{t.detail.facts}</h2>
          <dl class="facts wide">
            {facts.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section aria-labelledby="supplies-title">
          <h2 id="supplies-title">{t.fleet.supplies}</h2>
          <SupplyList supplies={d.supplies} />
        </section>
      </div>
      <section aria-labelledby="alerts-title">
        <h2 id="alerts-title">{t.fleet.alerts}</h2>
        <AlertList alerts={d.alerts} />
      </section>
      <section aria-labelledby="charts-title">
        <h2 id="charts-title">{t.detail.charts}</h2>
        <div class="charts">
          <LineChart
            id="toner"
            title={t.detail.toner}
            desc={t.detail.tonerDesc(toner.length)}
            series={toner}
            yDomain={PERCENT}
            formatValue={t.percent}
          />
          <LineChart
            id="pages"
            title={t.detail.pages}
            desc={t.detail.pagesDesc}
            series={pages}
            integer
            formatValue={(n) => formatNumber(n, t)}
          />
        </div>
      </section>
      <section aria-labelledby="history-title">
        <h2 id="history-title">{t.detail.history}</h2>
        <AlertHistory alerts={d.history} />
      </section>
    </div>
  );
}
