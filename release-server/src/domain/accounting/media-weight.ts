/**
 * PWG self-describing media names end in the size: `iso_a4_210x297mm`, `na_ledger_11x17in`
 * (PWG 5101.1 §5). Custom and roll names carry sizes the same way.
 */
const SIZE = /_(\d+(?:\.\d+)?)x(\d+(?:\.\d+)?)(mm|in)$/;

const A3_AREA_MM2 = 297 * 420;
/**
 * "A3 class" starts a little below A3 itself so that US ledger/tabloid (11x17in, 97% of A3), the paper
 * American offices use where Europe uses A3, counts as A3, while B4 (71-75%) stays with A4.
 */
const A3_CLASS_MM2 = A3_AREA_MM2 * 0.9;

/**
 * How many A4 sheets one sheet of `media` counts as: 2 for A3 and larger, else 1 (PRODUCT.md §7 fixes
 * "A3 and larger count as 2", so A2 counts 2 as well). Unknown media, or none given, counts 1: it prints
 * on the printer's default paper, which is A4 or letter almost everywhere.
 */
export function a4Weight(media: string | null): 1 | 2 {
  const m = media === null ? null : SIZE.exec(media);
  if (!m) return 1;
  const toMm = m[3] === 'in' ? 25.4 : 1;
  const area = Number(m[1]) * toMm * Number(m[2]) * toMm;
  return area >= A3_CLASS_MM2 ? 2 : 1;
}
