import type { FleetStatus } from '@quire/protocol';
import { AlertList } from '../../components/alert-list';
import { PollButton } from '../../components/poll-button';
import { StateLabel } from '../../components/state-label';
import { SupplyList } from '../../components/supply-list';
import { reachText, troubleText } from '../../lib/fleet-words';
import { formatNumber, formatWhen } from '../../lib/format';
import { routeHash } from '../../lib/route';
import { useStrings } from '../../lib/use-strings';
import { PageCount } from './page-count';

interface Props {
  status: FleetStatus;
  onStatus: (status: FleetStatus) => void;
  onMessage: (message: string) => void;
}

/** One printer at a glance: state, trouble in words, open alerts, supplies, counter, last reading. */
export function PrinterCard({ status: s, onStatus, onMessage }: Props) {
  const t = useStrings();
  const trouble = troubleText(s, t);
  const reach = reachText(s, t);
  const headingId = `printer-${s.printer}`;
  return (
    <li class={`card card-${s.state}`} data-testid="fleet-printer" data-printer={s.printer}>
      <article aria-labelledby={headingId}>
        <div class="card-head">
          <h2 id={headingId}>
            <a href={routeHash('fleet', [s.printer])}>{s.printer}</a>
          </h2>
          <StateLabel state={s.state} />
        </div>
        {trouble && (
          <p class="trouble" data-testid="trouble">
            {trouble}
          </p>
        )}
        {(s.model || s.location) && <p class="muted">{[s.model, s.location].filter(Boolean).join(' · ')}</p>}
        <dl class="facts">
          <div>
            <dt>{t.fleet.connection}</dt>
            <dd class={`reach reach-${reach.reach}`} data-testid="reach">
              {reach.text}
            </dd>
          </div>
          <div>
            <dt>{t.fleet.pages}</dt>
            <dd data-testid="page-count">
              <PageCount status={s} format={(n) => formatNumber(n, t)} />
            </dd>
          </div>
          <div>
            <dt>{t.fleet.lastReading}</dt>
            <dd data-testid="last-reading">{formatWhen(s.lastReadingAt, t, Date.now())}</dd>
          </div>
        </dl>
        {s.alerts.length > 0 && (
          <div class="card-part">
            <h3>{t.fleet.alerts}</h3>
            <AlertList alerts={s.alerts} />
          </div>
        )}
        <div class="card-part">
          <h3>{t.fleet.supplies}</h3>
          <SupplyList supplies={s.supplies} />
        </div>
        {s.monitoring === 'on' && (
          <div class="actions">
            <PollButton printer={s.printer} onStatus={onStatus} onMessage={onMessage} />
          </div>
        )}
      </article>
    </li>
  );
}
