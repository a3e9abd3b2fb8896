import type { FleetStatus } from '@quire/protocol';
import { useStrings } from '../../lib/use-strings';

/** The page counter with its unit, and a flag in words when the last reading could not be counted. */
export function PageCount({ status: s, format }: { status: FleetStatus; format: (n: number) => string }) {
  const t = useStrings();
  if (s.pageCount === null) return <>–</>;
  const flag =
    s.meterEvent === 'reset' || s.meterEvent === 'serial-change' ? t.fleet.meter[s.meterEvent] : null;
  return (
    <>
      {t.fleet.count(format(s.pageCount), s.counterUnit ?? 'other')}
      {flag && (
        <strong class="meter-flag" data-testid="meter-flag">
          {' '}
          <span aria-hidden="true">⚑</span> {flag}
        </strong>
      )}
    </>
  );
}
