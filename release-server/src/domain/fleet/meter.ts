import type { MeterEvent } from '@quire/protocol';

/** `prtMarkerLifeCount` is a Counter32 (RFC 3805): it goes round at 2^32. */
export const COUNTER32 = 2 ** 32;

/**
 * The largest usage between two readings still believed to be a wrap rather than a reset. A printer
 * makes at most a few hundred impressions a minute, so ten million covers weeks without a poll, while a
 * counter that drops from 3 000 000 000 to 1 000 (a board swap) is a reset, not 1.3 billion pages.
 * @default 10 000 000
 */
export const DEFAULT_MAX_WRAP_USAGE = 10_000_000;

export interface MeterPoint {
  count: number;
  serial: string | null;
}

export interface MeterDelta {
  /** Units used since `previous`: never negative; null when it cannot be known. */
  usage: number | null;
  event: MeterEvent;
}

/**
 * Usage between two meter readings (STANDARDS.md §2: work from differences, handle wrap at 2^32,
 * treat a decrease or a new serial number as a reset or swap). PRODUCT.md §11: a lower reading is
 * flagged, never stored as negative usage.
 */
export function meterDelta(
  previous: MeterPoint | null,
  current: MeterPoint,
  maxWrapUsage = DEFAULT_MAX_WRAP_USAGE,
): MeterDelta {
  if (!previous) return { usage: null, event: 'first' };
  if (previous.serial !== null && current.serial !== null && previous.serial !== current.serial)
    return { usage: null, event: 'serial-change' };
  if (current.count >= previous.count) return { usage: current.count - previous.count, event: 'normal' };
  const wrapped = current.count + COUNTER32 - previous.count;
  if (previous.count < COUNTER32 && wrapped <= maxWrapUsage) return { usage: wrapped, event: 'wrap' };
  return { usage: null, event: 'reset' };
}
