import type { PrinterRecord } from '@quire/protocol';
import { capabilityRows } from '../../lib/capabilities';
import { formatTime } from '../../lib/format';
import { useStrings, useWords } from '../../lib/use-strings';
import { printersWords } from './words';

/**
 * A printer's address and what it can do, in words, as read from it (its Get-Printer-Attributes); with
 * `changed`, when it was last changed too.
 */
export function PrinterFacts({ printer, changed = false }: { printer: PrinterRecord; changed?: boolean }) {
  const t = useStrings();
  const w = useWords(printersWords);
  const now = Date.now();
  const rows = [
    { label: t.printers.uri, value: printer.uri },
    ...capabilityRows(printer.capabilities, t),
    { label: t.printers.added, value: formatTime(printer.addedAt, t, now) },
    ...(changed ? [{ label: w.updated, value: formatTime(printer.updatedAt, t, now) }] : []),
  ];
  return (
    <dl class="facts wide" data-testid="printer-facts">
      {rows.map((row) => (
        <div key={row.label}>
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
