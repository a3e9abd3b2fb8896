import { A } from './attributes';
import type { IppAttribute } from './types';

/** Media known by name (PWG 5101.1 self-describing names) with their sizes in 1/100 mm. */
export const MEDIA_SIZES: Readonly<Record<string, readonly [number, number]>> = {
  iso_a4_210x297mm: [21000, 29700],
  'na_letter_8.5x11in': [21590, 27940],
  iso_a3_297x420mm: [29700, 42000],
  iso_a5_148x210mm: [14800, 21000],
  'na_legal_8.5x14in': [21590, 35560],
};

/** A `media-size` collection member (PWG 5100.7) for a known media name. */
export function mediaSizeOf(name: string): IppAttribute {
  const [x, y] = MEDIA_SIZES[name] ?? [0, 0];
  return A.collection('media-size', [A.integer('x-dimension', x), A.integer('y-dimension', y)]);
}

/**
 * The name, among `candidates`, of the media whose size matches a `media-col`'s `media-size` within
 * 1 mm (clients send media-col instead of media); null when none does.
 */
export function mediaFromCol(
  col: IppAttribute,
  candidates: readonly string[] = Object.keys(MEDIA_SIZES),
): string | null {
  const members =
    col.values.length === 1 && col.values[0]?.syntax === 'collection' ? col.values[0].value : [];
  const size = members.find((m) => m.name === 'media-size')?.values[0];
  if (size?.syntax !== 'collection') return null;
  const dim = (name: string): number | undefined => {
    const v = size.value.find((m) => m.name === name)?.values[0];
    return v?.syntax === 'integer' ? v.value : undefined;
  };
  const x = dim('x-dimension');
  const y = dim('y-dimension');
  if (x === undefined || y === undefined) return null;
  return (
    candidates.find((name) => {
      const known = MEDIA_SIZES[name];
      return known !== undefined && Math.abs(known[0] - x) <= 100 && Math.abs(known[1] - y) <= 100;
    }) ?? null
  );
}
