import type { FleetDetail } from '@quire/protocol';
import type { Series } from './chart';

const byTime = (a: { at: string }, b: { at: string }): number => Date.parse(a.at) - Date.parse(b.at);

/**
 * The toner levels over time, one series per toner (what issue 6 asks to chart); a printer whose
 * supplies say no `toner` gets every consumed supply instead (an ink printer, a drum-only model).
 * A reading without the supply (the printer did not answer) is a gap.
 */
export function tonerSeries(detail: FleetDetail): Series[] {
  const toners = detail.supplies.filter((s) => s.type === 'toner');
  const chosen = toners.length > 0 ? toners : detail.supplies.filter((s) => s.class === 'consumed');
  const readings = [...detail.readings].sort(byTime);
  return chosen.map((s) => ({
    key: `supply-${s.index}`,
    label: s.description,
    colorant: s.colorant,
    points: readings.map((r) => ({
      t: Date.parse(r.at),
      v: r.supplies.find((x) => x.index === s.index)?.percent ?? null,
    })),
  }));
}

/** The page counter over time; readings without a counter are gaps. */
export function pageSeries(detail: FleetDetail, label: string): Series {
  return {
    key: 'pages',
    label,
    points: [...detail.readings].sort(byTime).map((r) => ({ t: Date.parse(r.at), v: r.pageCount })),
  };
}
