import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { chartBox, layoutChart, type Series } from '../../lib/chart';
import { formatTick, formatTime } from '../../lib/format';
import { useStrings } from '../../lib/use-strings';

/**
 * Lines are told apart without colour (issue 6: readable without colour): each has its own dash
 * pattern and end marker and is named at its end; the legend repeats pattern and name. Colour is the
 * colorant's when there is one, a third cue.
 */
const DASHES = ['', '7 4', '2 3', '10 3 2 3', '1 6'];
const MARKERS = ['circle', 'square', 'triangle', 'diamond', 'cross'] as const;
type Marker = (typeof MARKERS)[number];

function MarkerShape({ kind, x, y }: { kind: Marker; x: number; y: number }) {
  switch (kind) {
    case 'circle':
      return <circle cx={x} cy={y} r={4} />;
    case 'square':
      return <rect x={x - 4} y={y - 4} width={8} height={8} />;
    case 'triangle':
      return <path d={`M${x},${y - 5}L${x + 5},${y + 4}L${x - 5},${y + 4}Z`} />;
    case 'diamond':
      return <path d={`M${x},${y - 5}L${x + 5},${y}L${x},${y + 5}L${x - 5},${y}Z`} />;
    case 'cross':
      return <path d={`M${x - 4},${y - 4}L${x + 4},${y + 4}M${x + 4},${y - 4}L${x - 4},${y + 4}`} />;
    default:
      return kind satisfies never;
  }
}

interface Props {
  /** Unique on the page, for the ids that tie the title and description to the drawing. */
  id: string;
  title: string;
  /** What the drawing shows, for screen readers (`<desc>`). */
  desc: string;
  series: readonly Series[];
  yDomain?: readonly [number, number];
  integer?: boolean;
  formatValue: (v: number) => string;
}

const seriesClass = (s: Series, i: number): string =>
  `series series-${i % DASHES.length} colorant-${s.colorant && /^[a-z]+$/.test(s.colorant) ? s.colorant : 'none'}`;

/** A line chart drawn as inline SVG, with a table of the same numbers one click away. */
export function LineChart({ id, title, desc, series, yDomain, integer, formatValue }: Props) {
  const t = useStrings();
  const [showTable, setShowTable] = useState(false);
  // Drawn at the figure's own width, 1:1, so the text keeps its size on every screen.
  const figure = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(640);
  useLayoutEffect(() => {
    const el = figure.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(entry.contentRect.width));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const box = useMemo(
    () => chartBox(width, series.length > 1 ? series.map((s) => s.label) : []),
    [width, series],
  );
  const layout = useMemo(
    () =>
      layoutChart(series, {
        box,
        ...(yDomain && { yDomain }),
        integer: integer ?? false,
        offsetMinutes: new Date().getTimezoneOffset(),
      }),
    [series, yDomain, integer, box],
  );
  const now = Date.now();
  return (
    <figure class="chart" data-testid={`chart-${id}`} ref={figure}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      {layout.empty ? (
        <p class="muted">{t.detail.noReadings}</p>
      ) : (
        <>
          <div class="chart-scroll">
            <svg
              viewBox={`0 0 ${box.width} ${box.height}`}
              width={box.width}
              height={box.height}
              role="img"
              aria-labelledby={`${id}-svg-title ${id}-desc`}
              preserveAspectRatio="xMinYMin meet"
            >
              <title id={`${id}-svg-title`}>{title}</title>
              <desc id={`${id}-desc`}>{desc}</desc>
              <g class="axis">
                {layout.yTicks.map((tick) => (
                  <g key={tick.v}>
                    <line x1={box.left} x2={box.width - box.right} y1={tick.y} y2={tick.y} class="grid" />
                    <text x={box.left - 6} y={tick.y + 4} text-anchor="end">
                      {formatValue(tick.v)}
                    </text>
                  </g>
                ))}
                {layout.xTicks.map((tick) => (
                  <text key={tick.t} x={tick.x} y={box.height - 8} text-anchor="middle">
                    {formatTick(tick.t, layout.xKind, t)}
                  </text>
                ))}
              </g>
              {layout.lines.map((line, i) => {
                const s = series[i]!;
                return (
                  <g key={line.key} class={seriesClass(s, i)}>
                    <path d={line.d} fill="none" stroke-dasharray={DASHES[i % DASHES.length]} />
                    {line.end && (
                      <MarkerShape kind={MARKERS[i % MARKERS.length]!} x={line.end.x} y={line.end.y} />
                    )}
                    {line.end && box.endLabels && series.length > 1 && (
                      <text x={line.end.x + 10} y={line.labelY + 4} class="end-label">
                        {line.label}
                      </text>
                    )}
                  </g>
                );
              })}
            </svg>
          </div>
          {series.length > 1 && (
            <ul class="legend" aria-hidden="true">
              {series.map((s, i) => (
                <li key={s.key} class={seriesClass(s, i)}>
                  <svg viewBox="0 0 40 12" width="40" height="12" aria-hidden="true">
                    <path d="M2,6L30,6" fill="none" stroke-dasharray={DASHES[i % DASHES.length]} />
                    <MarkerShape kind={MARKERS[i % MARKERS.length]!} x={34} y={6} />
                  </svg>
                  {s.label}
                </li>
              ))}
            </ul>
          )}
          <details onToggle={(e) => setShowTable((e.currentTarget as HTMLDetailsElement).open)}>
            <summary>{t.detail.asTable}</summary>
            {showTable && (
              <div class="table-scroll">
                <table>
                  <caption class="vh">{title}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.detail.time}</th>
                      {series.map((s) => (
                        <th scope="col" key={s.key}>
                          {s.label}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {/* Newest first: the latest readings are the ones looked for. */}
                    {[...(series[0]?.points ?? []).entries()].reverse().map(([row, p]) => (
                      <tr key={p.t}>
                        <th scope="row">{formatTime(new Date(p.t).toISOString(), t, now)}</th>
                        {series.map((s) => {
                          const v = s.points[row]?.v ?? null;
                          return <td key={s.key}>{v === null ? '–' : formatValue(v)}</td>;
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </details>
        </>
      )}
    </figure>
  );
}
