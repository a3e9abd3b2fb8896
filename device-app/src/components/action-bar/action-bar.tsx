import type { ActionName } from '../../lib/panel-state';
import { useStrings } from '../../lib/use-strings';

export interface ActionBarProps {
  busy: ActionName | null;
  selectedCount: number;
  /** Jobs that can be picked (not already printing). */
  selectableCount: number;
  allSelected: boolean;
  canDelete: boolean;
  /** The policy offers "Print and keep". */
  printAndKeep: boolean;
  onSelectAll(): void;
  onEdit(): void;
  onDelete(): void;
  onRefresh(): void;
  onPrint(keep: boolean): void;
}

/** Along the bottom edge, within thumb reach; it never scrolls away, only the list above it does. */
export function ActionBar(p: ActionBarProps) {
  const t = useStrings();
  const a = t.actions;
  const label = (action: ActionName, text: string): string => (p.busy === action ? a.sending : text);
  const nothing = p.busy !== null || p.selectedCount === 0;
  return (
    <div class="actions">
      <button
        type="button"
        data-testid="select-all"
        disabled={p.selectableCount === 0}
        onClick={p.onSelectAll}
      >
        {p.allSelected ? a.selectNone : a.selectAll}
      </button>
      <button type="button" data-testid="edit" disabled={p.selectedCount !== 1} onClick={p.onEdit}>
        {a.edit}
      </button>
      <button
        type="button"
        class="danger"
        data-testid="delete"
        disabled={p.busy !== null || !p.canDelete}
        onClick={p.onDelete}
      >
        {label('delete', a.delete)}
      </button>
      <button type="button" data-testid="refresh" disabled={p.busy !== null} onClick={p.onRefresh}>
        {label('refresh', a.refresh)}
      </button>
      {p.printAndKeep && (
        <button type="button" data-testid="print-keep" disabled={nothing} onClick={() => p.onPrint(true)}>
          {label('keep', a.printKeep)}
        </button>
      )}
      <button
        type="button"
        class="primary"
        data-testid="print"
        disabled={nothing}
        onClick={() => p.onPrint(false)}
      >
        {label('print', a.print(p.selectedCount))}
      </button>
    </div>
  );
}
