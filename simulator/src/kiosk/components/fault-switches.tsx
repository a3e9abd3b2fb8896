import type { SimPrinterView } from '@quire/protocol';
import { PRINTER_FAULTS, type PrinterFault } from '@quire/protocol';

const LABELS: Record<PrinterFault, string> = {
  jam: 'Paper jam',
  offline: 'Offline',
  'no-paper': 'Out of paper',
  'toner-empty': 'Out of toner',
  'door-open': 'Door open',
};

interface Props {
  printer: SimPrinterView;
  onChange(fault: PrinterFault, active: boolean): void;
}

/** One switch per fault the simulated printer can have (protocol `PRINTER_FAULTS`). */
export function FaultSwitches({ printer, onChange }: Props) {
  return (
    <section class="faults" aria-label={`Faults of ${printer.name}`}>
      <h2>Faults</h2>
      <div class="switches">
        {PRINTER_FAULTS.map((fault) => {
          const on = printer.faults.includes(fault);
          return (
            <button
              type="button"
              role="switch"
              aria-checked={on}
              key={fault}
              class={`switch${on ? ' switch-on' : ''}`}
              data-testid={`fault-${fault}`}
              onClick={() => onChange(fault, !on)}
            >
              <span class="switch-knob" aria-hidden="true" />
              {LABELS[fault]}
            </button>
          );
        })}
      </div>
    </section>
  );
}
