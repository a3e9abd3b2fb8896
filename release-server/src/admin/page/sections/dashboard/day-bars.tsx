import { useMemo } from 'preact/hooks';
import { useWords } from '../../lib/use-strings';
import { BAR_FRAME, layoutBars } from './bar-layout';
import { formatDay, peak } from './figures';
import { dashboardWords } from './words';

interface Props {
  /** Unique on the page: ties the caption and the description to the drawing. */
  id: string;
  title: string;
  /** One entry per day, oldest first (YYYY-MM-DD). */
  days: readonly { day: string; value: number }[];
  /** The period's total, written. */
  total: string;
  locale: string;
  /** Whole-number ticks (pages). @default false */
  integer?: boolean;
  /** A value on an axis tick. */
  formatTick: (v: number) => string;
  /** A day's value in words (table, tooltip, description): "24 pages", "€1.20". */
  formatValue: (v: number, index: number) => string;
}

/**
 * One bar per day in a `<figure>`: the drawing is an image with a caption and a description that says
 * the period, the total and the highest day; the numbers of every day are in a table one click away,
 * for screen readers and for reading them exactly.
 */
export function DayBars({ id, title, days, total, locale, integer, formatTick, formatValue }: Props) {
  const w = useWords(dashboardWords);
  const values = useMemo(() => days.map((d) => d.value), [days]);
  const layout = useMemo(() => layoutBars(values, { integer: integer ?? false }), [values, integer]);
  const short = (i: number) => formatDay(days[i]?.day ?? '', locale, 'short');
  const long = (i: number) => formatDay(days[i]?.day ?? '', locale, 'long');
  const top = peak(values);
  const desc = [
    w.chartDesc(days.length, w.fromTo(long(0), long(days.length - 1)), total),
    top ? w.highest(formatValue(top.value, top.index), long(top.index)) : '',
  ].join(' ');
  return (
    <figure class="chart day-bars" data-testid={`chart-${id}`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg
        width="100%"
        height={BAR_FRAME.height}
        role="img"
        aria-labelledby={`${id}-svg-title ${id}-desc`}
        data-testid={`bars-${id}`}
      >
        <title id={`${id}-svg-title`}>{title}</title>
        <desc id={`${id}-desc`}>{desc}</desc>
        <g class="axis">
          {layout.yTicks.map((tick) => (
            <line key={tick.v} x1="0" x2="100%" y1={tick.y} y2={tick.y} class="grid" />
          ))}
        </g>
        <g class="bars">
          {layout.bars.map((b, i) =>
            b.height > 0 ? (
              <rect key={days[i]!.day} x={`${b.x}%`} width={`${b.width}%`} y={b.y} height={b.height}>
                <title>{w.barTitle(short(i), formatValue(values[i]!, i))}</title>
              </rect>
            ) : null,
          )}
        </g>
        <line x1="0" x2="100%" y1={layout.baseline} y2={layout.baseline} class="baseline" />
        <g class="axis">
          {layout.yTicks.slice(1).map((tick) => (
            <text key={tick.v} x="2" y={tick.y - 3} class="tick-label">
              {formatTick(tick.v)}
            </text>
          ))}
          {layout.xTicks.map((tick) => (
            <text
              key={tick.index}
              x={`${tick.x}%`}
              y={BAR_FRAME.height - 6}
              text-anchor={tick.anchor}
              class={tick.minor ? 'minor' : undefined}
            >
              {short(tick.index)}
            </text>
          ))}
        </g>
      </svg>
      <details>
        <summary>{w.asTable}</summary>
        <div class="table-scroll">
          <table data-testid={`table-${id}`}>
            <caption class="vh">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{w.day}</th>
                <th scope="col">{title}</th>
              </tr>
            </thead>
            <tbody>
              {/* Newest first: today and yesterday are what is looked for. */}
              {days
                .map((d, i) => (
                  <tr key={d.day}>
                    <th scope="row">{long(i)}</th>
                    <td class="num">{formatValue(d.value, i)}</td>
                  </tr>
                ))
                .reverse()}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
