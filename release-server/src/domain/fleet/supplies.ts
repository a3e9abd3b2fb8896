import type { FleetSupply, SupplyClass, SupplyCondition } from '@quire/protocol';

/** PRODUCT.md §11: supplies under this percentage raise an alert. @default 10 */
export const DEFAULT_LOW_SUPPLY_PERCENT = 10;

/** `prtMarkerSuppliesClass` (RFC 3805 PrtMarkerSuppliesClassTC). */
export function supplyClassOf(code: number | null): SupplyClass {
  if (code === 3) return 'consumed';
  if (code === 4) return 'receptacle';
  return 'other';
}

/** `prtMarkerSuppliesType` (RFC 3805 PrtMarkerSuppliesTypeTC) as its name. */
const SUPPLY_TYPES: Readonly<Record<number, string>> = {
  1: 'other',
  2: 'unknown',
  3: 'toner',
  4: 'wasteToner',
  5: 'ink',
  6: 'inkCartridge',
  7: 'inkRibbon',
  8: 'wasteInk',
  9: 'opc',
  10: 'developer',
  11: 'fuserOil',
  12: 'solidWax',
  13: 'ribbonWax',
  14: 'wasteWax',
  15: 'fuser',
  16: 'coronaWire',
  17: 'fuserOilWick',
  18: 'cleanerUnit',
  19: 'fuserCleaningPad',
  20: 'transferUnit',
  21: 'tonerCartridge',
  22: 'fuserOiler',
  23: 'water',
  24: 'wasteWater',
  25: 'glueWaterAdditive',
  26: 'wastePaper',
  27: 'bindingSupply',
  28: 'bandingSupply',
  29: 'stitchingWire',
  30: 'shrinkWrap',
  31: 'paperWrap',
  32: 'staples',
  33: 'inserts',
  34: 'covers',
};

export const supplyTypeOf = (code: number | null): string => (code !== null && SUPPLY_TYPES[code]) || 'other';

/**
 * The bar to draw, 0-100, or null when the printer does not say: only when max > 0 and level >= 0
 * (STANDARDS.md §2; max -1 is "no limit", -2 unknown; level -1 other, -2 unknown, -3 some remaining).
 * A consumed supply shows what is left; a receptacle's level is the space left, so it is inverted to
 * show how full it is. A level above max (seen on refilled cartridges) counts as full.
 */
export function supplyPercent(cls: SupplyClass, level: number, max: number): number | null {
  if (!(max > 0 && level >= 0)) return null;
  const left = (Math.min(level, max) / max) * 100;
  return round1(cls === 'receptacle' ? 100 - left : left);
}

/**
 * How the supply stands against the threshold: a consumed supply is `low` strictly under it and `empty`
 * at 0; a receptacle is `nearly-full` when strictly less than the threshold of its space is left and
 * `full` when none is. Level -3 ("some remaining") is `ok`; -1 and -2 are `unknown`.
 */
export function supplyCondition(
  cls: SupplyClass,
  level: number,
  max: number,
  thresholdPercent = DEFAULT_LOW_SUPPLY_PERCENT,
): SupplyCondition {
  const receptacle = cls === 'receptacle';
  if (level === 0) return receptacle ? 'full' : 'empty';
  if (level === -3) return 'ok';
  if (level < 0) return 'unknown';
  if (!(max > 0)) return 'ok';
  const left = (Math.min(level, max) / max) * 100;
  if (left < thresholdPercent) return receptacle ? 'nearly-full' : 'low';
  return 'ok';
}

/** One row of prtMarkerSuppliesTable as read, before it is judged. */
export interface SupplyRow {
  index: number;
  classCode: number | null;
  typeCode: number | null;
  description: string;
  colorant: string | null;
  level: number;
  max: number;
}

export function toFleetSupply(row: SupplyRow, thresholdPercent = DEFAULT_LOW_SUPPLY_PERCENT): FleetSupply {
  const cls = supplyClassOf(row.classCode);
  return {
    index: row.index,
    description: row.description,
    class: cls,
    type: supplyTypeOf(row.typeCode),
    colorant: row.colorant,
    level: row.level,
    max: row.max,
    percent: supplyPercent(cls, row.level, row.max),
    condition: supplyCondition(cls, row.level, row.max, thresholdPercent),
  };
}

const round1 = (n: number): number => Math.round(n * 10) / 10;
