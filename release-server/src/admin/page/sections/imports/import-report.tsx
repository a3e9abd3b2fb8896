import type { ImportReport } from '@quire/protocol';
import { useStrings } from '../../lib/use-strings';

/**
 * What a check or an import found (PRODUCT.md §9: every bad line with its number and why), then what
 * was (or would be) created, updated and deleted, the names behind a disclosure.
 */
export function ImportReportView({ report: r, applyValid }: { report: ImportReport; applyValid: boolean }) {
  const t = useStrings();
  const w = t.imports;
  const changes = [
    ['created', r.created],
    ['updated', r.updated],
    ['deleted', r.deleted],
  ] as const;
  return (
    <div class={`report ${r.errors.length > 0 ? 'report-bad' : 'report-good'}`} data-testid="import-report">
      {r.errors.length > 0 && (
        <>
          <h3>{w.badLines(r.errors.length)}</h3>
          <p>{r.applied ? w.skipped : applyValid ? w.willSkip : w.nothingUntilFixed}</p>
          <ul class="bad-lines">
            {r.errors.map((e) => (
              <li key={`${e.line}:${e.reason}`} data-testid="bad-line" data-line={e.line}>
                <strong>{w.line(e.line)}</strong> {e.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{r.applied ? w.done : w.wouldDo}</h3>
      <ul class="changes">
        {changes.map(([kind, names]) => (
          <li key={kind} data-testid={`import-${kind}`}>
            {names.length === 0 ? (
              w.counts[kind](0)
            ) : (
              <details>
                <summary>{w.counts[kind](names.length)}</summary>
                <p class="names">{names.join(', ')}</p>
              </details>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
