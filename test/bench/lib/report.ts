/** One line of the results table. */
export interface Row {
  /** The benchmark, e.g. `1. Ingest`. */
  bench: string;
  /** What the figure is, with its unit. */
  what: string;
  quire: string;
  /** The same figure for CUPS in the same run, when there is one. */
  cups?: string;
  /** Quire / CUPS (or the other way when said), measured in the same run. */
  ratio?: string;
  /** The issue 7 target this figure answers. */
  target?: string;
  /** Whether the target is met; undefined when the row has no target. */
  met?: boolean;
}

/** A number with `digits` decimals, thousands separated by a thin comma. */
export function fmt(n: number, digits = 0): string {
  if (!Number.isFinite(n)) return 'n/a';
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** `p50 / p95` in milliseconds. */
export function ms(d: { p50: number; p95: number }, digits = 1): string {
  return `${fmt(d.p50, digits)} / ${fmt(d.p95, digits)} ms`;
}

const cell = (s: string | undefined): string => (s ?? '—').replaceAll('|', '\\|');

/** The Markdown table of every row, targets next to their figures. */
export function table(rows: readonly Row[]): string {
  const lines = [
    '| benchmark | figure | Quire | CUPS | ratio | target | status |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    const status = r.met === undefined ? '' : r.met ? 'met' : '**not met**';
    lines.push(
      `| ${cell(r.bench)} | ${cell(r.what)} | ${cell(r.quire)} | ${cell(r.cups)} | ${cell(r.ratio)} | ${r.target ? cell(r.target) : ''} | ${status} |`,
    );
  }
  return lines.join('\n');
}
