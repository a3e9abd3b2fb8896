import type { SimPrinterView } from '@quire/protocol';
import { StatusLight } from './status-light';

interface Props {
  printers: SimPrinterView[];
  selected: string;
  onSelect(name: string): void;
}

/** Tabs to walk from one printer to another, each with its status light. */
export function PrinterPicker({ printers, selected, onSelect }: Props) {
  return (
    <nav class="picker" aria-label="Printers">
      {printers.map((p) => (
        <button
          type="button"
          key={p.name}
          class={`pick${p.name === selected ? ' pick-on' : ''}`}
          aria-pressed={p.name === selected}
          data-testid={`printer-${p.name}`}
          onClick={() => onSelect(p.name)}
        >
          <StatusLight printer={p} />
          {p.name}
        </button>
      ))}
    </nav>
  );
}
