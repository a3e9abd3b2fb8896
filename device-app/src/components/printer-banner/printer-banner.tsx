import type { PrinterStatus } from '@quire/protocol';
import { printerProblem, problemText } from '../../lib/printer-problem';
import { useStrings } from '../../lib/use-strings';

/**
 * Says what stops the printer (jam, paper, door, toner, offline) while it is stopped or not accepting jobs,
 * on every screen, updated as `printer-status` pushes arrive (PRODUCT.md §5.5).
 */
export function PrinterBanner({ status }: { status: PrinterStatus | null }) {
  const t = useStrings();
  const problem = printerProblem(status);
  if (!problem || !status) return null;
  return (
    <div class="warning" role="alert" data-testid="printer-banner">
      {problemText(problem, status, t.printer)}
    </div>
  );
}
